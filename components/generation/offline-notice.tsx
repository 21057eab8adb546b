/** Honest labelling: the offline engine fills templates from the inputs; it is not an AI model. */
export function OfflineNotice({ language }: { language?: string }) {
  return (
    <p className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100">
      <strong>Offline draft</strong> — written by HR Copilot&apos;s built-in engine from your inputs, without an AI model. To use one, set{" "}
      <code>GROQ_API_KEY</code> (Groq cloud) or <code>OLLAMA_BASE_URL</code> (local Ollama) and restart.
      {language && language !== "en" ? " The offline engine writes in English; the output language you chose applies to AI models." : null}
    </p>
  );
}
