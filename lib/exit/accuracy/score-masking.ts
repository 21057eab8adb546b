import type { MaskResult } from "@/lib/exit/analysis/mask/mask";
import { maskTypes, type MaskType } from "@/lib/exit/analysis/mask/spans";
import { ratio } from "@/lib/exit/accuracy/metrics";

// Masking as the set's README scores it: a labelled span is masked when its text no longer appears
// in the output; a masked piece is precise when it lies within a labelled span or holds one.

export type MaskCase = { text: string; expected: readonly { type: MaskType; text: string }[]; result: MaskResult };
export type MaskFigures = {
  recallByType: Record<MaskType, { masked: number; of: number; recall: number }>;
  precision: { precise: number; of: number; precision: number };
  misses: { text: string; type: MaskType }[];
  overMasked: string[];
};

export const spanMasked = (spanText: string, output: string) => !output.includes(spanText);

export function scoreMasking(cases: readonly MaskCase[]): MaskFigures {
  const recallByType = Object.fromEntries(maskTypes.map((t) => [t, { masked: 0, of: 0, recall: NaN }])) as MaskFigures["recallByType"];
  const misses: MaskFigures["misses"] = [];
  const overMasked: string[] = [];
  let precise = 0;
  let maskedPieces = 0;
  for (const { expected, result } of cases) {
    for (const span of expected) {
      const row = recallByType[span.type];
      row.of++;
      if (spanMasked(span.text, result.text)) row.masked++;
      else misses.push(span);
    }
    for (const piece of result.spans) {
      maskedPieces++;
      if (expected.some((span) => span.text.includes(piece.text) || piece.text.includes(span.text))) precise++;
      else overMasked.push(`${piece.type}: ${piece.text}`);
    }
  }
  for (const row of Object.values(recallByType)) row.recall = ratio(row.masked, row.of);
  return { recallByType, precision: { precise, of: maskedPieces, precision: ratio(precise, maskedPieces) }, misses, overMasked };
}
