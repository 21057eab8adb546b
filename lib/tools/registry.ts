import type { z } from "zod";
import type { FieldSpec } from "@/lib/tools/fields";
import { jobDescriptionDefaults, jobDescriptionFields, jobDescriptionSchema } from "@/lib/tools/job-description/schema";

// Client-safe: pages and forms import this. Server-only parts (offline drafts) live in ./offline.ts,
// keyed by the same slugs, so a tool missing one of its pieces is a type error.
export const toolSlugs = ["job-description"] as const;
export type ToolSlug = (typeof toolSlugs)[number];

export type ToolDefinition<S extends z.ZodObject = z.ZodObject> = {
  slug: ToolSlug;
  name: string;
  description: string;
  schema: S;
  defaults: z.infer<S>;
  fields: FieldSpec[];
  /** The document's name in history and in the exported file. */
  titleOf: (input: z.infer<S>) => string;
  /** The subtitle line of the exported PDF. */
  subtitleOf: (input: z.infer<S>) => string;
};

const defineTool = <S extends z.ZodObject>(definition: ToolDefinition<S>) => definition;

export const tools = {
  "job-description": defineTool({
    slug: "job-description",
    name: "Job description",
    description: "A complete, inclusive job posting from your brief: role, responsibilities, requirements, pay and benefits.",
    schema: jobDescriptionSchema,
    defaults: jobDescriptionDefaults,
    fields: jobDescriptionFields,
    titleOf: (input) => input.title,
    subtitleOf: (input) => [input.companyName, input.department].filter(Boolean).join(" · "),
  }),
} satisfies { [K in ToolSlug]: ToolDefinition };

export type ToolInput<K extends ToolSlug> = z.infer<(typeof tools)[K]["schema"]>;

export function isToolSlug(value: string): value is ToolSlug {
  return (toolSlugs as readonly string[]).includes(value);
}

export function getTool(slug: ToolSlug): ToolDefinition {
  return tools[slug] as unknown as ToolDefinition;
}
