import type { ChildProcess } from "node:child_process";

export function freePort(): Promise<number>;
export function benchDatabase(): Promise<{ env: Record<string, string>; label: string; drop: () => Promise<void> }>;
export function startNextServer(options: { root: string; port: number; env: Record<string, string>; nodeArgs?: string[] }): ChildProcess;
export function waitForHealth(base: string): Promise<void>;
export function startStubProcess(options: {
  root: string;
  port: number;
  ttftMs: number;
  tokenDelayMs: number;
}): Promise<{ url: string; close: () => Promise<void> }>;
export function registerAccount(root: string, base: string, options?: { accountType?: "hire" | "seek"; organizationName?: string }): Promise<string>;
export function rssBytes(pid: number): number;
