/**
 * The legend shown with every list of sources: binding force generated from the source
 * schema's levels, and the one definition of confidence A and B. Kept apart from
 * strings.ts so that browser bundles importing strings never pull in zod.
 */
import { bindingLevels } from '../schemas/source.ts';

/** What confidence A and B mean. The one definition every legend uses. */
export const confidenceMeaning = {
  A: '已对照原文核实',
  B: '依据可靠的二手报道，原文本站未见',
} as const;

/** The legend under every list of sources, generated from the schema's binding levels. */
export const sourceLegend = {
  binding: `效力层级从高到低：${bindingLevels.join(' › ')}。`,
  confidence: `可信度A＝${confidenceMeaning.A}；B＝${confidenceMeaning.B}。未核实（C级）的内容本站不发布。`,
} as const;
