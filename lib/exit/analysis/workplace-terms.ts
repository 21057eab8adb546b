import type { Lexicon } from "@/lib/exit/analysis/lexicon";

// Workplace words that general-purpose sentiment lexicons (VADER, wink-nlp) do not know or score
// as nothing: the everyday vocabulary of praise and complaint about a job. General vocabulary
// only; nothing here names a particular employer, person or incident.

// prettier-ignore
export const workplacePraise: Lexicon = [
  "inclusive", "transparent", "approachable", "well organised", "well organized", "organised", "organized", "smooth",
  "backed me", "looked after", "learned a lot",
  "learnt a lot", "learned a ton", "great place to work", "good place to work", "collaborative", "empowering",
  "knowledgeable", "professional", "down to earth", "above and beyond", "worked well", "paid well", "well paid",
];

// prettier-ignore
export const workplaceComplaints: Lexicon = [
  "toxic", "understaffed", "short-staffed", "short staffed", "short-handed", "short handed", "underpaid", "overworked",
  "overloaded", "burnout", "burned out", "burnt out", "micromanaged", "micromanaging", "micromanagement", "cliquey",
  "plateaued", "stagnant", "stagnated", "undervalued", "underappreciated", "overlooked", "unrealistic", "disorganised",
  "disorganized", "unsafe", "unpaid", "layoffs", "redundancies", "made redundant", "below market", "hectic", "rushed",
  "favouritism", "favoritism", "backstabbing", "infighting", "red tape", "bureaucracy", "bureaucratic", "no support",
  "no training", "no feedback", "no progression", "no path", "no career path", "too much", "too many", "nightmare",
  "went downhill", "gone downhill", "out of touch", "in the dark", "left to it", "sink or swim", "dead end", "dead-end",
  "talked over", "never heard back", "lip service", "exhausting", "relentless", "unmanageable", "unsustainable",
];
