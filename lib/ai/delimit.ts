/**
 * User text goes into prompts as data inside delimiters: a prompt file's User section holds the tags
 * (`<cv>\n{{cv}}\n</cv>`) and renderTemplate fills them with this, the only way user text enters a
 * prompt. Every "<" becomes a look-alike, so pasted text cannot close the data block or open a fake
 * instruction block, however it nests or spells the tag ("</c</cv>v>", "</CV >"): no tag can start
 * without one. Nothing is removed, so removing cannot assemble a new tag either, and words stay as
 * they were for the checks that compare them to the source.
 */
export function asData(value: string): string {
  return value.replaceAll("<", "‹").trim() || "(not given)";
}
