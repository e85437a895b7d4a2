/**
 * Each value's mid-rank among `values`, scaled into (0, 1): (rank − ½)/n with ranks 1 .. n, tied
 * values sharing the mean of their ranks. Any increasing transform of the values gives the same
 * scores, so a smoother over them sees a uniform spread whatever the values' distribution (a
 * normal's tails, a skewed draw), and a value drawn several times keeps one score.
 */
export function midRankScores(values: readonly number[]): Float64Array {
  const n = values.length;
  const order = values.map((_, k) => k).sort((a, b) => values[a] - values[b] || a - b);
  const scores = new Float64Array(n);
  for (let from = 0; from < n; ) {
    let to = from + 1;
    while (to < n && values[order[to]] === values[order[from]]) to++;
    // Positions from .. to − 1 (ranks from + 1 .. to) share the mean rank (from + 1 + to)/2.
    const score = ((from + 1 + to) / 2 - 0.5) / n;
    for (let i = from; i < to; i++) scores[order[i]] = score;
    from = to;
  }
  return scores;
}
