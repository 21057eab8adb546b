// A model's wording of a follow-up is shown to the employee as the interviewer's question, so only a
// short, plain question is taken; anything else (a document, a list, markup, an answer instead of a
// question, a leaked mask placeholder) falls back to the protocol's wording.

const maxFollowUpChars = 300;
const markup = ["<", ">", "[", "]", "{", "}", "#", "*", "`", "|", "\n"];

/** The model's follow-up, cleaned of surrounding quotes and space, or null when it is not fit to show. */
export function acceptableFollowUp(text: string): string | null {
  const trimmed = text.trim();
  const unquoted = trimmed.length > 1 && `"“'«`.includes(trimmed[0]!) && `"”'»`.includes(trimmed.at(-1)!) ? trimmed.slice(1, -1).trim() : trimmed;
  if (unquoted.length < 8 || unquoted.length > maxFollowUpChars) return null;
  if (!unquoted.endsWith("?")) return null;
  if (markup.some((mark) => unquoted.includes(mark))) return null;
  return unquoted;
}
