import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { asData } from "@/lib/ai/delimit";

export type PromptFile = {
  id: string;
  version: number;
  temperature: number;
  maxTokens: number;
  system: string;
  user: string;
  placeholders: string[];
};

const frontMatterSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  version: z.coerce.number().int().positive(),
  temperature: z.coerce.number().min(0).max(2),
  max_tokens: z.coerce.number().int().positive(),
});

const placeholderPattern = /\{\{\s*([A-Za-z_][\w]*)\s*\}\}/g;

/** Parses a prompt file: front matter, then `# System` and `# User` sections. */
export function parsePrompt(source: string, fileName: string): PromptFile {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source.replace(/\r\n/g, "\n"));
  if (!match) throw new Error(`${fileName}: missing front matter between --- lines`);
  const fields = Object.fromEntries(
    (match[1] ?? "")
      .split("\n")
      .filter((l) => l.trim() && !l.trim().startsWith("#"))
      .map((l) => {
        const i = l.indexOf(":");
        return [l.slice(0, i).trim(), l.slice(i + 1).trim()];
      }),
  );
  const front = frontMatterSchema.safeParse(fields);
  if (!front.success) throw new Error(`${fileName}: bad front matter: ${front.error.issues.map((i) => i.path.join(".")).join(", ")}`);
  const body = match[2] ?? "";
  const sections = body.split(/^# (System|User)[ \t]*$/m);
  const system = sections[sections.indexOf("System") + 1]?.trim();
  const user = sections[sections.indexOf("User") + 1]?.trim();
  if (!sections.includes("System") || !sections.includes("User") || !system || !user) {
    throw new Error(`${fileName}: needs a "# System" and a "# User" section`);
  }
  // Only the User section is filled in: a placeholder in the System section would reach the model as is.
  if (system.search(placeholderPattern) >= 0) throw new Error(`${fileName}: placeholders belong in the User section, not in System`);
  const placeholders = [...new Set([...user.matchAll(placeholderPattern)].map((m) => m[1] as string))];
  return { id: front.data.id, version: front.data.version, temperature: front.data.temperature, maxTokens: front.data.max_tokens, system, user, placeholders };
}

/** Loads prompts/<id>.md and fails loudly when it names a field its tool's schema does not have. */
export function loadPrompt(id: string, allowedFields: readonly string[], dir = path.resolve("prompts"), fileName = `${id}.md`): PromptFile {
  const file = path.join(dir, fileName);
  const prompt = parsePrompt(fs.readFileSync(file, "utf8"), fileName);
  if (prompt.id !== id) throw new Error(`${fileName}: front matter id is "${prompt.id}"`);
  const unknown = prompt.placeholders.filter((p) => !allowedFields.includes(p));
  if (unknown.length) throw new Error(`${fileName}: unknown placeholder(s) ${unknown.map((u) => `{{${u}}}`).join(", ")}`);
  return prompt;
}

/**
 * The second live version of a prompt, prompts/<id>.b.md, for an experiment against prompts/<id>.md;
 * null when there is none. It keeps the id and must carry another version number, or the two could
 * not be told apart in the generations they write.
 */
export function loadPromptB(first: PromptFile, allowedFields: readonly string[], dir = path.resolve("prompts")): PromptFile | null {
  const fileName = `${first.id}.b.md`;
  if (!fs.existsSync(path.join(dir, fileName))) return null;
  const second = loadPrompt(first.id, allowedFields, dir, fileName);
  if (second.version === first.version) throw new Error(`${fileName}: version ${second.version} is the same as ${first.id}.md's`);
  return second;
}

export function renderTemplate(template: string, values: Record<string, string>): string {
  return template.replace(placeholderPattern, (_, key: string) => asData(values[key] ?? ""));
}
