import { z } from 'astro/zod';
import { PAGE_KIND_NAMES } from '../search/shared/page-kinds.ts';

/** content/search/synonyms.yaml: groups of words that find each other. */
export const synonymGroupsSchema = z.array(z.array(z.string().min(1)).min(2, '同义词组至少要有两个词')).default([]);

const kindNamesHint = `页面类型只能是：${PAGE_KIND_NAMES.join('、')}`;
/** content/search/kind-hints.yaml: per page kind, query words that show the reader wants it. */
export const kindHintsSchema = z
  .partialRecord(z.enum(PAGE_KIND_NAMES as [string, ...string[]], { error: () => kindNamesHint }), z.array(z.string().min(1)), {
    // An unknown kind is reported by the record, not by the key's enum: without this, zod says it in English.
    // zod's types omit it, but a partial record reports unknown keys this way at run time.
    error: (issue) => {
      const { code, keys } = issue as { code?: string; keys?: string[] };
      return code === 'unrecognized_keys' ? `${kindNamesHint}（写的是：${(keys ?? []).join('、')}）` : undefined;
    },
  })
  .default({});

/** content/search/reader-words.yaml: a site word → the readers' own words for it (query side only). */
export const readerWordsSchema = z.record(z.string().min(1), z.array(z.string().min(2, '读者说法至少两个字'))).default({});
