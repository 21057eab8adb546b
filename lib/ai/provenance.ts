import { z } from "zod";
import type { Provenance } from "@/lib/ai/model-call";

/** The model and prompt version a stored result came from, as it is kept in the database. */
export const provenanceSchema = z.object({ modelId: z.string(), promptId: z.string(), promptVersion: z.number().int() }) satisfies z.ZodType<Provenance>;
