/** How the usage page writes its figures; "—" where there is nothing to measure yet. */
export const formatCount = (n: number) => n.toLocaleString("en");
export const formatPercent = (share: number | null) => (share === null ? "—" : `${(share * 100).toFixed(share > 0 && share < 0.1 ? 1 : 0)}%`);
export const formatMs = (ms: number | null) => (ms === null ? "—" : ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`);
export const formatCost = (usd: number) => `$${usd.toFixed(usd > 0 && usd < 1 ? 4 : 2)}`;
export const formatWhen = (date: Date) => `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
