import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { contentDir } from '@/utils/content-dir';
import { listPages } from '../helpers/dist';

/**
 * Every hotline a reader can read on the built site (3–5 digit service numbers such as 110,
 * 12356, 12368, 12378, 12348, and 400-/800- numbers) must be listed in the `phones` of a
 * source checked to confidence A or B: a wrong number sends a frightened reader nowhere.
 */
const HOTLINE = /(?<![\d.\-–/:年月])(1(?:10|19|20|2\d{3})|[48]00-?\d{3}-?\d{4})(?![\d.\-–年月日天元万条%个期号倍级类点届次字岁])/g;

const visibleText = (html: string) =>
  html
    .replace(/<(script|style|template)[^>]*>[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ');

interface SourceEntry {
  id: string;
  confidence: string;
  phones?: string[];
}

describe('hotlines on the site', () => {
  const sources = yaml.load(readFileSync(join(contentDir(), 'sources.yaml'), 'utf8'), { schema: yaml.CORE_SCHEMA }) as SourceEntry[];
  const verified = new Set(
    sources.filter((s) => s.confidence === 'A' || s.confidence === 'B').flatMap((s) => (s.phones ?? []).map((p) => p.replace(/-/g, ''))),
  );

  it('finds hotlines to check (the pattern still matches the site’s text)', () => {
    const all = listPages().flatMap((p) => [...visibleText(p.html).matchAll(HOTLINE)].map((m) => m[1]));
    expect(all).toContain('110');
  });

  it('every number shown is in an A or B source’s phones', () => {
    const unverified: string[] = [];
    for (const page of listPages()) {
      for (const m of visibleText(page.html).matchAll(HOTLINE)) {
        if (!verified.has(m[1]!.replace(/-/g, ''))) unverified.push(`${page.path}: ${m[1]}`);
      }
    }
    expect([...new Set(unverified)]).toEqual([]);
  });
});
