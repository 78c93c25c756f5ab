import { HtmlValidate } from 'html-validate';
import { expect, it } from 'vitest';
import { listPages } from '../helpers/dist';

// html-validate's recommended rules, minus three that only police style, not validity
// (Astro writes void elements as <meta ...> and boolean attributes as hidden=""), and
// with HTML5's id rule: any id without spaces, so 2025年… heading anchors are valid.
const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    'void-style': 'off',
    'attribute-boolean-style': 'off',
    'no-trailing-whitespace': 'off',
    'valid-id': ['error', { relaxed: true }],
  },
});

it('every built page is valid HTML', async () => {
  const failures: string[] = [];
  for (const page of listPages()) {
    const report = await validator.validateString(page.html, page.file);
    for (const result of report.results) {
      for (const m of result.messages) failures.push(`${page.path}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
    }
  }
  expect(failures, failures.slice(0, 40).join('\n')).toEqual([]);
});
