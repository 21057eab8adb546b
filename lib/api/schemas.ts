import { z } from "zod";
import { questionLimit } from "@/lib/chat/question-limit";
import { profileSchema } from "@/lib/cv/profile";
import { idSchema } from "@/lib/db/ids";
import { fitSchema } from "@/lib/fit/fit";
import { jobAnalysisSchema } from "@/lib/jobs/analysis-schema";
import { modelIdPattern } from "@/lib/ai/model-id";
import { boundedText, textLimits } from "@/lib/security/text-limits";
import { toolSlugs, tools } from "@/lib/tools/registry";

// The request and response shapes of /api/v1. Requests are parsed with these; the OpenAPI document
// (lib/api/openapi.ts) is generated from them, and the contract test checks real responses against it.

export const errorBody = z
  .object({ error: z.object({ code: z.string().meta({ example: "unauthorized:api" }), message: z.string(), requestId: z.string() }) })
  .meta({ id: "Error" });

export const idParam = z.object({ id: idSchema.meta({ description: "The id returned when the item was made", example: "cm3x0k2v80000abcdefghijkl" }) });

const modelId = z
  .string()
  .regex(modelIdPattern)
  .optional()
  .meta({ description: "A model the operator offers, such as `offline:draft`. Omitted: the default chain." });

/** One request shape per tool, told apart by `tool`: the same input schema the tool's form and server action use. */
export const createDocumentBody = z
  .discriminatedUnion(
    "tool",
    toolSlugs.map((slug) => z.object({ tool: z.literal(slug), input: tools[slug].schema, modelId })) as unknown as [
      z.ZodObject<{ tool: z.ZodLiteral<string>; input: z.ZodType<Record<string, unknown>>; modelId: typeof modelId }>,
    ],
  )
  .meta({ id: "CreateDocument" });

const generationStatus = z.enum(["STREAMING", "COMPLETE", "FAILED", "CANCELLED", "INTERRUPTED"]);

export const documentSummary = z
  .object({
    id: z.string(),
    tool: z.string(),
    title: z.string(),
    status: generationStatus,
    model: z.string().nullable(),
    provider: z.string().nullable(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: "DocumentSummary" });

export const documentBody = documentSummary
  .extend({ output: z.string(), error: z.string().nullable().meta({ description: "The error code of a FAILED document" }) })
  .meta({ id: "Document" });

export const historyQuery = z.object({
  cursor: z
    .string()
    .max(200)
    .regex(/^[\w-]+$/)
    .optional()
    .meta({ description: "`nextCursor` of the previous page" }),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  tool: z.enum(toolSlugs).optional(),
  q: z.string().trim().max(textLimits.searchQuery).optional().meta({ description: "Words in the title or text" }),
});

export const historyPage = z.object({ items: z.array(documentSummary), nextCursor: z.string().nullable() }).meta({ id: "HistoryPage" });

export const deletedBody = z.object({ id: z.string(), deleted: z.literal(true) }).meta({ id: "Deleted" });

export const cvUploadBody = z
  .object({
    file: z.string().meta({ format: "binary", description: "The CV as PDF or DOCX" }),
    name: z.string().max(120).optional().meta({ description: "A name for the CV; the file name when omitted" }),
  })
  .meta({ id: "CvUpload" });

export const cvBody = z
  .object({
    id: z.string(),
    name: z.string(),
    parseMethod: z.string(),
    confidence: z.number(),
    createdAt: z.iso.datetime(),
    duplicate: z.boolean().meta({ description: "True when the same file was uploaded before: that CV is returned" }),
    profile: profileSchema,
  })
  .meta({ id: "Cv" });

export const postingRequest = z
  .object({
    text: boundedText(textLimits.jobPosting, "Job postings", "Send the part with the role and its requirements.").min(
      80,
      "Send the whole posting: this is too short to read requirements from",
    ),
  })
  .meta({ id: "PostingRequest" });

export const postingBody = z.object({ id: z.string(), analysis: jobAnalysisSchema }).meta({ id: "Posting" });

export const fitRequest = z.object({ cvId: idSchema, postingId: idSchema }).meta({ id: "FitRequest" });

export const fitBody = z
  .object({ applicationId: z.string().meta({ description: "Read the tailored CV, cover letter and suggestions here" }), fit: fitSchema })
  .meta({ id: "FitResult" });

export const suggestionSchema = z.object({
  priority: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  kind: z.enum(["learn", "surface", "quantify", "summary"]),
  title: z.string(),
  detail: z.string(),
  plan: z.array(z.string()).optional(),
});

export const applicationBody = z
  .object({
    id: z.string(),
    cvId: z.string(),
    postingId: z.string(),
    fit: fitSchema,
    tailoredCv: z.string().meta({ description: "Markdown; every line comes from the CV" }),
    coverLetter: z.string().meta({ description: "Markdown; lines the CV does not support are left out" }),
    suggestions: z.array(suggestionSchema),
  })
  .meta({ id: "Application" });

export const chatRequest = z
  .object({
    cvId: idSchema.meta({ description: "Your CV, or a candidate CV of your organisation" }),
    question: z.string().trim().min(1, "Ask a question").max(questionLimit, `Ask it in fewer words (${questionLimit} characters at most)`),
    conversationId: idSchema.optional().meta({ description: "Continue this conversation (follow-up questions); omitted: a new one" }),
  })
  .meta({ id: "ChatRequest" });

export const chatBody = z
  .object({
    conversationId: z.string(),
    answer: z.string(),
    status: z.enum(["STREAMING", "COMPLETE", "FAILED", "CANCELLED", "INTERRUPTED"]),
    model: z.string().nullable(),
    citations: z.array(z.object({ line: z.number().int(), text: z.string(), verified: z.boolean() })).meta({ description: "CV lines the answer cites" }),
    unchecked: z.array(z.string()).meta({ description: "Sentences the server could not match to a CV line" }),
  })
  .meta({ id: "ChatAnswer" });
