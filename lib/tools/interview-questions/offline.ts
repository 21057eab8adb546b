import { labelOf, splitLines } from "@/lib/tools/fields";
import { interviewTypes, type InterviewQuestionsInput } from "@/lib/tools/interview-questions/schema";
import { seniorities } from "@/lib/tools/job-description/schema";

type Template = { question: string; strong: string; probes: [string, string] };

// A question bank per interview type; {c} is the competency. Deterministic: the n-th question of a
// competency always uses the n-th template of the type.
const bank: Record<InterviewQuestionsInput["interviewType"], Template[]> = {
  behavioural: [
    {
      question: "Tell me about a time when {c} made the difference in a difficult situation. What did you do?",
      strong: 'A specific situation, the candidate\'s own actions ("I", not "we"), and a result they can measure or describe.',
      probes: ["What would you do differently now?", "How did you know it had worked?"],
    },
    {
      question: "Describe a situation where your {c} was tested and things did not go to plan.",
      strong: "Honesty about the setback, what they learned, and how they applied it afterwards.",
      probes: ["What was the hardest moment?", "Who else was involved, and how did you work with them?"],
    },
    {
      question: "Give an example of how you helped someone else improve their {c}.",
      strong: "Concrete coaching or feedback given, and evidence the other person improved.",
      probes: ["How did you adapt to that person?", "What did you learn about your own approach?"],
    },
  ],
  technical: [
    {
      question: "Walk me through how you would use {c} to solve a problem you have recently worked on.",
      strong: "A structured approach, sound trade-offs, and awareness of limits and risks.",
      probes: ["What alternatives did you consider?", "How would this change at ten times the scale?"],
    },
    {
      question: "What is a common mistake people make with {c}, and how do you avoid it?",
      strong: "Depth beyond the basics, with a real example of the mistake and a safeguard against it.",
      probes: ["Have you made that mistake yourself?", "How would you catch it in a review?"],
    },
    {
      question: "How would you explain {c} to a new colleague who has never used it?",
      strong: "Clear, accurate explanation pitched at the listener, with a good example.",
      probes: ["What would you have them practise first?", "Which resource would you point them to?"],
    },
  ],
  screening: [
    {
      question: "What experience do you have with {c}, and how recent is it?",
      strong: "Relevant, recent experience described with specifics rather than labels.",
      probes: ["What was your exact role?", "What scale or volume were you working with?"],
    },
    {
      question: "Which part of this role's work on {c} appeals to you most, and why?",
      strong: "A motivation that fits the role as it is, informed by what they know of it.",
      probes: ["What would you want to learn here?", "What would make you leave a role like this?"],
    },
    {
      question: "How would a former manager describe your {c}?",
      strong: "A balanced self-view with an example, including something still to improve.",
      probes: ["What feedback have you acted on?", "Would they describe it the same way?"],
    },
  ],
  culture: [
    {
      question: "What does good {c} look like in a team you would want to join?",
      strong: "Values described through behaviour, consistent with how the team actually works.",
      probes: ["When have you seen it done badly?", "What do you do when a team falls short of it?"],
    },
    {
      question: "Tell me about a time your view on {c} differed from your team's. What happened?",
      strong: "Respectful disagreement, listening, and a constructive outcome.",
      probes: ["How did you raise it?", "Did you change your mind about anything?"],
    },
    {
      question: "How do you keep {c} going when the team is under pressure?",
      strong: "Practical habits that hold up under stress, with an example.",
      probes: ["What slips first for you under pressure?", "How do you notice it in others?"],
    },
  ],
  panel: [
    {
      question: "Each panel member will ask about {c}: to start, what is your approach to it and why?",
      strong: "A coherent, reasoned approach that the candidate can defend under follow-up.",
      probes: ["Can you give a recent example?", "What would make you change this approach?"],
    },
    {
      question: "Describe the result you are proudest of that depended on your {c}.",
      strong: "A clear link between their contribution and the result, with evidence.",
      probes: ["Who would disagree with your account, and why?", "What did it cost you or the team?"],
    },
    {
      question: "Imagine your first three months here: where would {c} matter most?",
      strong: "Realistic priorities grounded in what they know of the role and team.",
      probes: ["What would you need from us?", "How would we know you were succeeding?"],
    },
  ],
};

const rubric = (competency: string) =>
  [
    `| Score | What you heard about ${competency} |`,
    "|---|---|",
    "| 1 | No relevant example; vague or off-topic. |",
    "| 2 | A general answer with little of the candidate's own part in it. |",
    "| 3 | A relevant example with clear actions; the outcome is thin. |",
    "| 4 | A specific example, the candidate's own actions and a clear outcome. |",
    "| 5 | As 4, plus reflection and lessons applied elsewhere; clearly above the level asked for. |",
  ].join("\n");

/** An interview kit: questions grouped by competency, each with what to listen for, probes and a rubric. */
export function draftInterviewQuestions(input: InterviewQuestionsInput): string {
  const competencies = splitLines(input.competencies);
  const total = Number(input.numberOfQuestions);
  const perCompetency = competencies.map((_, i) => Math.floor(total / competencies.length) + (i < total % competencies.length ? 1 : 0));
  const minutesEach = Math.max(2, Math.floor((Number(input.durationMinutes) - 10) / total));
  const type = labelOf(interviewTypes, input.interviewType);
  const templates = bank[input.interviewType];

  const parts = [
    `# Interview questions: ${input.role}`,
    `**${type} interview · ${labelOf(seniorities, input.seniority)} · ${input.durationMinutes} minutes · ${total} question${total === 1 ? "" : "s"}**`,
    "## How to run this interview",
    `Spend five minutes on introductions and five at the end for the candidate's questions. That leaves about ${minutesEach} minutes per question. Ask every candidate the same questions in the same order, take notes on what they say rather than on your impression, and score each answer against its rubric straight after the interview.`,
  ];
  let number = 0;
  competencies.forEach((competency, ci) => {
    const count = perCompetency[ci] ?? 0;
    if (!count) return;
    parts.push(`## ${competency}`);
    for (let k = 0; k < count; k++) {
      const template = templates[k % templates.length] as Template;
      number++;
      parts.push(
        `### Question ${number}`,
        `**${template.question.replace("{c}", competency.toLowerCase())}**`,
        `*What a strong answer shows:* ${template.strong}`,
        `*Follow-up probes:*\n- ${template.probes[0]}\n- ${template.probes[1]}`,
        rubric(competency),
        "*Notes:*\n\n&nbsp;\n\n&nbsp;\n\n*Score (1–5):* ______",
      );
    }
  });
  parts.push(
    "## Overall",
    "*Recommendation:* ☐ Strong yes ☐ Yes ☐ No ☐ Strong no",
    "*Summary of evidence:*\n\n&nbsp;\n\n&nbsp;",
    "*Interviewer:* ______________________  *Date:* ____________",
  );
  return parts.join("\n\n") + "\n";
}
