import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useBuildCases } from '../helpers/build-case';

/**
 * Sources that know their version: a page citing a text whose replacement is already in force,
 * or a source that does not say which text was checked, must fail the build with a message an
 * author can act on. Same method as content-failures.test.ts: copy content/, break one thing,
 * run the real Astro CLI against the copy (KB_CONTENT_DIR).
 */
const { contentCopy, run, edit } = useBuildCases('source-version-cases');

describe('a citation of a replaced text fails the build', () => {
  it('names the article file and the citation, and the process file, with the replacement in force', () => {
    const dir = contentCopy();
    // The 2012 治安管理处罚法 was replaced by the 2025 revision from 2026-01-01 — before any build date from now on.
    edit(join(dir, 'articles/home-visit-rules.md'), (t) => t.replace('[@public-security-penalties-law-2025 第47条]', '[@public-security-law-2012 第40条]'));
    edit(join(dir, 'processes/consumer-loan.yaml'), (t) =>
      t.replace('criminal-law, public-security-penalties-law-2025]', 'criminal-law, public-security-law-2012]'),
    );
    const { status, output } = run('build', dir);
    expect(status).not.toBe(0);
    expect(output).toContain('引用了已被替代的文本');
    expect(output).toContain(
      'content/articles/home-visit-rules.md：[@public-security-law-2012 第40条] 引用的文本已被 public-security-penalties-law-2025（2026-01-01起施行）替代',
    );
    expect(output).toContain('content/processes/consumer-loan.yaml：sources 里的 public-security-law-2012');
  });

  it('a replacement that is not yet in force does not fail the build, and a long-unchecked source is listed', () => {
    const dir = contentCopy();
    // Make the 2025 text of 仲裁法 "replaced" by a future text: citing it must still be fine.
    edit(join(dir, 'sources.yaml'), (t) =>
      t
        .replace(/(- id: arbitration-law-2025\n(?:.*\n)*? {2}status: 现行\n)/, '$1  replacedBy: arbitration-law-2099\n')
        .replace(/(- id: standardization-law\n(?:.*\n)*? {4}on: )2026-12-01/, '$12020-01-01')
        .concat(
          '\n- id: arbitration-law-2099\n  short: 仲裁法（未来文本）\n  title: 测试用的未来仲裁法\n  issuer: 测试\n  date: 2099-01-01\n  effective: 2099-06-01\n  binding: 法律\n  confidence: A\n  checked:\n    on: 2026-12-01\n    text: 测试用的文本@0000000:none.md\n  status: 尚未施行\n',
        ),
    );
    // The future text must be cited somewhere, like every source.
    edit(join(dir, 'articles/lawsuit-arbitration-payment-order.mdx'), (t) => `${t}\n\n测试用的句子[@arbitration-law-2099]。\n`);
    const { status, output, outDir } = run('build', dir);
    expect(status, output.slice(-3000)).toBe(0);
    expect(output).toContain('超过 6 个月没有重新核对的依据');
    expect(output).toContain('standardization-law（最近核对 2020-01-01）');
    // Not yet in force, so it is not listed as an update.
    expect(readFileSync(join(outDir, 'updates/index.html'), 'utf8')).not.toContain('测试用的未来仲裁法');
    expect(existsSync(join(outDir, 'updates/rss.xml'))).toBe(true);
  });
});

describe('a source that does not say which text was checked fails the build', () => {
  it('names the source and the missing field in Chinese', () => {
    const dir = contentCopy();
    edit(join(dir, 'sources.yaml'), (t) => t.replace(/(- id: pipl\n(?:.*\n)*?) {2}checked:\n {4}on: .*\n {4}text: .*\n/, '$1'));
    const { status, output } = run('sync', dir);
    expect(status).not.toBe(0);
    expect(output).toContain('sources → pipl');
    expect(output).toContain('checked 必填');
  });

  it('a replaced source must name what replaces it, and the replacement must exist', () => {
    const dir = contentCopy();
    edit(join(dir, 'sources.yaml'), (t) => t.replace('  replacedBy: arbitration-law-2025\n', '  replacedBy: arbitration-law-2031\n'));
    const { status, output } = run('build', dir);
    expect(status).not.toBe(0);
    expect(output).toContain('依据 arbitration-law 的 replacedBy“arbitration-law-2031”不是已知的依据 id');
  });
});
