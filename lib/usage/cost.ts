/** What an organisation pays for one model, in its currency per million tokens. */
export type ModelPrice = { model: string; inputPerMillion: number; outputPerMillion: number };

export type PriceTable = ReadonlyMap<string, ModelPrice>;

export function priceTableOf(prices: readonly ModelPrice[]): PriceTable {
  return new Map(prices.map((p) => [p.model, p]));
}

/** The offline engine runs on this server: its tokens cost nothing, whatever the table says. */
export function isFreeModel(model: string | null): boolean {
  return model === null || model.startsWith("offline:");
}

/** The estimated cost of one request; null when its model has no price (shown as "no price"). */
export function costOf(
  prices: PriceTable,
  { model, inputTokens, outputTokens }: { model: string | null; inputTokens: number | null; outputTokens: number | null },
): number | null {
  if (isFreeModel(model)) return 0;
  const price = prices.get(model!);
  if (!price) return null;
  return ((inputTokens ?? 0) * price.inputPerMillion + (outputTokens ?? 0) * price.outputPerMillion) / 1_000_000;
}
