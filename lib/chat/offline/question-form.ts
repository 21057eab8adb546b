import { namesOrganisation } from "@/lib/chat/offline/scope";
import { saysAny, wordList, wordsFor, type Words } from "@/lib/chat/offline/words";

// The form of a question, apart from its subject: whether it asks yes or no, whether it asks about
// the present, and whether "before" or "after" points at an employer it names.

const yesNoOpeners = new Set("is are does do did has have had can could was were will would tiene tienes ha hat ist est a".split(" "));

// German "Was ist…" asks "what is…", though English "was" opens a yes/no question.
const germanAfterWas = new Set("ist sind war hat hatte macht machte kann".split(" "));

/** "Is she…", "Has he…": a question answered yes or no. "Where does she work?" is not one. */
export const asksYesOrNo = (words: Words) => yesNoOpeners.has(words.list[0] ?? "") && !(words.list[0] === "was" && germanAfterWas.has(words.list[1] ?? ""));

const askingWhere = wordList(`where who which what_company what_firm employer employed donde ou wo onde quien quelle_entreprise welche_firma welcher_firma`);
const workVerbs = wordList(`work works working job employed employer employs teach teaches teaching trabaja travaille arbeitet trabalha`);
const presentForms = wordList(`does do is are s works working employs teaches trabaja travaille arbeitet trabalha`);
const pastForms = wordList(`did was were worked had previously before prior used_to earlier trabajo travaillait arbeitete trabalhou`);

/** "Where does she work?", "Who employs him?": the present employer, asked without a word like "now". */
export function asksPresentEmployer(words: Words): boolean {
  if (!saysAny(words, askingWhere) || !saysAny(words, workVerbs)) return false;
  if (words.list.some((w) => /^(?:19|20)\d\d$/u.test(w))) return false;
  return saysAny(words, presentForms) && !saysAny(words, pastForms);
}

const orderWords = new Set("before after prior antes avant vor nach apres despues depois".split(" "));

/** "What did she do before Acme?": "before" or "after" followed, within three words, by a name of one of the employers. */
export function pointsAtEmployer(words: Words, employers: (string | undefined)[]): boolean {
  return words.list.some((word, i) => {
    if (!orderWords.has(word)) return false;
    const following = wordsFor(words.list.slice(i + 1, i + 4).join(" "));
    return employers.some((name) => namesOrganisation(following, name));
  });
}

// "What does she do for a living?", "What is his job title?", "her most recent role".
const latestJobPhrases = wordList(`for_a_living job_title current_title what_does_she_do what_does_he_do what_do_they_do
  most_recent_job most_recent_role most_recent_position most_recent_employer latest_job latest_role latest_position last_job last_role last_position last_employer`);

/** A question about the job held now, or the latest one when none is current. */
export const asksLatestJob = (words: Words) =>
  (saysAny(words, latestJobPhrases) || asksWhatSheDoes(words) || asksWhatHerJobIs(words)) && !words.list.some((w) => /^(?:19|20)\d\d$/u.test(w));

/** "What does Julia do?" */
const asksWhatSheDoes = (words: Words) => words.list[0] === "what" && words.list[1] === "does" && words.list.at(-1) === "do";

const jobNouns = wordList("role job position title occupation");
/** "What is her role?", "What's Priya's job?": the present tense, a job noun, and nothing past. */
const asksWhatHerJobIs = (words: Words) =>
  words.list[0] === "what" && (words.list[1] === "is" || words.list[1] === "s") && saysAny(words, jobNouns) && !saysAny(words, pastForms);

/** "Who is Priya?": a short question about the person as a whole. */
export const asksWhoIs = (words: Words) => words.list[0] === "who" && words.list[1] === "is" && words.list.length <= 4 && !saysAny(words, workVerbs);

const firstJobPhrases = wordList(`first_job first_role first_position first_employer first_company earliest_job earliest_role
  start_his_career start_her_career start_their_career started_his_career started_her_career began_his_career began_her_career career_start
  primer_trabajo primer_empleo premier_emploi premier_poste erste_stelle erster_job`);

/** "What was her first job?": the earliest job. */
export const asksFirstJob = (words: Words) => saysAny(words, firstJobPhrases);

const fitWords = wordList(`enough fit fits good_fit suited suitable right_for good_match strong_match qualified_for adecuado apte geeignet`);

/** "Is she a good fit for a head chef role?": a judgement the CV cannot give, so no verdict opens the evidence. */
export const asksFit = (words: Words) => saysAny(words, fitWords);
