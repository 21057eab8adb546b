import type { ChatTurn } from "@/lib/chat/answer";
import type { CvMap } from "@/lib/chat/offline/cv-map";
import { answer, notInCv, piece, quote, type Draft } from "@/lib/chat/offline/compose";
import { offTopicRefusal, otherPersonRefusal } from "@/lib/chat/offline/declines";
import { jobSkillsAnswer, type SavedJob } from "@/lib/chat/offline/job-match";
import { rareTopicAnswer } from "@/lib/chat/offline/rare-topics";
import { skillList, withSkillAliases } from "@/lib/chat/offline/skills-answer";
import { byRecency, jobPiece } from "@/lib/chat/offline/job-text";
import { careerLength, currentJob, stillThere, employerInYears, howLong, jobList, whatWasDone } from "@/lib/chat/offline/job-answers";
import { achievements } from "@/lib/chat/offline/achievements";
import { asksFirstJob, asksFit, asksWhoIs, asksLatestJob, asksPresentEmployer, asksYesOrNo, pointsAtEmployer } from "@/lib/chat/offline/question-form";
import { certifications } from "@/lib/chat/offline/credentials-answer";
import { endsInCredential } from "@/lib/chat/offline/credential-lines";
import { languagesNamed } from "@/lib/chat/offline/language-names";
import { education, schoolPiece } from "@/lib/chat/offline/education-answer";
import { contact, experienceYears, languages, summary } from "@/lib/chat/offline/profile-answers";
import { headcount, leadership, manipulationReport, topicEvidence } from "@/lib/chat/offline/reasoning-answers";
import type { LineIndex } from "@/lib/chat/offline/retrieval";
import { jobInFocus, jobsNamedBy, jobsTitledBy, sameWord, schoolsNamedBy, yearsIn } from "@/lib/chat/offline/scope";
import { notInCvTopics, offTopic, topics } from "@/lib/chat/offline/topics";
import { expandAbbreviations, isGrammarWord, searchTerm, subjectTerms } from "@/lib/chat/offline/terms";
import { saysAny, wordList, wordsFor, wordsOf, type Words } from "@/lib/chat/offline/words";
import type { MonthNumber } from "@/lib/fit/dates";
import type { Profile } from "@/lib/cv/profile";

// Which answer a question gets: refusals and what the CV cannot say first, then the intents the
// profile answers directly, then retrieval over the lines.

export type Context = { map: CvMap; index: LineIndex; profile: Profile; history: ChatTurn[]; now: MonthNumber; job: SavedJob | null };

const refersToCandidate = wordList("he she his her him they their them candidate applicant cv resume person el ella er sie il elle ele ela su sein ihr");
const alwaysOffTopic = wordList(
  `poem poems poetry haiku song lyrics joke jokes limerick recipe weather forecast meteo wetter bitcoin crypto cryptocurrency index_funds stock_market write_a_function write_a_python write_code write_a_script write_a_program linked_list quel_temps el_tiempo cover_letter write_a_letter write_an_email write_a_post`,
);
const internTitle = /\b(?:intern|internship|trainee|placement|apprentice|pr[aá]cticas|stagiaire|praktikant|estagi[aá]rio)\b/iu;
const apprenticeshipWords = wordList(
  "apprentice apprentices apprenticeship apprenticeships traineeship aprendiz aprendizaje apprenti apprentissage alternance lehre azubi",
);
const apprenticeTitle = /\b(?:apprentice(?:ship)?|trainee|aprendiz|apprenti|apprentissage|alternance|ausbildung|auszubildende[rn]?|azubi|lehrling|lehre)\b/iu;
const volunteerTitle = /\bvolunt/iu;
const whereWords = wordList("where wo donde ou onde");
const contactWords = wordList("phone telephone mobile cell telefono telefon email e_mail");
// Words that ask about a qualification or registration, which may be a credential rather than a degree.
const qualificationWords = wordList("qualification qualifications qualified registered registration register colegiado colegiada inscrit inscrite approbation");
const startWords = wordList("start started starting begin began join joined joining empezo commence debute anfangen begann");
const endWords = wordList("leave left end ended finish finished quit stop stopped dejo quitte verlassen");

