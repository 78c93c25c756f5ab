import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleSchema } from '@/schemas/article';
import { removeTypedCjkSpaces } from '@/utils/remove-typed-cjk-spaces';
import { listFiles } from '@/utils/list-files';

describe('removeTypedCjkSpaces', () => {
  it('removes a space typed between Chinese and Latin letters or digits, either way round', () => {
    expect(removeTypedCjkSpaces('借款 App 读取通讯录，逾期 90 天（M3）')).toBe('借款App读取通讯录，逾期90天（M3）');
    expect(removeTypedCjkSpaces('（C 级）')).toBe('（C级）');
  });
  it('keeps spaces between Latin words and around other signs', () => {
    expect(removeTypedCjkSpaces('GB/T 45251—2025；npm run build 时')).toBe('GB/T 45251—2025；npm run build时');
    expect(removeTypedCjkSpaces('日息 0.05% × 365 天')).toBe('日息0.05% × 365天');
  });
});

describe('content fields readers see follow the same rule as prose', () => {
  it('strips a typed space from a title and a short answer after validating them', () => {
    const parsed = articleSchema.parse({
      title: '借款 App 读取通讯录合法吗',
      description: '能撤回。基于同意处理个人信息的，App 要提供便捷的撤回方式。',
      category: 'rights',
      tags: ['通讯录'],
      published: '2026-12-01',
      reviewed: '2026-12-01',
    });
    expect(parsed.title).toBe('借款App读取通讯录合法吗');
    expect(parsed.description).toContain('，App要提供');
  });
});

/**
 * The sentences the calculators and tools write in the browser are not in the built HTML, so
 * the site test (tests/site/cjk-spacing.test.ts) cannot see them: their source is checked.
 * Build errors for authors (thrown, or collected as problems) print in a terminal and are not
 * reader text.
 */
describe('UI strings and tool results have no typed space', () => {
  const HAN = '\\p{Script=Han}，。：；、（）？！“”';
  const TYPED = new RegExp(`[${HAN}] [A-Za-z0-9$]|[A-Za-z0-9}] [${HAN}]|[${HAN}] ['\`]|['\`] [${HAN}]`, 'u');
  const folders = ['src/ui', 'src/client', 'src/calculator'];
  const lines = folders.flatMap((folder) =>
    listFiles(folder).flatMap((file) =>
      readFileSync(join(folder, file), 'utf8')
        .split('\n')
        .map((line, i) => ({ where: `${folder}${file}:${i + 1}`, line })),
    ),
  );
  it('reads the browser code', () => expect(lines.length).toBeGreaterThan(1000));
  it('finds none', () => {
    const code = (line: string) => !/^\s*(\/\/|\*|\/\*)/.test(line) && !/throw new Error|problems\.push/.test(line);
    const found = lines.filter(({ line }) => code(line) && TYPED.test(line)).map(({ where, line }) => `${where}: ${line.trim()}`);
    expect(found, found.join('\n')).toEqual([]);
  });
});
