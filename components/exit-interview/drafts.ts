// Unsent answers are kept in the browser's localStorage, one per interview and turn, so a reload or a
// lost connection does not lose what was typed. When the interview ends or consent is withdrawn they
// are removed too: nothing the employee wrote stays behind, not even in their own browser.

const prefix = (interviewId: string) => `exit-interview-draft:${interviewId}:`;

export const draftKeyFor = (interviewId: string, turn: number) => `${prefix(interviewId)}${turn}`;

export function clearDrafts(interviewId: string) {
  const keys = Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i)).filter(
    (key): key is string => key?.startsWith(prefix(interviewId)) ?? false,
  );
  for (const key of keys) localStorage.removeItem(key);
}
