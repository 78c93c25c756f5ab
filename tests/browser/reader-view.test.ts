/**
 * What a reader on a phone sees: the answer's position on first paint, links that look like
 * links, tap-target and text sizes, bullets in the answer's lists, the crisis pointer, the
 * letter's lines in copied text, the calendar's alarms, and printed page counts.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readArticles } from '@/content-files';
import { openPage, url, useBrowser } from '../helpers/browser';
import { waitForQuery } from '../helpers/search';

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const NOW = new Date('2026-12-01T04:00:00Z');
const browser = useBrowser();

async function open(path: string, options: Parameters<typeof openPage>[1] = {}): Promise<Page> {
  const { page } = await openPage(browser(), { ...PHONE, ...options });
  await page.clock.setFixedTime(NOW);
  await page.goto(url(path));
  return page;
}
const headline = (page: Page) => page.locator('[data-stage-result] [data-slot="stage"]');

/** Pages of each type a reader reaches. */
const PAGE_TYPES = [
  '/',
  '/articles/haier-consumer-finance-collection/',
  '/tools/where-am-i/?days=45',
  '/glossary/',
  '/templates/negotiation-request/',
  '/404.html',
  '/category/action/',
];

describe('the calculator answers first', () => {
  it('a shared ?days=45 link shows the plain-words headline on the first phone screen', async () => {
    const page = await open('/tools/where-am-i/?days=45');
    await expect.poll(() => headline(page).textContent()).toBe('逾期第45天：催收升级阶段（业内叫M2）');
    const box = (await headline(page).boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(844);
    // The form is folded into “修改条件”; the duplicate heading is gone.
    expect(await page.getByLabel('逾期天数').isVisible()).toBe(false);
    expect(await page.getByRole('heading', { name: '我的逾期到了哪一步' }).count()).toBe(1);
  });

  it('moves focus to the answer after submitting', async () => {
    const page = await open('/tools/where-am-i/');
    await page.getByLabel('逾期天数').fill('15');
    await page.getByRole('button', { name: '看看我在哪一步' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-slot'))).toBe('stage');
  });

  it('“你现在可以” and “这一阶段催收方不得” are bulleted lists', async () => {
    const page = await open('/tools/where-am-i/?days=45');
    await expect.poll(() => headline(page).count()).toBe(1);
    for (const slot of ['youCan', 'mayNot']) {
      const styles = await page
        .locator(`[data-stage-result] [data-slot="${slot}"] li`)
        .evaluateAll((lis) => lis.map((li) => getComputedStyle(li).listStyleType));
      expect(styles.length, slot).toBeGreaterThan(0);
      expect(new Set(styles), slot).toEqual(new Set(['disc']));
    }
  });

  it('answers the amount the reader entered, met or not', async () => {
    const page = await open('/tools/where-am-i/?days=100&process=credit-card');
    await expect.poll(() => headline(page).count()).toBe(1);
    for (const [amount, expected] of [
      ['60000', '你填的金额已达到5万元这一条'],
      ['3000', '你填的金额没有达到5万元这一条'],
    ] as const) {
      await page.getByText('修改条件').click();
      await page.locator('.stage-form details').evaluate((d) => {
        (d as HTMLDetailsElement).open = true;
      });
      await page.getByLabel('欠款金额（元）').fill(amount);
      await page.getByRole('button', { name: '看看我在哪一步' }).click();
      await expect.poll(() => page.locator('[data-stage-result]').textContent()).toContain(expected);
      expect(page.url()).not.toContain(amount);
    }
  });

  it('marks an invalid field visibly and shows an impossible date from a link in the field', async () => {
    const page = await open('/tools/where-am-i/?due=2026-02-30');
    const due = page.getByLabel('应还款日');
    await expect.poll(() => due.getAttribute('aria-invalid')).toBe('true');
    expect(await due.inputValue()).toBe('2026-02-30');
    const border = await due.evaluate((el) => getComputedStyle(el).borderTopColor);
    const plain = await page.getByLabel('逾期天数').evaluate((el) => getComputedStyle(el).borderTopColor);
    expect(border).not.toBe(plain);
  });

  it('copies the link (no Web Share on desktop)', async () => {
    const { page, context } = await openPage(browser());
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(url('/tools/where-am-i/?days=45'));
    await page.getByRole('button', { name: '复制链接' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('/tools/where-am-i/?days=45');
  });

  it('the .ics reminds three days before and on the day', async () => {
    const page = await open('/tools/where-am-i/?days=15');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载日历提醒（.ics）' }).click()]);
    const ics = readFileSync((await download.path())!, 'utf8');
    const events = ics.split('BEGIN:VEVENT').slice(1);
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) {
      expect(event).toContain('BEGIN:VALARM');
      expect(event).toContain('TRIGGER:-P2DT15H');
      expect(event).toContain('TRIGGER:PT9H');
    }
  });
});

describe('links, tap targets and type on a phone', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`every link in the page body looks like a link (${theme})`, async () => {
      for (const path of PAGE_TYPES) {
        const page = await open(path, { colorScheme: theme });
        await page.evaluate((t) => {
          document.documentElement.dataset.theme = t;
        }, theme);
        const bad = await page.evaluate(() => {
          const out: string[] = [];
          for (const a of document.querySelectorAll<HTMLAnchorElement>('main a[href], footer a[href]')) {
            if (a.closest('.btn, .tag, .card') || a.classList.contains('btn') || a.classList.contains('tag')) continue;
            const rect = a.getBoundingClientRect();
            if (rect.width === 0 || !a.textContent?.trim()) continue;
            const style = getComputedStyle(a);
            const parent = getComputedStyle(a.parentElement!);
            const underlined = style.textDecorationLine.includes('underline');
            if (!underlined && style.color === parent.color) out.push(a.textContent.trim().slice(0, 20));
          }
          return out;
        });
        expect(bad, path).toEqual([]);
      }
    });
  }

  it('primary controls are at least 44 px tall, citation markers at least 24 × 24 px', async () => {
    for (const path of PAGE_TYPES) {
      const page = await open(path);
      const small = await page.evaluate(() => {
        const out: string[] = [];
        const visible = (el: Element) => (el as HTMLElement).offsetParent !== null;
        for (const el of document.querySelectorAll('button, .btn, input:not([type=hidden]), select, textarea, summary')) {
          if (!visible(el)) continue;
          const r = el.getBoundingClientRect();
          if (r.height < 44) out.push(`${el.tagName} “${el.textContent?.trim().slice(0, 12)}” ${Math.round(r.height)}px`);
        }
        for (const el of document.querySelectorAll('.cite a')) {
          const r = el.getBoundingClientRect();
          if (r.height < 24 || r.width < 24) out.push(`cite ${el.textContent} ${Math.round(r.width)}×${Math.round(r.height)}`);
        }
        return out;
      });
      expect(small, path).toEqual([]);
    }
  });

  it('a citation marker never starts a line: it stays with the word before it', async () => {
    for (const slug of ['haier-consumer-finance-collection', 'home-visit-rules', 'what-happens-after-overdue', 'abusive-collection-response']) {
      const page = await open(`/articles/${slug}/`);
      const orphans = await page.evaluate(() =>
        [...document.querySelectorAll('.prose sup.cite')].flatMap((sup) => {
          const before = sup.previousSibling;
          if (!before) return [];
          const range = document.createRange();
          range.selectNodeContents(before);
          const lines = range.getClientRects();
          const lastLine = lines[lines.length - 1];
          // The link's box: a line can break inside the <sup>, between the word joiner and the link.
          const marker = sup.querySelector('a')!.getBoundingClientRect();
          // A raised marker on the same line sits a few pixels higher; on the next line, a line lower.
          const drop = marker.top + marker.height / 2 - (lastLine?.top ?? 0) - (lastLine?.height ?? 0) / 2;
          return lastLine && drop > 14 ? [`${before.textContent?.slice(-8)} ${sup.textContent}`] : [];
        }),
      );
      expect(orphans, slug).toEqual([]);
    }
  });

  it('a citation marker leads to its source, the source leads back, and no marker repeats side by side', async () => {
    const page = await open('/articles/haier-consumer-finance-collection/');
    const text = (await page.locator('.prose').textContent()) ?? '';
    expect(text.match(/\[(\d+)\]\s*\[\1\]/g)).toBeNull();
    await page.locator('#cite-1 a').tap();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#source-1');
    await page.locator('#source-1').getByRole('link', { name: '↩ 回到正文引用处' }).first().tap();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#cite-1');
    // On screen: the jump may leave the marker's top a fraction of a pixel above the viewport.
    const marker = (await page.locator('#cite-1').boundingBox())!;
    const middle = marker.y + marker.height / 2;
    expect(middle).toBeGreaterThan(0);
    expect(middle).toBeLessThan(844);
  });

  it('no reading text is smaller than 14 px', async () => {
    for (const path of PAGE_TYPES) {
      const page = await open(path);
      const tiny = await page.evaluate(() => {
        const out: string[] = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const el = node.parentElement!;
          if (!node.textContent?.trim() || el.closest('script, style, template, .sr-only, [hidden]')) continue;
          if (el.getClientRects().length === 0) continue;
          const size = Number.parseFloat(getComputedStyle(el).fontSize);
          if (size < 14) out.push(`${size}px “${node.textContent.trim().slice(0, 15)}”`);
        }
        return out;
      });
      expect(tiny, path).toEqual([]);
    }
  });
});

