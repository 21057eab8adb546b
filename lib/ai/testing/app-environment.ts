/**
 * Points the app's own runtime and database at test doubles, for tests that run the real code paths
 * in process: an in-memory PGlite, and Groq then Ollama served by the stub LLM at `stubUrl` with one
 * attempt per model (the offline engine always ends the chain). The app reads its environment once,
 * so this runs before the first import of app modules.
 */
export function pointAppAtTestDoubles(stubUrl: string) {
  process.env.PGLITE_DIR = "memory://";
  delete process.env.DATABASE_URL;
  process.env.GROQ_API_KEY = "test-key";
  process.env.GROQ_BASE_URL = `${stubUrl}/openai/v1`;
  process.env.OLLAMA_BASE_URL = stubUrl;
  process.env.OLLAMA_MODEL = "llama3.2";
  process.env.LLM_CHAIN = "groq,ollama";
  process.env.LLM_MAX_RETRIES = "0";
  process.env.OFFLINE_TOKEN_DELAY_MS = "0";
}
