import { apportion } from './apportion.ts';

/**
 * Shares `pool` fen among lenders in proportion to their balances, never offering one
 * more than its contract payment (`caps`): a lender that would get more is paid its cap
 * and the rest is shared again among the others. The offers add up to min(pool, Σcaps).
 */
export function allocateOffers(pool: number, balances: number[], caps: number[]): number[] {
  const offers = balances.map(() => 0);
  let remaining = pool;
  let active = balances.map((_, i) => i).filter((i) => balances[i]! > 0 && caps[i]! > 0);
  while (remaining > 0 && active.length > 0) {
    const shares = apportion(
      remaining,
      active.map((i) => balances[i]!),
    );
    const capped = active.filter((i, k) => shares[k]! >= caps[i]!);
    if (capped.length === 0) {
      active.forEach((i, k) => {
        offers[i] = shares[k]!;
      });
      return offers;
    }
    for (const i of capped) {
      offers[i] = caps[i]!;
      remaining -= caps[i]!;
    }
    active = active.filter((i) => !capped.includes(i));
  }
  return offers;
}
