import { expect, it } from 'vitest';
import { findBrokenLinks } from '@/utils/find-broken-links';
import { DIST, listPages } from '../helpers/dist';

const pages = listPages();

it('every internal link and #anchor resolves, and external links are well-formed', () => {
  // The build runs the same check (src/integrations/check-links.ts); this re-checks what is in dist/.
  const problems = findBrokenLinks(DIST).map(({ page, href, problem }) => `${page}: ${problem} ${href}`);
  expect(problems, problems.join('\n')).toEqual([]);
});

it('checks real pages (sanity: the site is not empty)', () => {
  expect(pages.length).toBeGreaterThan(40);
});
