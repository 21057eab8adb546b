// Invisible control codes (NUL and the like) reach the app from some PDF generators and from pasted
// text; Postgres refuses NUL in text columns, and none of them means anything to a reader. Tabs and
// line breaks are kept.
const controlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

export function withoutControlCharacters(text: string): string {
  return text.replace(controlCharacters, "");
}
