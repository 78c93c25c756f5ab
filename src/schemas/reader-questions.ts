import { z } from 'astro/zod';
import { prose } from './prose.ts';

/**
 * Readers' own phrasings of the questions a page answers (forum and Q&A wording, not the
 * title reworded). The search indexes them with a weight of their own and shows the closest
 * one on a result card (读者常问).
 */
export const readerQuestions = () => z.array(prose(z.string().min(4, '读者提问每条至少 4 个字').max(60, '读者提问每条不超过 60 个字'))).default([]);
