/** Bounds on reader input. Beyond them the calculator answers with an error, not a guess. */
export const LIMITS = {
  /** 20 years: the longest period the Civil Code (art. 188) protects at all. */
  maxDaysOverdue: 7300,
  /** A due date more than a year ahead is almost certainly a typo in the year. */
  maxDaysAhead: 366,
  /** Largest amount accepted, in yuan. */
  maxAmount: 1_000_000_000,
  /** Longest text accepted in any field before parsing; hostile URLs are cut off here. */
  maxInputLength: 40,
} as const;
