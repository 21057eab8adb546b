import type { GenerationStatus } from "@/lib/generated/prisma/client";
import { percentile } from "@/lib/usage/percentile";

/** One document written in an experiment, with what its readers made of it. */
export type ExperimentRow = {
  version: number;
  status: GenerationStatus;
  /** The length of the written text, in characters. */
  length: number;
  ttftMs: number | null;
  up: number;
  down: number;
  /** The mean normalised edit distance of the versions people saved from it; null when nobody edited it. */
  editDistance: number | null;
};

export type VersionResult = {
  version: number;
  /** Documents this version wrote: the sample size. */
  documents: number;
  failureRate: number | null;
  /** Mean length of the completed ones, in characters. */
  meanLength: number | null;
  ttftP50: number | null;
  up: number;
  down: number;
  /** Thumbs up among ratings. */
  approval: number | null;
  /** Documents someone edited, and the mean distance of those edits. */
  edited: number;
  meanEditDistance: number | null;
};

const mean = (values: readonly number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : null);

function resultOf(version: number, rows: readonly ExperimentRow[]): VersionResult {
  const ended = rows.filter((r) => r.status !== "STREAMING");
  const complete = rows.filter((r) => r.status === "COMPLETE");
  const edits = rows.flatMap((r) => (r.editDistance === null ? [] : [r.editDistance]));
  const up = rows.reduce((sum, r) => sum + r.up, 0);
  const down = rows.reduce((sum, r) => sum + r.down, 0);
  return {
    version,
    documents: rows.length,
    failureRate: ended.length ? ended.filter((r) => r.status === "FAILED").length / ended.length : null,
    meanLength: mean(complete.map((r) => r.length)),
    ttftP50: percentile(
      rows.flatMap((r) => (r.ttftMs === null ? [] : [r.ttftMs])),
      50,
    ),
    up,
    down,
    approval: up + down ? up / (up + down) : null,
    edited: edits.length,
    meanEditDistance: mean(edits),
  };
}

/** Both versions of one prompt side by side, first then second; rows of other versions are left out. */
export function compareVersions(rows: readonly ExperimentRow[], versions: readonly [number, number]): [VersionResult, VersionResult] {
  const [a, b] = versions;
  return [
    resultOf(
      a,
      rows.filter((r) => r.version === a),
    ),
    resultOf(
      b,
      rows.filter((r) => r.version === b),
    ),
  ];
}
