/**
 * The monthly internal rate of return r of a loan: the rate at which what the borrower
 * received equals the present value of every payment, received = Σ payment_t / (1 + r)^t,
 * payments one month apart starting a month after the money arrived. Bisection, so it
 * always converges for these cash flows (one sign change, so exactly one root above −100%).
 * Returns null when there is nothing to solve (no payments, nothing received).
 */
export function solveMonthlyIrr(received: number, payments: number[]): number | null {
  if (!(received > 0) || payments.length === 0 || payments.some((p) => !(p >= 0)) || payments.every((p) => p === 0)) return null;
  const npv = (r: number) => {
    let value = received;
    let factor = 1;
    for (const p of payments) {
      factor /= 1 + r;
      value -= p * factor;
    }
    return value;
  };
  let lo = -0.999_999;
  let hi = 1;
  while (npv(hi) < 0 && hi < 1e6) hi *= 2;
  if (npv(hi) < 0) return null;
  for (let i = 0; i < 200 && hi - lo > 1e-15; i++) {
    const mid = (lo + hi) / 2;
    if (npv(mid) < 0) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}
