/** "Did you mean" suggestions: the closest candidate within a small edit distance. */
export function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0]!;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j]!;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      previous[j] = Math.min(above + 1, previous[j - 1]! + 1, diagonal + cost);
      diagonal = above;
    }
  }
  return previous[b.length]!;
}

export function suggest(input: string, candidates: Iterable<string>): string | undefined {
  const needle = input.toLowerCase();
  let best: string | undefined;
  let bestScore = Infinity;
  for (const candidate of candidates) {
    const hay = candidate.toLowerCase();
    // A candidate that contains the input (politie → lokale-politie) is a strong hint.
    const score = hay.includes(needle) || needle.includes(hay) ? 0.5 : editDistance(needle, hay);
    if (score < bestScore) {
      bestScore = score;
      best = candidate;
    }
  }
  const allowed = Math.max(2, Math.floor(needle.length / 3));
  return bestScore <= allowed ? best : undefined;
}
