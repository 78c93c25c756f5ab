import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { todayInShanghai } from '@/calculator/shanghai-date';
import { sourceSchema, type Source } from '@/schemas/source';
import { DIST, listPages } from '../helpers/dist';
import { loadProcesses } from '../helpers/load-processes';

/** What a reader sees: no page leans on a replaced text; 规则更新 and its feed say what changed and when. */
const sources: Source[] = (yaml.load(readFileSync('content/sources.yaml', 'utf8'), { schema: yaml.CORE_SCHEMA }) as unknown[]).map((s) =>
  sourceSchema.parse(s),
);
const byId = new Map(sources.map((s) => [s.id, s]));
const today = todayInShanghai();
const replacedNow = sources.filter((s) => {
  const r = s.replacedBy && byId.get(s.replacedBy);
  return r && (r.effective ?? r.date ?? '9999') <= today;
});
const pages = listPages();
const text = (html: string) =>
  html
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&');

describe('no built page cites a replaced text', () => {
  it('knows which texts are replaced (the test data is real)', () => {
    expect(replacedNow.map((s) => s.id)).toEqual(
      expect.arrayContaining(['public-security-law-2012', 'arbitration-law', 'enforcement-high-consumption-2010', 'dishonest-debtor-list-2013']),
    );
  });

  it('only 依据总表 and 规则更新 link to a replaced text', () => {
    const offenders: string[] = [];
    for (const page of pages) {
      if (page.path === '/sources/' || page.path === '/updates/') continue;
      for (const s of replacedNow) if (page.html.includes(`href="/sources/#${s.id}"`)) offenders.push(`${page.path} → ${s.id}`);
    }
    expect(offenders).toEqual([]);
  });

  it('no page tells readers that the site has not checked the new numbering', () => {
    const stale = pages.filter((p) => /新序号可能不同|本站尚未核对新文本|条文序号按2012年文本|按2017年修正文本/.test(text(p.html))).map((p) => p.path);
    expect(stale).toEqual([]);
  });

  it('依据总表 shows, for every source, the text checked and whether it is in force', () => {
    const html = readFileSync(join(DIST, 'sources/index.html'), 'utf8');
    const page = text(html);
    expect(page).toContain('Theonefkguy/Chinese-Laws@3a31ab4838460e842e4aca89c072a359b9df7137:行政法/治安管理处罚法(2025-06-27).md');
    expect((page.match(/核对：/g) ?? []).length).toBe(sources.length);
    expect(html).toMatch(/id="public-security-law-2012"[\s\S]*?已被替代[\s\S]*?href="\/sources\/#public-security-penalties-law-2025"/);
  });
});

