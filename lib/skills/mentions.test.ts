import { describe, expect, it } from "vitest";
import { skillCatalog, skillMatchers } from "@/lib/skills/catalog";
import { skillMentions, type SkillMention } from "@/lib/skills/mentions";

/** What running every skill's own patterns over the text says: the rules skillMentions must keep. */
function byPatterns(text: string): Map<string, SkillMention> {
  const out = new Map<string, SkillMention>();
  for (const { skill, patterns } of skillMatchers) {
    const matches = patterns.map((p) => p.exec(text));
    const first = matches.find((m) => m !== null);
    if (first) out.set(skill.name, { at: Math.min(...matches.map((m) => m?.index ?? Infinity)), wording: first[0] });
  }
  return out;
}

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

const names = skillCatalog.flatMap((s) => [s.name, ...s.aliases]);
// What sits around a name and decides whether it stands apart: letters, digits, "+", "#", "-", ".",
// spaces, letters of other scripts, and the Kelvin sign, which a case-insensitive pattern reads as "k".
const glue = [" ", ".", "-", "+", "#", "/", ",", "_", "a", "Z", "1", "é", "中", "\u212A", "\n", "(", ")", ".j", "𝐀"];

function sampleText(next: () => number): string {
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]!;
  const recase = (name: string) => (next() < 0.3 ? name.toUpperCase() : next() < 0.3 ? name.toLowerCase() : name);
  let text = "";
  const parts = 1 + Math.floor(next() * 8);
  for (let i = 0; i < parts; i++) text += (next() < 0.6 ? pick(glue) : "") + recase(pick(names)) + (next() < 0.6 ? pick(glue) : "");
  return text;
}

describe("skill mentions", () => {
  it("agree with the catalogue's patterns on thousands of texts built from its names", () => {
    const next = random(20260601);
    for (let i = 0; i < 3000; i++) {
      const text = sampleText(next);
      expect(skillMentions(text), JSON.stringify(text)).toEqual(byPatterns(text));
    }
  });

  it("keep the edges the patterns draw", () => {
    for (const text of [
      "C-level and R-value",
      "Node.js, node.JS and NodeJS",
      "C++ / C# / C",
      ".NET Core on ASP.NET",
      "go-to Go",
      "JS.x but JS.",
      "Spring Boot",
      "k8s, K8S",
      "Ruby on Rails",
      "\u212Aubernetes and \u017Fwift",
    ]) {
      expect(skillMentions(text), text).toEqual(byPatterns(text));
    }
  });

  it("name a skill where it first appears, in the CV's own words", () => {
    const mentions = skillMentions("Built services in golang; Go and Python since 2019");
    expect(mentions.get("Go")).toEqual({ at: 18, wording: "golang" });
    expect(mentions.get("Python")).toEqual({ at: 33, wording: "Python" });
    expect([...mentions.keys()]).toEqual(["Python", "Go"]); // catalogue order
  });
});
