import type { z } from "zod";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The shape version written beside every structured value kept in a JSON column. Values stored before
 * versions existed carry none; they have exactly the shape of version 1, so they are read as version 1.
 * A later shape change raises this number and adds a migration from the older versions to `read`.
 */
export const currentShapeVersion = 1;

/** A stored JSON value that does not have the shape its schema expects: a bug or a missed migration. */
export class StoredShapeError extends AppError {
  readonly shape: string;
  readonly rowId: string;
  readonly problem: string;

  constructor(shape: string, rowId: string, problem: string) {
    // Only the shape, the row and where the value is wrong: the value itself is personal data.
    super("internal:database", undefined, { cause: { shape, rowId, problem } });
    this.name = "StoredShapeError";
    this.shape = shape;
    this.rowId = rowId;
    this.problem = problem;
  }
}

/** Where a value breaks its schema, by path and kind, without the value itself. */
function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.code}`).join("; ");
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Reading and writing one kind of JSON value, both through its schema: what is written is checked and
 * tagged with the shape version `v`, and what is read is checked and has the tag removed.
 */
export function storedJson<S extends z.ZodObject>(shape: string, schema: S) {
  return {
    read(raw: unknown, rowId: string): z.infer<S> {
      if (!isObject(raw)) throw new StoredShapeError(shape, rowId, "(root): not an object");
      const { v = currentShapeVersion, ...value } = raw;
      if (v !== currentShapeVersion) throw new StoredShapeError(shape, rowId, `v: unknown shape version ${typeof v === "number" ? v : typeof v}`);
      const parsed = schema.safeParse(value);
      if (!parsed.success) throw new StoredShapeError(shape, rowId, describeIssues(parsed.error));
      return parsed.data;
    },
    write(value: z.infer<S>, rowId = "(new)"): Prisma.InputJsonValue {
      const parsed = schema.safeParse(value);
      if (!parsed.success) throw new StoredShapeError(shape, rowId, describeIssues(parsed.error));
      return { ...(parsed.data as Record<string, Prisma.InputJsonValue>), v: currentShapeVersion };
    },
  };
}
