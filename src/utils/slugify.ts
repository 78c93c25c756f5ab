/**
 * A URL slug that keeps Chinese characters readable (/tags/上门催收/): letters are
 * lowercased, full-width forms normalised, punctuation and spaces become single hyphens.
 * Returns '' for input with nothing sluggable; callers must handle that.
 */
export function slugify(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{Script=Han}\p{Letter}\p{Number}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}
