export function stubReply(messages: unknown[]): string;
export function tokenize(text: string): string[];
export function startStubLlm(options?: { port?: number; ttftMs?: number; tokenDelayMs?: number; retryAfterSeconds?: number; log?: boolean }): Promise<{
  url: string;
  port: number;
  requests: { path: string; model: string; mode: string; json: boolean; at: number }[];
  queue: (string | { mode?: string; reply: string })[];
  close: () => Promise<void>;
}>;