describe('search on a phone', () => {
  it('excerpts show the page’s words, never its tag list; one reader question per card', async () => {
    const tagsByPath = new Map(readArticles().map((a) => [`/articles/${a.id}/`, a.data.tags]));
    for (const query of ['我欠了钱会不会坐牢', '上门催收', '信用卡']) {
      const page = await open(`/search/?q=${encodeURIComponent(query)}`);
      await waitForQuery(page, query);
      const cards = await page.$$eval('[data-search-results] li', (lis) =>
        lis.map((li) => ({
          href: li.querySelector('a[data-result]')?.getAttribute('href') ?? '',
          excerpt: li.querySelector('[data-slot="excerpt"]')?.textContent ?? '',
          question: li.querySelector('[data-slot="question"]')?.textContent ?? '',
        })),
      );
      expect(cards.length, query).toBeGreaterThan(2);
      for (const card of cards) {
        const tags = tagsByPath.get(card.href) ?? [];
        if (tags.length >= 2) expect(card.excerpt, card.href).not.toContain(`${tags[0]}，${tags[1]}`);
        // “读者常问：” carries one question, not the page's whole list run together.
        expect(card.question.length, card.href).toBeLessThan(40);
      }
    }
  });

  it('shows the no-result help on the first screen, and every filter has a visible label', async () => {
    const page = await open('/search/?q=zzqqxxyy');
    const empty = page.locator('[data-search-empty]');
    await expect.poll(() => empty.isVisible()).toBe(true);
    const box = (await empty.boundingBox())!;
    expect(box.y).toBeLessThan(844);
    for (const [name, label] of [
      ['category', '分类'],
      ['process', '还款类型'],
      ['tag', '标签'],
    ]) {
      const field = page.locator(`form[data-search-page] [name="${name}"]`);
      expect(await field.isVisible(), name).toBe(true);
      expect(await field.evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent?.trim() ?? ''), name).toMatch(new RegExp(`^${label}`));
    }
    expect(await page.locator('form[data-search-page] [name="tag"]').getAttribute('aria-describedby')).toBe('search-tag-hint');
  });
});

