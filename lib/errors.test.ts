import { describe, expect, it } from "vitest";
import { AppError, toAppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";

describe("toAppError", () => {
  it("keeps an AppError as it is", () => {
    const error = new AppError("not_found:job");
    expect(toAppError(error)).toBe(error);
  });

  it("turns an unknown throw into internal:unknown, hiding its message and keeping it as the cause", () => {
    const thrown = new TypeError("Cannot read properties of undefined (reading 'secret')");
    const error = toAppError(thrown);
    expect(error.code).toBe("internal:unknown");
    expect(error.status).toBe(500);
    expect(error.message).toBe("Something went wrong. Your inputs are kept; please try again.");
    expect(error.cause).toBe(thrown);
  });

  it("turns a thrown string into internal:unknown", () => {
    expect(toAppError("boom").code).toBe("internal:unknown");
  });

  it("turns Prisma's errors into internal:database", () => {
    const known = new Prisma.PrismaClientKnownRequestError("Unique constraint failed on the fields: (`email`)", { code: "P2002", clientVersion: "7" });
    const unknown = new Prisma.PrismaClientUnknownRequestError("connection lost", { clientVersion: "7" });
    for (const thrown of [known, unknown]) {
      const error = toAppError(thrown);
      expect(error.code, thrown.name).toBe("internal:database");
      expect(error.message).toBe("Something went wrong while saving. Your inputs are kept; please try again.");
      expect(error.message).not.toContain("email");
    }
  });

  it("turns a database that cannot be reached into unavailable:database (503)", () => {
    const initialization = new Prisma.PrismaClientInitializationError("Can't reach database server at db:5432", "7");
    const closed = new Prisma.PrismaClientKnownRequestError("Server has closed the connection.", { code: "P1017", clientVersion: "7" });
    const raw = new Prisma.PrismaClientKnownRequestError("Raw query failed.", {
      code: "P2010",
      clientVersion: "7",
      meta: { driverAdapterError: { name: "DriverAdapterError", cause: { kind: "DatabaseNotReachable" } } },
    });
    for (const thrown of [initialization, closed, raw]) {
      const error = toAppError(thrown);
      expect(error.code, thrown.message).toBe("unavailable:database");
      expect(error.status).toBe(503);
      expect(error.message).toMatch(/try again in a minute/i);
      expect(error.message).not.toContain("5432");
    }
  });
});

describe("messages of the job and application surfaces", () => {
  it("name the posting and the application, not a CV", () => {
    expect(new AppError("not_found:job").message).toBe("This job posting does not exist or is not yours.");
    expect(new AppError("not_found:application").message).toBe("This application does not exist or is not yours.");
    expect(new AppError("not_found:job").status).toBe(404);
    expect(new AppError("not_found:application").status).toBe(404);
  });
});
