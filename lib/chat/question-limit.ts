/** The longest question: a paragraph is plenty, and the whole CV goes with every question. */
export const questionLimit = 2_000;
