/** `[@source-id]` or `[@source-id 第15条]`: the inline citation syntax authors write. */
export const CITATION_PATTERN = /\[@([a-z0-9]+(?:-[a-z0-9]+)*)(?:[\s，,]+([^\]\n]{1,40}))?\]/g;

export interface Citation {
  id: string;
  /** Footnote number, by order of first citation in the page. */
  number: number;
  /** Article/section pinpoints used across the page, in order, without repeats. */
  pinpoints: string[];
}
