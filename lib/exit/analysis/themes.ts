import { lookupIn } from "@/lib/exit/analysis/lexicon";
import { forMatching } from "@/lib/exit/analysis/normalise";
import { questionKindOf } from "@/lib/exit/analysis/question-kind";
import { contrastWords, sentencesOf } from "@/lib/exit/analysis/sentences";
import { specialCategoryTerms } from "@/lib/exit/analysis/mask/sensitive-lexicon";
import { themeIds, type ThemeId } from "@/lib/exit/analysis/theme-ids";
import { themeLexicon } from "@/lib/exit/analysis/theme-lexicon";

// Themes are the topics an answer talks about, whatever it thinks of them. They are read sentence
// by sentence, so a phrase that changes a word's meaning ("team lead") only affects its own sentence.

/** "20% more", "15k more": a raise named by its size. */
const morePay = /\d(?:%| ?k) (?:more|extra|raise|increase|higher)/i;
/** "emails at 11pm", "until 10 pm": work reaching into the night. */
const lateHour = /\b(?:9|10|11|12) ?pm\b/i;

/** The themes whose vocabulary appears in a text. */
export function themesIn(text: string): Set<ThemeId> {
  const found = new Set<ThemeId>();
  for (const sentence of sentencesOf(text)) {
    const lookup = lookupIn(sentence);
    for (const id of themeIds) {
      const { terms, unless } = themeLexicon[id];
      if (lookup.has(terms) && !(unless && lookup.has(unless))) found.add(id);
    }
    if (morePay.test(sentence)) found.add("compensation");
    if (lateHour.test(sentence)) found.add("work_life_balance");
  }
  return found;
}

/** The theme a question names first, so "pay and benefits" is about pay. */
function firstThemeOf(question: string): ThemeId | null {
  const lower = forMatching(question);
  let best: { id: ThemeId; at: number } | null = null;
  for (const id of themesIn(question)) {
    const at = Math.min(...[...lookupIn(question).found(themeLexicon[id].terms)].map((term) => lower.indexOf(term)));
    if (!best || at < best.at) best = { id, at };
  }
  return best?.id ?? null;
}

/** The theme a question about one topic asks about; null for questions like "why are you leaving". */
export function questionTheme(question: string): ThemeId | null {
  return questionKindOf(question) === "topic" ? firstThemeOf(question) : null;
}

/** A bare verdict ("Badly.", "Fine.") opening an answer is about what the question asked. */
const opensWithVerdict = (answer: string) => (sentencesOf(answer)[0] ?? "").split(/\s+/).length <= 2;

const parenthood = ["pregnant", "pregnancy", "maternity", "paternity", "parental leave", "my kids", "my children"];

const denials = ["no", "never", "nope", "not once", "no never", "não", "nunca", "nein", "non", "jamais"];

function startsWithDenial(answer: string): boolean {
  const first =
    forMatching(answer)
      .split(/[^\p{L}]+/u)
      .find(Boolean) ?? "";
  return denials.includes(first);
}

export function tagThemes(question: string, answer: string): ThemeId[] {
  const found = themesIn(answer);
  const kind = questionKindOf(question);
  if (kind === "mistreatment") {
    // A plain "no" to the harassment question describes how people treat each other: culture, and
    // never a report, so the harassment count on a dashboard means reported problems.
    const plainDenial = startsWithDenial(answer) && !lookupIn(answer).has(contrastWords);
    if (plainDenial && !lookupIn(answer).has(themeLexicon.harassment_discrimination.terms)) {
      found.clear();
      found.add("culture");
    } else if (lookupIn(answer).has(specialCategoryTerms) || lookupIn(answer).has(parenthood)) {
      // Religion, orientation or parenthood raised in an answer about unfair treatment is a discrimination report.
      found.add("harassment_discrimination");
    }
  }
  // An answer to "How was your onboarding?" is about the onboarding whatever else it names; an
  // answer to another kind of question is when it names nothing else or opens with a bare verdict.
  const asked = kind === "mistreatment" || kind === "recommend" ? null : firstThemeOf(question);
  if (asked && (kind === "topic" || !found.size || opensWithVerdict(answer))) found.add(asked);
  return themeIds.filter((id) => found.has(id));
}
