import { describe, expect, it } from "vitest";
import { z } from "zod";
import { currentShapeVersion, StoredShapeError, storedJson } from "@/lib/db/stored-json";

const stored = storedJson("Test.value", z.object({ name: z.string(), tags: z.array(z.string()) }));

function thrown(fn: () => unknown): StoredShapeError {
  try {
    fn();
  } catch (error) {
    if (error instanceof StoredShapeError) return error;
    throw error;
  }
  throw new Error("expected a StoredShapeError");
}

describe("stored JSON values", () => {
  it("writes the value with its shape version and reads it back without it", () => {
    const written = stored.write({ name: "Ada", tags: ["x"] });
    expect(written).toEqual({ name: "Ada", tags: ["x"], v: currentShapeVersion });
    expect(stored.read(written, "row1")).toEqual({ name: "Ada", tags: ["x"] });
  });

  it("reads a value saved before versions existed as the first shape", () => {
    expect(stored.read({ name: "Ada", tags: [] }, "row1")).toEqual({ name: "Ada", tags: [] });
  });

  it("refuses a value of an unknown shape version, naming the row but not the content", () => {
    const error = thrown(() => stored.read({ v: 99, name: "Secret Person", tags: [] }, "row7"));
    expect(error.code).toBe("internal:database");
    expect({ shape: error.shape, rowId: error.rowId, problem: error.problem }).toEqual({
      shape: "Test.value",
      rowId: "row7",
      problem: "v: unknown shape version 99",
    });
    expect(JSON.stringify({ ...error, message: error.message })).not.toContain("Secret Person");
  });

  it("refuses a value that breaks its schema, with the path of each problem", () => {
    const error = thrown(() => stored.read({ name: "Secret Person", tags: [3] }, "row8"));
    expect(error.problem).toBe("tags.0: invalid_type");
    expect(JSON.stringify({ ...error, message: error.message })).not.toContain("Secret Person");
    expect(thrown(() => stored.read(["not", "an", "object"], "row9")).problem).toBe("(root): not an object");
  });

  it("refuses to write a value that breaks its schema", () => {
    const error = thrown(() => stored.write({ name: "Ada" } as never, "row3"));
    expect({ rowId: error.rowId, problem: error.problem }).toEqual({ rowId: "row3", problem: "tags: invalid_type" });
  });
});
