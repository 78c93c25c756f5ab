/**
 * Splits `total` fen in proportion to `weights` so that the parts are whole fen and add
 * up to `total` exactly (largest-remainder method; ties go to the earlier entry).
 * BigInt keeps total × weight exact far beyond 2^53. All weights 0 → all parts 0 and
 * nothing is handed out.
 */
export function apportion(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (total <= 0 || sum <= 0) return weights.map(() => 0);
  const T = BigInt(total);
  const S = BigInt(sum);
  const parts = weights.map((w) => (T * BigInt(w)) / S);
  const remainders = weights.map((w, i) => ({ i, r: (T * BigInt(w)) % S }));
  let left = total - Number(parts.reduce((a, b) => a + b, 0n));
  remainders.sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
  for (const { i } of remainders) {
    if (left <= 0) break;
    if (weights[i]! > 0) {
      parts[i]! += 1n;
      left -= 1;
    }
  }
  return parts.map(Number);
}