function notInCvTopic(words: Words): string | null {
  if (saysAny(words, wordList("would_he would_she would_they willing_to open_to"))) return "preference";
  for (const [topic, list] of Object.entries(notInCvTopics)) if (saysAny(words, list)) return topic;
  return null;
}

/** "in logistics", "into retail": a lower-case word after "in", which names a line of work rather than an employer. */
function namesAField(question: string): boolean {
  const raw = question.split(/\s+/u);
  const at = raw.findIndex((w) => /^(?:in|into)$/iu.test(w));
  const next = raw[at + 1] ?? "";
  return at >= 0 && /^\p{Ll}/u.test(next) && !isGrammarWord(wordsOf(next)[0] ?? "the");
}

/** The query for retrieval: the question without the candidate's own name, which every header holds. */
function queryOf(question: string, profile: Profile): string {
  const nameWords = new Set(wordsOf(profile.name?.value ?? ""));
  return wordsOf(question)
    .filter((w) => !nameWords.has(w))
    .join(" ");
}

// The words before an employer's name: "worked at Google", "years with Acme", "bei Siemens".
const beforeEmployer = new Set("at for bei chez en em para fur".split(" "));

/** Names in the question that the CV never mentions: capitalised words, with the word before each. */
function unknownNames(question: string, map: CvMap, profile: Profile): { name: string; after: string }[] {
  const cvWords = [...new Set(map.lines.flatMap((l, i) => (map.excluded.has(i + 1) ? [] : wordsOf(l))))];
  const known = (word: string) => cvWords.some((w) => sameWord(w, word));
  const nameWords = new Set(wordsOf(profile.name?.value ?? ""));
  const aboutTheDocument = new Set(["cv", "resume", "curriculum"]);
  const found: { name: string; after: string }[] = [];
  const words = question.split(/\s+/u);
  words.forEach((raw, i) => {
    const parts = wordsOf(raw);
    const word = raw.match(/[\p{L}\p{N}][\p{L}\p{N}&.'’-]*/u)?.[0] ?? "";
    if (i === 0 || word.length < 3 || !/^\p{Lu}/u.test(word)) return;
    if (nameWords.has(parts[0] ?? "") || !parts.some((part) => !known(part) && !aboutTheDocument.has(part))) return;
    found.push({ name: word, after: wordsOf(words[i - 1] ?? "")[0] ?? "" });
  });
  return found;
}

const skillQuestionTerms = new Set(
  "skill skills technical technology technologies tech tool tools stack list main key top what which software programs systems applications platforms packages"
    .split(" ")
    .flatMap((w) => searchTerm(w) ?? []),
);
const nameQuestionTerms = new Set("name named called full candidate what".split(" ").flatMap((w) => searchTerm(w) ?? []));

export function route(question: string, context: Context): Draft {
  const { map, index, profile, history, now } = context;
  const words = wordsFor(question);
  const query = queryOf(withSkillAliases(expandAbbreviations(question)), profile);
  const says = (list: ReturnType<typeof wordList>) => saysAny(words, list);
  const candidateReferred = says(refersToCandidate) || wordsOf(profile.name?.value ?? "").some((w) => w.length > 2 && words.set.has(w));

  if (says(topics.manipulation)) return manipulationReport(map);
  if (says(offTopic.otherPerson) || (says(wordList("other another")) && says(wordList("applied candidate candidates applicant applicants"))))
    return otherPersonRefusal();
  if (says(alwaysOffTopic) || (says(offTopic.task) && !candidateReferred)) return offTopicRefusal();

  const topic = notInCvTopic(words);
  if (topic) return rareTopicAnswer(map, topic);

  // "How long has she been in logistics?" names a field that one employer's name happens to hold.
  const named = says(topics.duration) && namesAField(question) ? [] : jobsNamedBy(map, words);
  const titled = named.length ? [] : jobsTitledBy(map, words);
  const scope = named.length ? named : titled;
  const scopeName = named[0]?.job.company?.value ?? null;
  const yesNo = asksYesOrNo(words);
  const wantsFigure = says(wordList("how_many how_much how_big number cuantas cuantos combien wie_viele quantos quantas"));
  const wantsDates = says(topics.when);

  if (context.job && says(topics.posting) && says(topics.fit)) return jobSkillsAnswer(map, context.job);
  if (says(topics.experienceYears)) return experienceYears(map, index, now);
  // "Tell me about her education" asks about the education, not for a summary.
  const namesSubject = [
    topics.education,
    topics.skills,
    topics.languages,
    topics.certifications,
    topics.leadership,
    topics.achievements,
    topics.internship,
    topics.interests,
  ].some(says);
  if ((says(topics.summary) || asksWhoIs(words)) && !scope.length && !namesSubject && !says(topics.current)) return summary(profile, map);
  if (says(topics.headcount) || (wantsFigure && says(topics.leadership))) return headcount(map, index, query, scope, scopeName);
  const buildsTeam = says(wordList("team teams")) && says(wordList("built build builds run runs ran grew grow scaled scale hired"));
  if ((says(topics.leadership) || buildsTeam) && !wantsFigure && (yesNo || !scope.length)) return leadership(map, index, query, scope);

  if (says(topics.achievements) && !says(topics.leadership) && !says(topics.education)) return achievements(map, scope);

  // A question about an employer the CV never names rests on a false premise.
  if ((says(topics.employer) || says(topics.duration)) && !scope.length) {
    const unknown = unknownNames(question, map, profile).filter((u) => beforeEmployer.has(u.after));
    if (unknown.length && map.jobs.length)
      return notInCv(
        piece(`The CV does not say the candidate worked at ${unknown.map((u) => u.name).join(" ")}. It lists:`),
        ...byRecency(map.jobs).map((j) => jobPiece(j, { title: true, company: true, dates: true }, "", ";")),
      );
  }

  if (says(topics.duration) && !scope.length && !says(topics.current) && !namesSubject && !says(wordList("qualified"))) {
    const length = careerLength(map, wordsOf(queryOf(question, profile)), now);
    if (length) return length;
  }

  if (scope.length) {
    // "Is she still at Acme?": whether that job runs to the present.
    if (yesNo && says(topics.current) && named.length) return stillThere(byRecency(named)[0]!);
    // "Was he ever a sales associate?": the jobs with that title answer yes.
    if (yesNo && titled.length && !named.length && !says(topics.whatDid) && !wantsDates)
      return answer(
        piece("Yes."),
        ...byRecency(titled).map((j, i) => jobPiece(j, { title: true, company: true, dates: true }, "", i === titled.length - 1 ? "." : ";")),
      );
    // "before Acme", "before he became store manager": the order word points at the employer or title named.
    const pointed = pointsAtEmployer(words, named.length ? named.map((j) => j.job.company?.value) : titled.map((j) => j.job.title?.value));
    const ordering = says(topics.before) || says(wordList("before after"));
    if ((named.length && ordering && (!says(topics.whatDid) || pointed)) || (titled.length && pointed)) {
      const ordered = byRecency(map.jobs);
      const earlier = says(wordList("before previous previously prior earlier antes avant davor vorher"));
      const at = earlier ? Math.max(...scope.map((j) => ordered.indexOf(j))) + 1 : Math.min(...scope.map((j) => ordered.indexOf(j))) - 1;
      const other = ordered[at];
      return other
        ? answer(jobPiece(other, { title: true, company: true, dates: true }, "", "."))
        : notInCv(piece(`The CV lists no job ${earlier ? "before" : "after"} that one.`));
    }
    if (says(topics.duration)) return howLong(scope, now);
    if (says(topics.list) || says(wordList("roles role positions position titles title job_title")))
      return jobList(scope, { title: true, company: false, dates: true, citeDates: wantsDates }, `At ${scopeName ?? "that employer"}:`);
    if (wantsDates && !says(topics.whatDid)) {
      // "When did he start at Acme?" with two roles there: the first one's dates answer; "leave", the last one's.
      const ordered = byRecency(scope);
      const one = says(startWords) ? ordered.slice(-1) : says(endWords) ? ordered.slice(0, 1) : ordered;
      return jobList(one, { title: true, company: !named.length, dates: true }, "");
    }
    const scopeWords = named.length ? named.flatMap((j) => wordsOf(j.job.company?.value ?? "")) : titled.flatMap((j) => wordsOf(j.job.title?.value ?? ""));
    return whatWasDone(map, index, scope, query, { wantsFigure, scopeWords, named: named.length > 0 });
  }

  const focus = history.length ? jobInFocus(map, history) : null;
  // Follow-ups are short: "And before that?", "What did he do there?".
  if (focus && words.list.length <= 7 && (says(topics.before) || says(topics.after) || says(topics.there))) {
    const ordered = byRecency(map.jobs);
    const at = ordered.indexOf(focus);
    if (says(topics.before) || says(topics.after)) {
      const other = ordered[says(topics.before) ? at + 1 : at - 1];
      return other
        ? answer(jobPiece(other, { title: true, company: true, dates: true }, "", "."))
        : notInCv(piece("The CV does not list another job on that side of it."));
    }
    if (wantsDates) return answer(jobPiece(focus, { title: true, company: true, dates: true }, "", "."));
    return whatWasDone(map, index, [focus], query, { wantsFigure, scopeWords: [], named: false });
  }

  const years = yearsIn(words);
  if (years.length && (says(topics.employer) || says(topics.whatDid) || says(whereWords))) return employerInYears(map, years, now);
  // "Where did she work before?" with nothing before it in the conversation: the jobs before the latest.
  if ((says(topics.before) || says(wordList("before"))) && (says(topics.employer) || says(whereWords)) && !years.length && map.jobs.length > 1) {
    const [latest, ...earlier] = byRecency(map.jobs);
    return answer(
      piece(`Before ${latest!.job.company?.value ?? latest!.job.title?.value ?? "the latest job"}, the CV lists:`),
      ...earlier.map((j, i) => jobPiece(j, { title: true, company: true, dates: true }, "", i === earlier.length - 1 ? "." : ";")),
    );
  }
  const whereNow = says(topics.current) && says(whereWords) && !says(topics.location);
  if (
    (says(topics.current) && (says(topics.employer) || yesNo)) ||
    whereNow ||
    asksPresentEmployer(words) ||
    (asksLatestJob(words) && !says(topics.list) && !says(topics.interests))
  )
    return currentJob(map, now, yesNo);
  if (asksFirstJob(words)) {
    const first = byRecency(map.jobs).at(-1);
    return first
      ? answer(jobPiece(first, { title: true, company: true, dates: true }, "The earliest job listed: ", "."))
      : notInCv(piece("The CV lists no jobs."));
  }

  if (says(topics.internship) || says(apprenticeshipWords)) {
    // An apprenticeship is a job ("Apprentice electrician") or, in much of Europe, schooling ("Ausbildung zur …").
    const apprenticeship = says(apprenticeshipWords);
    const title = apprenticeship ? apprenticeTitle : internTitle;
    const interns = map.jobs.filter((j) => title.test(j.job.title?.value ?? ""));
    const lead = apprenticeship ? "Apprenticeships listed:" : "Internships listed:";
    if (interns.length) return jobList(interns, { title: true, company: true, dates: true, citeDates: wantsDates }, lead);
    const schooled = apprenticeship ? map.schools.filter((s) => apprenticeTitle.test(map.lines[(s.degreeLine ?? s.first) - 1] ?? "")) : [];
    if (schooled.length) return answer(piece(lead), ...schooled.map((s) => schoolPiece(s, true, map.lines)));
    return notInCv(piece(`The CV does not list any ${apprenticeship ? "apprenticeship" : "internship"}.`));
  }
  if (says(topics.employer) && (says(topics.list) || says(wordList("employers companies where_has where_did")))) {
    if (!map.jobs.length) return notInCv(piece("The CV does not list any employer."));
    const paid = map.jobs.filter((j) => !volunteerTitle.test(j.job.title?.value ?? ""));
    return jobList(paid.length ? paid : map.jobs, { title: true, company: true, dates: true, citeDates: wantsDates }, "Employers listed, most recent first:");
  }
  const credentialAsked = says(topics.certifications) || words.list.some(endsInCredential);
  // "Is he IPAF trained?", "What's her GPhC number?": words that may ask about a credential, answered by one that the question names.
  const mayAskCredential =
    says(qualificationWords) || (says(wordList("trained training ticket tickets card cards number")) && !says(wordList("how_many how_much")));
  if (credentialAsked || (mayAskCredential && !says(contactWords))) {
    // "Is her licence active, and which board issued it?": a question about one credential's details.
    const specific = credentialAsked ? topicEvidence(map, index, query, { verdict: false, wantsFigure: false }) : null;
    const detailed = !says(topics.list) && index.search(query).some((h) => h.matched.length >= 3);
    if (detailed && specific) return specific;
    // "Is she qualified to drive a forklift?" is answered by a credential that names it, and otherwise by what follows.
    const found = certifications(profile, map, index, { words, query, yesNo, onlyWhenNamed: !credentialAsked });
    if (found) return found;
  }
  // "What level is her English?" names a language the CV lists.
  const listedLanguages = new Set(profile.languages.flatMap((l) => languagesNamed(l.value)));
  const namesListedLanguage = languagesNamed(question).some((l) => listedLanguages.has(l)) && !says(topics.education);
  if ((says(topics.languages) || namesListedLanguage) && !says(wordList("programming coding"))) return languages(profile, map, question, yesNo);
  // "When did she qualify?", "How long has he been qualified?": the date of the highest qualification.
  if (says(topics.education) || (says(wordList("qualify qualified")) && (wantsDates || says(topics.duration))))
    return education(map, index, words, query, schoolsNamedBy(map, words));

  // "email address" asks for the email only.
  const contactFields = (["email", "phone", "location", "links"] as const).filter(
    (f) => says(topics[f]) && !(f === "location" && says(topics.email) && !says(wordList("live lives based city"))),
  );
  if (contactFields.length && !says(topics.whatDid)) return contact(profile, map, contactFields);
  // "What is her name?", not "what is the name of his dog?".
  if (says(topics.name) && candidateReferred && subjectTerms(query).every((t) => nameQuestionTerms.has(t))) return contact(profile, map, ["name"]);

  if (says(topics.skills) && (says(topics.list) || says(wordList("what which skills"))) && !subjectTerms(query).some((t) => !skillQuestionTerms.has(t)))
    return skillList(profile, map);
  if (says(topics.interests)) {
    const listed = map.sectionOf.flatMap((kind, line) => (kind === "interests" && !map.excluded.has(line) ? [line] : []));
    if (!listed.length) return notInCv(piece("The CV does not say anything about hobbies or interests."));
    return answer(piece("Interests listed:"), ...listed.slice(0, 6).map((line) => piece(`${quote(map.lines[line - 1]!)};`, [line])));
  }
  // The words the question itself asks about, leaving out skills the catalogue knows by other names ("JS").
  const askedTerms = subjectTerms(
    queryOf(question, profile)
      .split(" ")
      .filter((w) => withSkillAliases(w) === w)
      .join(" "),
  );
  const found = topicEvidence(map, index, query, { verdict: yesNo && !asksFit(words), wantsFigure, askedTerms });
  if (found) return found;
  const unmentioned = unknownNames(question, map, profile);
  if (unmentioned.length) return notInCv(piece(`The CV does not say anything about ${unmentioned.map((u) => u.name).join(", ")}: it is not mentioned.`));
  if (says(topics.current)) return currentJob(map, now, yesNo);
  return notInCv(piece("The CV does not say anything about that."));
}
