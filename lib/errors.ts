// Typed application errors. A code is `<type>:<surface>`; the type decides the HTTP status and
// whether the message may be shown to the user (database details are logged, never shown).

export type ErrorType =
  "bad_request" | "unauthorized" | "forbidden" | "not_found" | "rate_limit" | "conflict" | "too_large" | "unavailable" | "timeout" | "internal";

export type Surface =
  "auth" | "generation" | "llm" | "database" | "input" | "history" | "api" | "members" | "cv" | "job" | "application" | "chat" | "exit" | "unknown";

export type ErrorCode = `${ErrorType}:${Surface}`;

const statusByType: Record<ErrorType, number> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  rate_limit: 429,
  conflict: 409,
  too_large: 413,
  unavailable: 503,
  timeout: 504,
  internal: 500,
};

const defaultMessages: Partial<Record<ErrorCode, string>> = {
  "unauthorized:auth": "Your session has ended. Sign in again to continue.",
  "forbidden:auth": "Your account cannot do this.",
  "not_found:generation": "This document does not exist or is not yours.",
  "rate_limit:generation": "You are generating too quickly. Wait a moment and try again; your inputs are kept.",
  "rate_limit:auth": "Too many attempts. Wait a few minutes and try again.",
  "unavailable:llm": "No AI model could answer. Your inputs are kept: try again, or pick the offline engine.",
  "timeout:llm": "The AI model stopped responding. What it wrote so far is saved.",
  "bad_request:input": "Some fields need attention.",
  "too_large:input": "What was sent is too large. Shorten it and try again.",
  "not_found:members": "This person is not a member of your organisation, or the invitation is gone.",
  "rate_limit:members": "You are sending invitations too quickly. Wait a few minutes and try again.",
  "not_found:cv": "This CV does not exist or is not yours.",
  "rate_limit:cv": "You have uploaded many CVs in a short time. Wait a few minutes and try again.",
  "not_found:job": "This job posting does not exist or is not yours.",
  "not_found:application": "This application does not exist or is not yours.",
  "not_found:chat": "This conversation does not exist or is not yours.",
  "rate_limit:chat": "You are asking questions too quickly. Wait a moment and ask again; your question is kept.",
  "not_found:exit": "This exit interview does not exist or is not in your organisation.",
  "unavailable:exit": "The email could not be sent. Copy the link and send it yourself.",
  "rate_limit:exit": "You are sending answers very quickly. Wait a moment and try again; what you typed is kept.",
  "unavailable:database": "The database cannot be reached right now. Try again in a minute.",
  "internal:database": "Something went wrong while saving. Your inputs are kept; please try again.",
  "internal:unknown": "Something went wrong. Your inputs are kept; please try again.",
};

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly retryAfterSeconds?: number;

  constructor(code: ErrorCode, message?: string, options?: { cause?: unknown; retryAfterSeconds?: number }) {
    super(message ?? defaultMessages[code] ?? "Something went wrong. Please try again.", { cause: options?.cause });
    this.name = "AppError";
    this.code = code;
    this.retryAfterSeconds = options?.retryAfterSeconds;
  }

  get type(): ErrorType {
    return this.code.split(":")[0] as ErrorType;
  }

  get status(): number {
    return statusByType[this.type];
  }
}

// Prisma's error classes, told apart by name so that this module, loaded by every action and route,
// does not pull in the database client's runtime.
const prismaErrorNames = new Set([
  "PrismaClientKnownRequestError",
  "PrismaClientUnknownRequestError",
  "PrismaClientInitializationError",
  "PrismaClientRustPanicError",
  "PrismaClientValidationError",
]);

function isDatabaseError(error: unknown): boolean {
  return error instanceof Error && prismaErrorNames.has(error.name);
}

// Prisma's codes (and its driver adapter's kinds) for a database that cannot be reached, as opposed to
// a query that went wrong: the first is worth retrying in a minute, the second is a bug.
const unreachableCodes = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
const unreachableKinds = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);

function isDatabaseUnreachable(error: Error): boolean {
  if (error.name === "PrismaClientInitializationError") return true;
  const { code, meta } = error as { code?: unknown; meta?: { driverAdapterError?: { cause?: { kind?: unknown } } } };
  return unreachableCodes.has(String(code)) || unreachableKinds.has(String(meta?.driverAdapterError?.cause?.kind));
}

/** Anything thrown, turned into an AppError whose message is safe to show; the original is its cause. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (!isDatabaseError(error)) return new AppError("internal:unknown", undefined, { cause: error });
  return new AppError(isDatabaseUnreachable(error as Error) ? "unavailable:database" : "internal:database", undefined, { cause: error });
}