describe('home page cards', () => {
  it('a tap on an article card’s summary opens the article; no card repeats a review date', async () => {
    const page = await open('/');
    const card = page.locator('article.card:visible').first();
    const href = await card.locator('a').getAttribute('href');
    expect(await page.locator('main').textContent()).not.toContain('最近核对');
    // Tap the summary text, below the title link.
    const summary = card.locator('p');
    await summary.scrollIntoViewIfNeeded();
    const box = (await summary.boundingBox())!;
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForURL((u) => u.pathname === href);
  });
});

describe('tables on a phone', () => {
  /** WCAG contrast of two CSS colours (any syntax: drawn on a canvas to read sRGB). */
  const contrastOf = (page: Page, selector: string) =>
    page.evaluate((sel) => {
      const cell = document.querySelector(sel)!;
      const rgb = (color: string) => {
        const ctx = document.createElement('canvas').getContext('2d')!;
        ctx.fillStyle = color;
        ctx.fillRect(0, 0, 1, 1);
        return [...ctx.getImageData(0, 0, 1, 1).data.slice(0, 3)];
      };
      const lum = (c: number[]) => {
        const [r, g, b] = c.map((v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const label = lum(rgb(getComputedStyle(cell, '::before').color));
      const page = lum(rgb(getComputedStyle(document.body).backgroundColor));
      return (Math.max(label, page) + 0.05) / (Math.min(label, page) + 0.05);
    }, selector);

  for (const theme of ['light', 'dark'] as const) {
    it(`rows become cards whose cells line up and whose column labels are readable (${theme})`, async () => {
      const page = await open('/articles/haier-consumer-finance-collection/', { colorScheme: theme });
      const cells = page.locator('.prose table[data-stack] tbody tr').first().locator('td');
      const lefts = await cells.evaluateAll((tds) =>
        tds.map((td) => Math.round(td.getBoundingClientRect().left + Number.parseFloat(getComputedStyle(td).paddingLeft))),
      );
      expect(lefts.length).toBeGreaterThan(1);
      expect(new Set(lefts).size, `cell text starts at ${lefts.join(', ')}`).toBe(1);
      expect(await contrastOf(page, '.prose table[data-stack] tbody td[data-label]')).toBeGreaterThanOrEqual(4.5);
    });
  }

  it('the home-visit 可以做 / 不能做 are two lists, not a table pairing unrelated rows', async () => {
    const page = await open('/articles/home-visit-rules/');
    const upToNextHeading = await page.evaluate(() => {
      const heading = [...document.querySelectorAll('.prose h2')].find((h) => h.textContent?.includes('上门时可以做什么'))!;
      const out: { tag: string; text: string; items: number }[] = [];
      for (let el = heading.nextElementSibling; el && el.tagName !== 'H2'; el = el.nextElementSibling)
        out.push({ tag: el.tagName, text: el.textContent?.trim().slice(0, 6) ?? '', items: el.querySelectorAll('li').length });
      return out;
    });
    expect(upToNextHeading.map((b) => b.tag)).not.toContain('TABLE');
    const listAfter = (label: string) => upToNextHeading[upToNextHeading.findIndex((b) => b.text.startsWith(label)) + 1];
    expect(listAfter('可以做')).toMatchObject({ tag: 'UL', items: 3 });
    expect(listAfter('不能做')).toMatchObject({ tag: 'UL', items: 8 });
  });
});

describe('article contents', () => {
  it('is folded on a phone and highlights the section being read on a desktop', async () => {
    const phone = await open('/articles/haier-consumer-finance-collection/');
    expect(await phone.locator('.toc-details li a').first().isVisible()).toBe(false);
    const { page } = await openPage(browser(), { viewport: { width: 1280, height: 800 } });
    await page.goto(url('/articles/haier-consumer-finance-collection/'));
    const last = page.locator('.toc-details li a').nth(2);
    expect(await last.isVisible()).toBe(true);
    const id = decodeURIComponent((await last.getAttribute('href'))!.slice(1));
    // The contents start right under the tags, not after an empty gap beside the title block.
    const tags = (await page.getByRole('list', { name: '标签' }).boundingBox())!;
    const contents = (await page.locator('.ag-toc').boundingBox())!;
    expect(contents.y - (tags.y + tags.height)).toBeLessThan(48);
    await page.evaluate((target) => document.getElementById(target)!.scrollIntoView(), id);
    await expect.poll(() => last.getAttribute('aria-current')).toBe('location');
  });
});

describe('crisis help', () => {
  const crisisArticles = readArticles().filter((a) => a.data.crisis);

  it('content marks some articles crisis: true', () => {
    expect(crisisArticles.length).toBeGreaterThan(0);
  });

  it('every crisis article and the home page’s first screen point to 110 and 12356', async () => {
    for (const path of ['/', ...crisisArticles.map((a) => `/articles/${a.id}/`)]) {
      const page = await open(path);
      const help = page.locator('[data-crisis-help]');
      await expect(help.textContent(), path).resolves.toMatch(/110[\s\S]*12356/);
      if (path === '/') expect((await help.boundingBox())!.y).toBeLessThan(844);
    }
  });
});

describe('letters', () => {
  it('the copied letter keeps 此致 / 敬礼, signature, date and numbers on their own lines', async () => {
    const { page, context } = await openPage(browser());
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(url('/templates/agent-refund-demand/'));
    await page.getByLabel('你的姓名').fill('张三');
    await page.getByLabel('日期', { exact: true }).fill('2026-12-01');
    await page.getByRole('button', { name: '复制信件全文' }).click();
    const text = await page.evaluate(() => navigator.clipboard.readText());
    const lines = text.split('\n').map((l) => l.trim());
    expect(lines).toContain('2026年12月1日');
    expect(lines).toContain('通知人：张三');
    expect(lines.filter((l) => /^[123]\. /.test(l))).toHaveLength(3);
    await page.goto(url('/templates/negotiation-request/'));
    await page.getByRole('button', { name: '复制信件全文' }).click();
    const letter = (await page.evaluate(() => navigator.clipboard.readText())).split('\n').map((l) => l.trim());
    expect(letter).toContain('此致');
    expect(letter.some((l) => /^敬礼/.test(l))).toBe(true);
  });
});

describe('letters on a phone', () => {
  it('punctuation after a long blank stays on the blank’s line', async () => {
    const page = await open('/templates/agent-refund-demand/');
    const drops = await page.evaluate(() =>
      [...document.querySelectorAll('[data-template-letter] .blank')].flatMap((blank) => {
        const after = blank.nextSibling;
        if (after?.nodeType !== Node.TEXT_NODE || !/^[：，。；]/.test(after.textContent ?? '')) return [];
        const range = document.createRange();
        range.setStart(after, 0);
        range.setEnd(after, 1);
        const mark = range.getBoundingClientRect();
        const lines = blank.getClientRects();
        const last = lines[lines.length - 1];
        return mark.top >= last.bottom - 2 ? [`${blank.textContent?.slice(0, 8)}${after.textContent?.[0]}`] : [];
      }),
    );
    expect(drops).toEqual([]);
  });
});

describe('print', () => {
  const pdfPages = async (page: Page) => {
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  };

  it('the calculator result prints on one or two A4 pages, in dark theme too', async () => {
    const page = await open('/tools/where-am-i/?days=45', { colorScheme: 'dark' });
    await expect.poll(() => headline(page).count()).toBe(1);
    await page.evaluate(() => {
      document.documentElement.dataset.theme = 'dark';
      document.documentElement.dataset.printResult = '';
    });
    await page.emulateMedia({ media: 'print' });
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(255, 255, 255)');
    expect(await pdfPages(page)).toBeLessThanOrEqual(2);
  });

  it('an article prints without the calculator’s instructions when the widget has no answer to print', async () => {
    const page = await open('/articles/haier-consumer-finance-collection/');
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByText('输入你的逾期天数，看看自己在哪一步').isVisible()).toBe(false);
    expect(await page.getByText('填逾期天数或应还款日，就能看到').isVisible()).toBe(false);
    // The article's own text still prints.
    expect(await page.getByRole('heading', { name: '上门催收有什么规矩？你必须开门吗？' }).isVisible()).toBe(true);
  });

  it('a letter prints on one or two pages, without the page title', async () => {
    const page = await open('/templates/negotiation-request/');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('h1').isVisible()).toBe(false);
    expect(await pdfPages(page)).toBeLessThanOrEqual(2);
  });
});
