import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closestName } from '@/utils/closest-name';
import { embedJson } from '@/utils/embed-json';
import { hashContentCode } from '@/utils/hash-content-code';
import { listFiles } from '@/utils/list-files';
import { tocHeadings } from '@/utils/toc-headings';
import { zhCollator } from '@/utils/zh-collator';

describe('closestName (the “did you mean” of build errors)', () => {
  const fields = ['title', 'description', 'draft', 'reviewed', 'published'];
  it('suggests the field one or two edits away', () => {
    expect(closestName('draf', fields)).toBe('draft');
    expect(closestName('Reviewd', fields)).toBe('reviewed');
  });
  it('falls back to a name the misspelling contains', () => {
    expect(closestName('publishedAt', fields)).toBe('published');
  });
  it('suggests nothing for an unrelated name', () => {
    expect(closestName('colour', fields)).toBeUndefined();
  });
});

describe('small page helpers', () => {
  it('the table of contents lists h2 and h3 only', () => {
    const hs = [1, 2, 3, 4, 2].map((depth, i) => ({ depth, text: `h${i}` }));
    expect(tocHeadings(hs).map((h) => h.text)).toEqual(['h1', 'h2', 'h4']);
  });
  it('embedded JSON cannot close its <script> element', () => {
    const text = embedJson({ q: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('</script>');
    expect(JSON.parse(text)).toEqual({ q: '</script><script>alert(1)</script>' });
  });
  it('lists every file under a folder as sorted URL paths', () => {
    const root = mkdtempSync(join(tmpdir(), 'kb-list-'));
    mkdirSync(join(root, 'b/c'), { recursive: true });
    writeFileSync(join(root, 'b/c/index.html'), '');
    writeFileSync(join(root, 'a.txt'), '');
    expect(listFiles(root)).toEqual(['/a.txt', '/b/c/index.html']);
  });
  it('sorts Chinese terms in pinyin order', () => {
    expect(['征信', '催收', '逾期'].sort(zhCollator.compare)).toEqual(['催收', '逾期', '征信']);
  });
});

describe('hashContentCode (when cached content entries must be rebuilt)', () => {
  const project = mkdtempSync(join(tmpdir(), 'kb-code-'));
  mkdirSync(join(project, 'src', 'schemas'), { recursive: true });
  writeFileSync(join(project, 'src', 'schemas', 'article.ts'), 'export const a = 1;');
  writeFileSync(join(project, 'astro.config.mjs'), 'export default {};');
  it('changes when a schema changes, and only then', () => {
    const before = hashContentCode(project);
    expect(hashContentCode(project)).toBe(before);
    writeFileSync(join(project, 'src', 'schemas', 'article.ts'), 'export const a = 2;');
    expect(hashContentCode(project)).not.toBe(before);
  });
  it('ignores code the content layer does not run (browser scripts)', () => {
    const before = hashContentCode(project);
    mkdirSync(join(project, 'src', 'client'), { recursive: true });
    writeFileSync(join(project, 'src', 'client', 'widget.ts'), 'export {};');
    expect(hashContentCode(project)).toBe(before);
  });
});
