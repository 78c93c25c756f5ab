import { z } from 'astro/zod';
import { entryId } from './id.ts';
import { sourceRefs } from './source-refs.ts';
import { prose } from './prose.ts';

/** What term links and search need of a glossary term: its id, the term and its aliases. */
export const glossaryEntrySchema = z.object({
  id: entryId(),
  term: z.string().min(1),
  /** Other names readers use; they become term links and search synonyms. */
  aliases: z.array(z.string().min(2, '别名至少两个字，避免误匹配')).default([]),
});

/** The one glossary-entry type (term links, search lexicon, suggestions). */
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

/** One glossary term. Aliases drive both automatic term links and search synonyms. */
export const glossaryTermSchema = glossaryEntrySchema.extend({
  definition: prose(z.string().min(10)),
  sources: sourceRefs({ min: 1 }),
  related: z.array(z.string()).default([]),
});

export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
