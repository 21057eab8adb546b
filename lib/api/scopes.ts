/** What a key may be used for; each endpoint of /api/v1 needs one of these. */
export const apiScopes = ["documents", "history", "cvs", "fit", "chat"] as const;
export type ApiScope = (typeof apiScopes)[number];

export const apiScopeLabels: Record<ApiScope, string> = {
  documents: "Write documents with the HR tools",
  history: "List, read and delete documents in history",
  cvs: "Upload CVs and read their profiles",
  fit: "Analyse postings, score fit, tailored CVs and cover letters",
  chat: "Ask the resume chat about a CV",
};
