/** A safe, readable file name: "Senior Engineer (Berlin)" → "senior-engineer-berlin". */
export function fileNameFor(title: string, extension: string): string {
  const base = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    // Runs become one "-", so each end holds at most one.
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 80);
  return `${base || "document"}.${extension}`;
}
