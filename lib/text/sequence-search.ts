// Which of many needles occur in a haystack, all found in one pass (Aho–Corasick): the time is linear
// in the haystack plus the needles, where searching for each needle alone multiplies the two.
// Needles and haystack are sequences of numbers (symbol ids), so callers can search by words.

type Node = { next: Map<number, number>; fail: number; needles: number[]; reported: boolean };

/** The indices of the `needles` that occur as contiguous runs of `haystack`. Empty needles are ignored. */
export function needlesFoundIn(haystack: readonly number[], needles: readonly (readonly number[])[]): Set<number> {
  const nodes: Node[] = [{ next: new Map(), fail: 0, needles: [], reported: false }];
  needles.forEach((needle, index) => {
    if (!needle.length) return;
    let at = 0;
    for (const symbol of needle) {
      let to = nodes[at]!.next.get(symbol);
      if (to === undefined) {
        to = nodes.push({ next: new Map(), fail: 0, needles: [], reported: false }) - 1;
        nodes[at]!.next.set(symbol, to);
      }
      at = to;
    }
    nodes[at]!.needles.push(index);
  });

  // Failure links, breadth first: where to continue when the next symbol does not extend the match.
  const queue: number[] = [...nodes[0]!.next.values()];
  for (let head = 0; head < queue.length; head++) {
    const from = queue[head]!;
    for (const [symbol, to] of nodes[from]!.next) {
      let fail = nodes[from]!.fail;
      while (fail !== 0 && !nodes[fail]!.next.has(symbol)) fail = nodes[fail]!.fail;
      const target = nodes[fail]!.next.get(symbol);
      nodes[to]!.fail = target !== undefined && target !== to ? target : 0;
      queue.push(to);
    }
  }

  const found = new Set<number>();
  let at = 0;
  for (const symbol of haystack) {
    while (at !== 0 && !nodes[at]!.next.has(symbol)) at = nodes[at]!.fail;
    at = nodes[at]!.next.get(symbol) ?? 0;
    // Every needle ending here lies on the failure chain; a node reported once had its whole chain
    // reported then, so the walk stops there and each node is visited once in all.
    for (let node = at; node !== 0 && !nodes[node]!.reported; node = nodes[node]!.fail) {
      nodes[node]!.reported = true;
      for (const index of nodes[node]!.needles) found.add(index);
    }
  }
  return found;
}

/** The `needles` that occur in `text` (as `text.includes` would say, the empty one included), found in one pass. */
export function substringsFoundIn(text: string, needles: readonly string[]): Set<string> {
  const distinct = [...new Set(needles)];
  const codes = (s: string) => Array.from({ length: s.length }, (_, i) => s.charCodeAt(i));
  const found = new Set<string>(distinct.filter((needle) => needle === ""));
  for (const index of needlesFoundIn(codes(text), distinct.map(codes))) found.add(distinct[index]!);
  return found;
}
