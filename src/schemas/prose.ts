import type { z } from 'astro/zod';
import { removeTypedCjkSpaces } from '../utils/remove-typed-cjk-spaces.ts';

/**
 * Marks a field as reader-facing prose: spaces an author typed between Chinese and Latin
 * letters or digits are removed after validation, as in article bodies (rehype-cjk-spacing),
 * so titles, lists and data tables follow the same spacing rule as the prose.
 */
export const prose = <T extends z.ZodString>(field: T) => field.transform(removeTypedCjkSpaces);
