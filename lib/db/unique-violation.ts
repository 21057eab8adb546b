import { Prisma } from "@/lib/generated/prisma/client";

/** A write refused because a row with the same unique key already exists. */
export const isUniqueViolation = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
