import type { z } from "zod";
import type { cvBody } from "@/lib/api/schemas";
import type { Profile } from "@/lib/cv/profile";

type Row = { id: string; name: string; parseMethod: string; confidence: number; createdAt: Date; profile: Profile };

/** A stored CV as the API shows it: its profile and how it was read. */
export function toCv(row: Row, duplicate: boolean): z.input<typeof cvBody> {
  return {
    id: row.id,
    name: row.name,
    parseMethod: row.parseMethod,
    confidence: row.confidence,
    createdAt: row.createdAt.toISOString(),
    duplicate,
    profile: row.profile,
  };
}