describe('规则更新', () => {
  const html = readFileSync(join(DIST, 'updates/index.html'), 'utf8');
  const page = text(html);

  it('lists the changes in force, newest first, with the date each applies from', () => {
    const order = [
      '仲裁法：2026年3月1日起施行',
      '治安管理处罚法：2026年1月1日起施行',
      '失信被执行人名单规定：2017年5月1日起施行',
      '限制消费规定：2015年7月22日起施行',
    ];
    const positions = order.map((h) => page.indexOf(h));
    expect(
      positions.every((p) => p >= 0),
      positions.join(),
    ).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('says what changed and which articles it touched, with the articles (条) now cited', () => {
    const arbitration = page.slice(page.indexOf('仲裁法：2026年3月1日起施行'), page.indexOf('治安管理处罚法：2026年1月1日起施行'));
    expect(arbitration).toContain('首次开庭前');
    expect(arbitration).toMatch(/收到诉讼、仲裁、支付令怎么办（[^）]*第27条[^）]*第31条/);
    expect(html).toMatch(/id="public-security-penalties-law-2025"[\s\S]*?href="\/articles\/abusive-collection-response\/"[\s\S]*?第90条/);
  });

  it('has its own RSS feed, one item per change, linking back to the entry', () => {
    const feed = readFileSync(join(DIST, 'updates/rss.xml'), 'utf8');
    const links = [...feed.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map((m) => new URL(m[1]!).pathname + new URL(m[1]!).hash);
    expect(links).toEqual([
      '/updates/#arbitration-law-2025',
      '/updates/#public-security-penalties-law-2025',
      '/updates/#spc-dishonest-list-2017',
      '/updates/#spc-consumption-restriction-2015',
    ]);
    expect(feed).toContain('<pubDate>Sat, 28 Feb 2026 16:00:00 GMT</pubDate>');
    expect(html).toContain('href="/updates/rss.xml"');
  });

  it('is linked from the footer of every page', () => {
    const missing = pages.filter((p) => !/<footer[\s\S]*href="\/updates\/"[\s\S]*<\/footer>/.test(p.html)).map((p) => p.path);
    expect(missing).toEqual([]);
  });
});

describe('修订记录 on articles', () => {
  it('every article updated in this review says what the update changed, below its review date', () => {
    const html = readFileSync(join(DIST, 'articles/lawsuit-arbitration-payment-order/index.html'), 'utf8');
    const head = html.slice(html.indexOf('最近核对'), html.indexOf('简短回答'));
    expect(head).toContain('修订记录');
    expect(text(head)).toMatch(/2026年12月1日：仲裁部分按2026年3月1日施行的仲裁法重写/);
    expect(text(head)).toContain('2026年11月29日：首次发布。');
  });

  it('an article whose review date moved has a change entry for that date', () => {
    for (const page of pages.filter((p) => p.path.startsWith('/articles/') && p.path !== '/articles/')) {
      const reviewed = /最近核对：<time datetime="([\d-]+)"/.exec(page.html)?.[1];
      const published = /首次发布：<time datetime="([\d-]+)"/.exec(page.html)?.[1];
      if (!reviewed || reviewed === published) continue;
      expect(page.html, page.path).toMatch(new RegExp(`修订记录[\\s\\S]*?<time datetime="${reviewed}">`));
    }
  });
});

describe('calculator data after the corrections', () => {
  const processes = loadProcesses();
  const allSources = (p: (typeof processes)[number]) =>
    [
      p.baseRules,
      p.notes,
      [...p.stages, p.grace.stage].flatMap((s) => [...s.mayHappen, ...s.mayNot, ...s.youCan, { sources: [...s.sources, ...s.creditSources] }]),
    ]
      .flat()
      .flatMap((x) => x.sources);

  it('cites no replaced text', () => {
    for (const p of processes)
      expect(
        allSources(p).filter((id) => replacedNow.some((s) => s.id === id)),
        p.id,
      ).toEqual([]);
  });

  it('labels the grace period as industry practice and no longer cites the credit-reporting regulation for it', () => {
    for (const p of processes) {
      expect(`${p.grace.stage.summary}${p.grace.stage.credit}`, p.id).toMatch(/行业常见做法/);
      expect(`${p.grace.stage.summary}${p.grace.stage.credit}`, p.id).toMatch(/不是法规规定/);
      expect(p.grace.stage.sources, p.id).not.toContain('credit-reporting-regulation');
    }
  });

  it('keeps the 6-call rule as the guideline’s soft wording, without the unverified proviso', () => {
    for (const p of processes) {
      const caps = p.baseRules.find((r) => r.id === 'call-caps')!;
      expect(caps.text, p.id).toContain('不宜超过6次');
      expect(caps.text, p.id).not.toMatch(/最多拨打6次|另有约定的除外/);
      expect(caps.text, p.id).toMatch(/据媒体转述/);
    }
  });

  it('does not promise card holders a copy of the collection recording', () => {
    const card = processes.find((p) => p.id === 'credit-card')!;
    const recording = card.baseRules.find((r) => r.id === 'recording')!;
    expect(recording.text).not.toMatch(/可以要求银行调取/);
    expect(recording.text).toContain('保存2年');
  });

  it('the built calculator page carries the corrected wording', () => {
    const file = join(DIST, 'tools/where-am-i/index.html');
    expect(existsSync(file)).toBe(true);
    const page = readFileSync(file, 'utf8');
    expect(page).toContain('不宜超过6次');
    expect(page).not.toContain('最多拨打6次');
  });
});
