// Trimming by character class in one pass. A pattern such as /[-–\s]+$/ restarts at every character of
// a long run that does not reach the end, which is quadratic in the run's length; these walk in from
// each end once. Characters are whole code points, so a letter outside the Basic Multilingual Plane
// is tested as one character, as /\p{L}/u would.

/** A test for one character, e.g. `charClass(/[\s,.;]/)`; the pattern must match a single character. */
export const charClass = (pattern: RegExp) => (char: string) => pattern.test(char);

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

export function trimStartWhere(text: string, drop: (char: string) => boolean): string {
  let start = 0;
  while (start < text.length) {
    const width = isHighSurrogate(text.charCodeAt(start)) && isLowSurrogate(text.charCodeAt(start + 1)) ? 2 : 1;
    if (!drop(text.slice(start, start + width))) break;
    start += width;
  }
  return text.slice(start);
}

export function trimEndWhere(text: string, drop: (char: string) => boolean): string {
  let end = text.length;
  while (end > 0) {
    const width = isLowSurrogate(text.charCodeAt(end - 1)) && end > 1 && isHighSurrogate(text.charCodeAt(end - 2)) ? 2 : 1;
    if (!drop(text.slice(end - width, end))) break;
    end -= width;
  }
  return text.slice(0, end);
}

export function trimWhere(text: string, drop: (char: string) => boolean): string {
  return trimEndWhere(trimStartWhere(text, drop), drop);
}
