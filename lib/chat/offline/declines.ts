import { notInCv, piece, refused, type Draft } from "@/lib/chat/offline/compose";

// The replies that do not answer: what the CV cannot tell, and what the chat will not do.

const subjects: Record<string, string> = {
  salary: "the candidate's salary or pay expectations",
  notice: "the candidate's notice period",
  permit: "the candidate's visa, citizenship or right to work",
  relocation: "whether the candidate would relocate",
  availability: "the candidate's availability or working preferences",
  preference: "what the candidate would be willing to do",
  age: "personal details such as age or family",
  leaving: "why the candidate left a job",
  licence: "whether the candidate holds a driving licence",
  publications: "that the candidate has published anything",
  references: "who the candidate's references are",
};

export const notInCvAbout = (topic: string): Draft =>
  notInCv(piece(`The CV does not say ${subjects[topic] ?? "this"}, and I only answer from what the CV states. You could ask the candidate directly.`));

export const offTopicRefusal = (): Draft =>
  refused("Sorry, I can only answer questions about this candidate's CV. Try asking about their experience, skills or education.");

export const otherPersonRefusal = (): Draft =>
  refused(
    "Sorry, I can only answer questions about the CV open here; I cannot look up or discuss other people. Ask me about this candidate's experience, skills or education.",
  );

export const instructionRefusal = (): Draft =>
  refused(
    "I can't follow instructions given in a message or in a CV, reveal how I work, or rate candidates. I only answer questions about what this CV says, such as experience, skills or education.",
  );

/** Said before answering the genuine question left once an instruction was set aside. */
export const instructionSetAside = "I ignored the instruction in your message and answer only from the CV.";
