import { charClass, trimEndWhere, trimStartWhere } from "@/lib/text/trim";

// Job postings arrive as plain text, Markdown with TOML or YAML front matter (and template tags), or
// JSON in the JSON Resume job schema. This turns each into fields the posting states outright plus
// the readable body.

type StatedField = "title" | "company" | "location" | "type" | "salary" | "salaryMin" | "salaryMax" | "education";
export type PostingText = { fields: Partial<Record<StatedField, string>>; body: string };

const frontMatterKeys: Record<string, StatedField> = {
  title: "title",
  position: "title",
  role: "title",
  job_title: "title",
  company: "company",
  organization: "company",
  organisation: "company",
  employer: "company",
  hiring_organization: "company",
  location: "location",
  city: "location",
  type: "type",
  employment_type: "type",
  employmenttype: "type",
  salary: "salary",
  salary_range: "salary",
  compensation: "salary",
  salary_min: "salaryMin",
  salary_max: "salaryMax",
  education: "education",
  degree: "education",
};

/** A key's field: by name, or by what it is about ("aa_degrees_required", "base_salary"). */
function fieldOfKey(key: string): StatedField | undefined {
  const name = key.toLowerCase();
  return (
    frontMatterKeys[name] ?? (/degree|education/u.test(name) ? "education" : /salary|compensation/u.test(name) && !/min|max/u.test(name) ? "salary" : undefined)
  );
}

const openingQuote = charClass(/["'[]/);
const closingQuote = charClass(/["'\]]/);

function readFrontMatter(block: string): PostingText["fields"] {
  const fields: PostingText["fields"] = {};
  for (const line of block.split("\n")) {
    const match = /^\s*([A-Za-z_]+)\s*[:=]/.exec(line);
    const key = match && fieldOfKey(match[1]!);
    const value = match && trimEndWhere(trimStartWhere(line.slice(match[0].length).trim(), openingQuote), closingQuote).trim();
    if (key && value && !fields[key]) fields[key] = value;
  }
  return fields;
}

function fromJson(text: string): PostingText | null {
  try {
    const job = JSON.parse(text) as Record<string, unknown>;
    if (typeof job !== "object" || job === null) return null;
    const location = job.location as { city?: string; countryCode?: string; region?: string } | string | undefined;
    const skills = Array.isArray(job.skills)
      ? (job.skills as { name?: string; keywords?: string[] }[]).flatMap((s) => [s.name, ...(s.keywords ?? [])]).filter(Boolean)
      : [];
    const list = (v: unknown) => (Array.isArray(v) ? v.map(String) : []);
    const body = [
      typeof job.description === "string" ? job.description : "",
      list(job.responsibilities).length
        ? `Responsibilities:\n${list(job.responsibilities)
            .map((r) => `- ${r}`)
            .join("\n")}`
        : "",
      list(job.qualifications).length
        ? `Requirements:\n${list(job.qualifications)
            .map((r) => `- ${r}`)
            .join("\n")}`
        : "",
      skills.length ? `Required skills: ${skills.join(", ")}` : "",
      typeof job.experience === "string" ? `Experience: ${job.experience}` : "",
      typeof job.salary === "string" ? `Salary: ${job.salary}` : "",
    ]
      .filter(Boolean)
      .join("\n\n");
    return {
      fields: {
        title: typeof job.title === "string" ? job.title : undefined,
        company: typeof job.company === "string" ? job.company : undefined,
        location:
          typeof location === "string" ? location : location ? [location.city, location.countryCode ?? location.region].filter(Boolean).join(", ") : undefined,
        type: typeof job.type === "string" ? job.type : undefined,
      },
      body,
    };
  } catch {
    return null;
  }
}

/**
 * The text without Liquid and Jinja tags ({% … %}, {{ … }}). An opener with no closer after it leaves
 * the rest as it is: then no later opener of its kind has one either, so it is not looked for again.
 */
function withoutTemplateTags(text: string): string {
  const kinds = [
    { open: "{%", close: "%}", next: text.indexOf("{%") },
    { open: "{{", close: "}}", next: text.indexOf("{{") },
  ];
  const kept: string[] = [];
  let at = 0;
  for (;;) {
    const kind = kinds.filter((k) => k.next >= 0).sort((a, b) => a.next - b.next)[0];
    if (!kind) break;
    const end = text.indexOf(kind.close, kind.next + kind.open.length);
    if (end < 0) {
      kind.next = -1;
      continue;
    }
    kept.push(text.slice(at, kind.next));
    at = end + kind.close.length;
    for (const k of kinds) if (k.next >= 0 && k.next < at) k.next = text.indexOf(k.open, at);
  }
  kept.push(text.slice(at));
  return kept.join("");
}

/** Splits front matter from the body, and strips Markdown and template syntax from the body. */
export function readPostingText(raw: string): PostingText {
  const text = raw.replace(/\r\n?/g, "\n").trim();
  if (text.startsWith("{")) {
    const json = fromJson(text);
    if (json) return json;
  }
  const front = /^(\+\+\+|---)\n([\s\S]*?)\n\1\n?/.exec(text);
  const fields = front ? readFrontMatter(front[2]!) : {};
  const body = withoutTemplateTags(front ? text.slice(front[0].length) : text)
    // A tag or a link ends before the next bracket opens, so each character is read once.
    .replace(/<[^<>]+>/g, " ")
    .replace(/^#{1,6}\s*/gm, "")
    .replace(/\*\*|__|`/g, "")
    .replace(/\[([^[\]]+)\]\([^()]+\)/g, "$1")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  return { fields, body };
}
