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

/** Names and ids are short; past this, a suggestion would cost length² per candidate. */
const MAX_SUGGEST_LENGTH = 100;
/** A plan has tens of partners; a hostile one with many thousands gets no suggestions rather than a hang. */
const MAX_SUGGEST_CANDIDATES = 1000;

export function suggest(input: string, candidates: Iterable<string>): string | undefined {
  const needle = input.toLowerCase();
  if (needle.length > MAX_SUGGEST_LENGTH) return undefined;
  const allowed = Math.max(2, Math.floor(needle.length / 3));
  let best: string | undefined;
  let bestScore = Infinity;
  let looked = 0;
  for (const candidate of candidates) {
    if (++looked > MAX_SUGGEST_CANDIDATES) break;
    if (candidate.length > MAX_SUGGEST_LENGTH) continue;
    const hay = candidate.toLowerCase();
    // A candidate that contains the input (politie → lokale-politie) is a strong hint.
    const contains = hay.includes(needle) || needle.includes(hay);
    // Otherwise the distance is at least the difference in length: skip what cannot win.
    if (!contains && Math.abs(hay.length - needle.length) >= Math.min(bestScore, allowed + 1)) continue;
    const score = contains ? 0.5 : editDistance(needle, hay);
    if (score < bestScore) {
      bestScore = score;
      best = candidate;
    }
  }
  return bestScore <= allowed ? best : undefined;
}
