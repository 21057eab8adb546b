import { OFFLINE_MODEL_ID } from "@/lib/ai/offline/model";

/** How the UI names the model that wrote a document. */
export function modelLabel(modelId: string | null | undefined): string {
  if (!modelId || modelId === "none") return "No model";
  if (modelId === OFFLINE_MODEL_ID) return "Offline draft";
  if (modelId === "edit:you") return "Edited by you";
  const [provider, ...rest] = modelId.split(":");
  const name = rest.join(":");
  return provider === "groq" ? `Groq · ${name}` : provider === "ollama" ? `Ollama · ${name}` : modelId;
}
