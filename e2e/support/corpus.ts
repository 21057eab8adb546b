import path from "node:path";

/** A file of the shared test corpus (real public CVs with ground truth), beside the repository. */
export const corpusFile = (relative: string) => path.resolve(import.meta.dirname, "../../../shared/corpus", relative);
