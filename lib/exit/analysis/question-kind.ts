import { lookupIn, type Lexicon } from "@/lib/exit/analysis/lexicon";

// What an interviewer's question asks for changes how a short answer reads: "My manager." is a
// complaint when the question was why they are leaving, and "No." is good news when the question
// was whether they were ever harassed.

export type QuestionKind =
  | "reason" // why are you leaving
  | "stay" // what would have kept you
  | "change" // one thing you would change
  | "recommend" // would you recommend / come back
  | "enjoyed" // what did you like most
  | "mistreatment" // unsafe, unfair, harassed
  | "next" // where are you going
  | "anything_else"
  | "topic"; // how was <topic>

// prettier-ignore
const cues: [QuestionKind, Lexicon][] = [
  ["stay", ["made you stay", "make you stay", "you to stay", "kept you", "keep you", "changed your mind", "change your mind", "would have had to change", "have to change for you", "te habría hecho quedarte", "hätte sie gehalten", "vous aurait retenu", "teria feito ficar", "future here", "aurait fait rester", "fait rester", "hecho quedarte", "hecho quedar", "quedarte", "zum bleiben", "hätte sie zum bleiben", "bleiben lassen", "fazer ficar", "feito ficar", "made you reconsider", "would have kept"]],
  ["reason", ["reason", "resigning", "resign", "move on", "moving on", "leaving us", "hand in your notice", "handed in your notice", "made you decide", "prompting you to leave", "what made you leave", "why are you going", "why have you decided", "your contract is ending", "your contract ending", "why are you leaving", "why did you decide", "decided to leave", "motivo", "razón", "hauptgrund", "grund", "raison", "motif", "por qué has decidido", "por qué te vas", "dejar la empresa", "dejas la empresa", "warum verlassen", "warum gehen sie", "pourquoi quittez", "pourquoi partez", "pourquoi avez-vous décidé", "por que decidiu", "por que você está saindo", "deixar a empresa"]],
  ["change", ["change one thing", "could change", "would you change", "improve one thing", "cambiarías", "cambiar una cosa", "pudieras cambiar", "ändern", "changeriez", "changer une chose", "pouviez changer", "mudaria", "mudar uma coisa", "pudesse mudar"]],
  ["recommend", ["recommend", "coming back", "come back", "return in the future", "would you return", "return to the company", "rejoin", "recomendarías", "empfehlen", "recommanderiez", "recomendaria", "volverías", "zurückkommen", "reviendriez", "voltaria"]],
  ["enjoyed", ["enjoy most", "enjoyed most", "like most", "liked most", "best thing", "am besten gefallen", "gustado más", "gustó más", "le plus plu", "gostou mais"]],
  ["mistreatment", ["unsafe", "unfairly", "harassed", "harassment", "bullied", "discriminated", "discrimination", "treated unfairly", "acoso", "belästigung", "harcèlement", "assédio"]],
  ["next", ["heading next", "where are you going", "going next", "next role", "attracted you"]],
  ["anything_else", ["anything else", "algo más", "noch etwas", "autre chose", "mais alguma coisa"]],
];

export function questionKindOf(question: string): QuestionKind {
  const lookup = lookupIn(question);
  for (const [kind, lexicon] of cues) if (lookup.has(lexicon)) return kind;
  return "topic";
}

/** Kinds whose answer names something that went wrong, whatever words it uses. */
export const asksForComplaint = (kind: QuestionKind) => kind === "reason" || kind === "stay" || kind === "change";
