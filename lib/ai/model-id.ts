export const providerNames = ["groq", "ollama", "offline"] as const;
export type ProviderName = (typeof providerNames)[number];

/** Model ids look like `groq:llama-3.3-70b-versatile`, `ollama:deepseek-r1:8b`, `offline:draft`. */
export const modelIdPattern = /^(groq|ollama|offline):[\w.\-:/]{1,100}$/;

export function providerOf(modelId: string): ProviderName {
  const provider = modelId.slice(0, modelId.indexOf(":"));
  if (!(providerNames as readonly string[]).includes(provider)) throw new Error(`Unknown provider in model id "${modelId}"`);
  return provider as ProviderName;
}
