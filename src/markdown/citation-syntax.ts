import { ID_PATTERN } from '../schemas/id.ts';

/** The id pattern without its anchors, to embed in other patterns. */
const ID = ID_PATTERN.source.slice(1, -1).replace('(-', '(?:-');

/** `[@source-id]` or `[@source-id 第15条]`: the inline citation syntax authors write. */
export const CITATION_PATTERN = new RegExp(String.raw`\[@(${ID})(?:[\s，,]+([^\]\n]{1,40}))?\]`, 'g');

export interface Citation {
  id: string;
  /** Footnote number, by order of first citation in the page. */
  number: number;
  /** Article/section pinpoints used across the page, in order, without repeats. */
  pinpoints: string[];
}
