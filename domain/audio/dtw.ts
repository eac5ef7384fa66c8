/**
 * Dynamic time warping of two feature sequences, and the mapping of time points of the first (a reference
 * whose word boundaries are known) onto the second. The path's local slope stays between 1/k and k (k = 2 unless
 * told), so no stretch of the reference (a short word) can collapse to nothing nor swallow a long stretch of the
 * target; when the two lengths differ by more than that allows, the unconstrained path is used.
 */
function distance(a: Float32Array, b: Float32Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += (a[i]! - b[i]!) ** 2;
  return Math.sqrt(sum);
}

type Step = [di: number, dj: number];
/** The diagonal, then k frames of one side for 1 of the other, for k from 2 to the steepest slope. */
const slopeSteps = (maxSlope: number): Step[] => [[1, 1], ...Array.from({ length: maxSlope - 1 }, (_, k): Step[] => [[1, k + 2], [k + 2, 1]]).flat()];
const FREE_STEPS: Step[] = [[1, 1], [1, 0], [0, 1]];

/** For each reference frame, the target frame the cheapest warping path pairs it with; `maxSlope` is a whole number ≥ 2. */
export function warp(reference: readonly Float32Array[], target: readonly Float32Array[], maxSlope = 2): Int32Array {
  return warpRanges(reference, target, maxSlope).last;
}

/**
 * For each reference frame, the first and the last target frame the cheapest path pairs it with: where the path
 * holds a reference frame over several target frames (a sound said more slowly), a boundary at the frame's start
 * belongs at the first of them, one at its end at the last.
 */
export function warpRanges(reference: readonly Float32Array[], target: readonly Float32Array[], maxSlope = 2): { first: Int32Array; last: Int32Array } {
  const n = reference.length;
  const m = target.length;
  const constrained = n > 1 && m > 1 && m - 1 <= maxSlope * (n - 1) && n - 1 <= maxSlope * (m - 1);
  return (constrained && warpWith(reference, target, slopeSteps(maxSlope))) || warpWith(reference, target, FREE_STEPS) || { first: new Int32Array(n), last: new Int32Array(n) };
}

function warpWith(reference: readonly Float32Array[], target: readonly Float32Array[], steps: readonly Step[]): { first: Int32Array; last: Int32Array } | null {
  const n = reference.length;
  const m = target.length;
  const mapping = new Int32Array(n);
  const first = new Int32Array(n);
  if (n === 0 || m === 0) return { first, last: mapping };
  const constrained = steps !== FREE_STEPS;
  const d = new Float64Array(n * m);
  reference.forEach((frame, i) => target.forEach((other, j) => (d[i * m + j] = distance(frame, other))));
  const cost = new Float64Array(n * m).fill(Infinity);
  const from = new Uint8Array(n * m);
  const distanceAt = (i: number, j: number) => d[i * m + j] ?? Infinity;
  cost[0] = distanceAt(0, 0);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      if (i === 0 && j === 0) continue;
      let best = Infinity;
      steps.forEach(([di, dj], index) => {
        const pi = i - di;
        const pj = j - dj;
        if (pi < 0 || pj < 0) return;
        // A slope step passes through the cells beside the diagonal; their distances count too.
        let through = 0;
        for (let k = 1; k < di; k++) through += distanceAt(i - k, j);
        for (let k = 1; k < dj; k++) through += distanceAt(i, j - k);
        const candidate = (cost[pi * m + pj] ?? Infinity) + through + distanceAt(i, j) * (di === 1 && dj === 1 && constrained ? 2 : 1);
        if (candidate < best) [best, from[i * m + j]] = [candidate, index];
      });
      cost[i * m + j] = best;
    }
  }
  if (!Number.isFinite(cost[n * m - 1])) return null;
  let previousI = -1;
  for (let i = n - 1, j = m - 1; ; ) {
    if (i !== previousI) mapping[i] = j;
    first[i] = j;
    previousI = i;
    if (i === 0 && j === 0) break;
    const step = steps[from[i * m + j] ?? -1];
    if (!step) throw new Error(`DTW: no step back from frame pair (${i}, ${j})`);
    const [di, dj] = step;
    // A step of k target frames for this reference frame passes through the k − 1 before j.
    if (di === 1 && dj > 1) first[i] = j - dj + 1;
    for (let k = 1; k < di; k++) [mapping[i - k], first[i - k]] = [j, j];
    [i, j] = [i - di, j - dj];
  }
  return { first, last: mapping };
}
