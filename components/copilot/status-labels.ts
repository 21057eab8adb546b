/** The board's columns, in the order an application moves through them. */
export const statusLabels = { SAVED: "Saved", APPLIED: "Applied", INTERVIEWING: "Interviewing", OFFER: "Offer", REJECTED: "Rejected" } as const;
export type Status = keyof typeof statusLabels;
