import { describe, expect, it } from 'vitest';
import { buildPinyinMap } from '@/search/build/build-pinyin-map';
import { buildT2sMap } from '@/search/build/build-t2s-map';
import { loadLexicon } from '@/search/build/load-lexicon';
import { createCorrector } from '@/search/shared/correct-query';
import { ANSWER_COVERAGE, findUnknownNames, measureCoverage } from '@/search/shared/judge-answer';
import { findGlossaryEntry, readGlossaryDefinition } from '@/search/shared/land-on-glossary-entry';
import { pickQuestion, QUESTION_SEPARATOR } from '@/search/shared/pick-question';
import { runSearch, type PagefindLike } from '@/search/shared/run-search';
import { QUESTION_MATCH_MIN_WORDS, RANKING_WEIGHTS, scoreCandidate } from '@/search/shared/score-candidate';
import { collapseYesNoQuestions, createSegmenter } from '@/search/shared/segmenter';

const lexicon = loadLexicon('content');
lexicon.t2s = buildT2sMap('征信债务催收');
const seg = createSegmenter(lexicon);
const corrector = createCorrector(lexicon.words.map(seg.normalize), buildPinyinMap(lexicon.words.join('')));

describe('pinyin correction against the domain lexicon', () => {
  it.each([
    ['征心多久消除', '征信多久消除'],
    ['逾其会怎么样', '逾期会怎么样'],
    ['支付另', '支付令'],
    ['宽线期', '宽限期'],
    ['崔收电话', '催收电话'],
  ])('corrects the homophone typo in %s', (typed, meant) => {
    expect(corrector.correct(typed)).toBe(meant);
  });

  it.each(['上门催收', '公司座机', '征信多久消除', '收到短信说要起诉我是真的吗', 'M3了会上门吗', '股票亏了怎么办'])(
    'leaves %s alone: its words are real words',
    (query) => {
      expect(corrector.correct(query)).toBeNull();
    },
  );

  it('does not tear apart a word ICU knows (公司了 is not 公死了)', () => {
    expect(corrector.correct('债转给别的公司了找谁还')).toBeNull();
  });

  it('lists every reading of a heteronym', () => {
    const map = buildPinyinMap('还');
    expect(map.hai).toContain('还');
    expect(map.huan).toContain('还');
  });
});

describe('question scaffolding and content words', () => {
  it('drops scaffolding from the query but keeps numbers with their units', () => {
    const tokens = seg.queryTokens('逾期90天了会不会上征信');
    expect(tokens).toEqual(expect.arrayContaining(['逾期', '90天', '征信']));
    expect(tokens).not.toContain('会不会');
    expect(tokens).not.toContain('了');
  });

  it('weighs domain words above other words when judging a page', () => {
    const tokens = seg.queryTokens('征信 股票');
    expect(measureCoverage(tokens, '征信报告', seg)).toBeGreaterThanOrEqual(ANSWER_COVERAGE);
    expect(measureCoverage(tokens, '股票', seg)).toBeLessThan(ANSWER_COVERAGE);
  });

  it('picks the reader question that shares the query words', () => {
    const questions = ['美团月付逾期会怎么样', '美团借钱是哪家公司放款'];
    expect(pickQuestion(questions, seg.queryTokens('美团 放款'), seg)).toBe('美团借钱是哪家公司放款');
    expect(pickQuestion(questions, seg.queryTokens('支付令'), seg)).toBeNull();
  });
});

describe('glossary hits land on the entry', () => {
  const glossary = [
    { id: 'zhifuling', term: '支付令', aliases: [] },
    { id: 'waifang', term: '外访', aliases: ['上门催收'] },
  ];
  it('finds the entry by term or alias', () => {
    expect(findGlossaryEntry(seg.queryTokens('支付令是什么意思'), glossary, seg)?.id).toBe('zhifuling');
    expect(findGlossaryEntry(seg.queryTokens('上门催收'), glossary, seg)?.id).toBe('waifang');
    expect(findGlossaryEntry(seg.queryTokens('征信'), glossary, seg)).toBeNull();
  });

  it('reads the definition from the section between two anchors', () => {
    const content = `支付令 . 法院 根据 债权人 的 申请 发出 的 督促 还款 文书 。 外访 . 也叫 ： 上门催收 。 上门 拜访 。`;
    const fragment = {
      content,
      anchors: [
        { id: 'zhifuling-term', location: 0 },
        { id: 'waifang-term', location: 13 },
      ],
    };
    expect(readGlossaryDefinition(fragment, glossary[0]!)).toBe('法院根据债权人的申请发出的督促还款文书。');
    expect(readGlossaryDefinition(fragment, glossary[1]!)).toBe('上门拜访。');
    expect(readGlossaryDefinition({ content }, glossary[0]!)).toBeNull();
  });
});

describe('runSearch: honest answers, corrections, glossary landing', () => {
  const pages: Record<string, { title: string; text: string; kind?: string }> = {
    '/articles/visit/': { title: '上门催收合法吗', text: '上门催收的时间规则。股票不在这里。' },
    '/glossary/': { title: '术语表', text: '支付令 法院发出的督促文书。', kind: '术语表' },
  };
  const wordsOf = (text: string) => seg.indexText(text).replace(/[⟦⟧]/g, '').split(' ');
  const fake: PagefindLike = {
    async search(term) {
      const terms = term.split(' ');
      return {
        results: Object.entries(pages)
          .filter(([, p]) => terms.every((t) => wordsOf(`${p.title} ${p.text}`).some((w) => w.startsWith(t))))
          .map(([url, p]) => ({
            id: url,
            score: 1,
            data: async () => ({
              url,
              content: seg.indexText(`${p.title}。${p.text}`),
              meta: { title: p.title, kind: p.kind ?? '文章' },
              anchors: p.kind ? [{ id: 'zhifuling-term', location: 2 }] : [],
            }),
          })),
      };
    },
  };

  it('says there is no article when the top page only mentions a word in passing', async () => {
    const r = await runSearch({ pagefind: fake, segmenter: seg, query: '股票' });
    expect(r.hits.length).toBeGreaterThan(0);
    expect(r.noArticle).toBe(true);
  });

  it('presents a page about the query as the answer', async () => {
    const r = await runSearch({ pagefind: fake, segmenter: seg, query: '上门催收' });
    expect(r.noArticle).toBe(false);
    expect(r.hits[0]!.url).toBe('/articles/visit/');
  });

  it('searches the corrected query and says so', async () => {
    const r = await runSearch({ pagefind: fake, segmenter: seg, query: '支付另', corrector, glossary: [{ id: 'zhifuling', term: '支付令', aliases: [] }] });
    expect(r.corrected).toBe('支付令');
    expect(r.hits[0]!.url).toBe('/glossary/#zhifuling');
  });
});

describe('lone characters of the query', () => {
  // Both pages hold 征信 and score the same; only the title of the second has 查.
  const pages: Record<string, string> = { '/articles/a/': '征信是什么', '/articles/b/': '征信怎么查' };
  const fake: PagefindLike = {
    async search(term) {
      return {
        results: Object.entries(pages)
          .filter(([, title]) => term.split(' ').every((t) => title.includes(t)))
          .map(([url, title]) => ({
            id: url,
            score: 1,
            data: async () => ({ url, content: seg.indexText(`${title}。征信的说明。`), meta: { title, kind: '文章' } }),
          })),
      };
    },
  };

  it('are not searched for, but rank the page whose title has them first', async () => {
    expect(seg.queryTokens('征信 查')).toEqual(['征信']);
    expect((await runSearch({ pagefind: fake, segmenter: seg, query: '征信' })).hits.map((h) => h.url)).toEqual(['/articles/a/', '/articles/b/']);
    expect((await runSearch({ pagefind: fake, segmenter: seg, query: '征信 查' })).hits.map((h) => h.url)).toEqual(['/articles/b/', '/articles/a/']);
  });
});

describe('runSearch: other forms of a number, templates asked for, more results', () => {
  const pages: Record<string, { title: string; text: string; kind: string }> = {
    '/articles/limit/': { title: '诉讼时效', text: '欠款超过三年，债权人起诉时你可以提出时效抗辩。', kind: '文章' },
    '/articles/details/': { title: '欠款明细', text: '可以向银行要欠款明细，本金和利息分开列。', kind: '文章' },
    '/articles/bank/': { title: '银行催收', text: '银行催收时，欠款明细和本金要对得上。', kind: '文章' },
    '/templates/details/': { title: '索要欠款明细的函', text: '请列出欠款明细：本金、利息、费用。', kind: '文书模板' },
  };
  const wordsOf = (text: string) => seg.indexText(text).replace(/[⟦⟧]/g, '').split(' ');
  const fake: PagefindLike = {
    async search(term, options) {
      const terms = term.split(' ');
      return {
        results: Object.entries(pages)
          .filter(([, p]) => !options?.filters?.kind || p.kind === options.filters.kind)
          .filter(([, p]) => terms.every((t) => wordsOf(`${p.title} ${p.text}`).includes(t)))
          .map(([url, p]) => ({
            id: url,
            score: 1,
            data: async () => ({ url, content: seg.indexText(`${p.title}。${p.text}`), meta: { title: p.title, kind: p.kind } }),
          })),
      };
    },
  };

  it('finds 三年 for 3年 and keeps 15天 whole before the word ICU glued to it', async () => {
    expect((await runSearch({ pagefind: fake, segmenter: seg, query: '3年 起诉' })).hits[0]?.url).toBe('/articles/limit/');
    expect(seg.tokenize('支付令15天内异议')).toContain('15天');
    expect(seg.formsOf('15天')).toEqual(['15天', '十五天', '15日', '十五日']);
  });

  it('puts the template first when the query asks for one, even if it lacks one of the words', async () => {
    const kindHints = { 文书模板: ['怎么写'] };
    // The template lacks 银行: without 怎么写 it follows the two articles that hold every word.
    const plain = await runSearch({ pagefind: fake, segmenter: seg, query: '银行 欠款明细 本金', kindHints });
    expect(plain.hits.map((h) => h.url).indexOf('/templates/details/')).toBe(2);
    const asked = await runSearch({ pagefind: fake, segmenter: seg, query: '银行 欠款明细 本金 怎么写', kindHints });
    expect(asked.hits[0]?.url).toBe('/templates/details/');
  });

  it('says when more pages matched than were shown', async () => {
    expect((await runSearch({ pagefind: fake, segmenter: seg, query: '欠款明细', limit: 1 })).more).toBe(true);
    expect((await runSearch({ pagefind: fake, segmenter: seg, query: '欠款明细', limit: 6 })).more).toBe(false);
  });
});

describe('numbers with units', () => {
  it.each([
    ['逾期3年了', '3年'],
    ['九十天', '九十天'],
    ['3个月', '3个月'],
    ['晚上10点', '10点'],
  ])('keeps the number and its unit together in %s', (query, word) => {
    expect(seg.queryTokens(query)).toContain(word);
  });

  it('finds a page that writes the number the other way', () => {
    expect(seg.formsOf('3年')).toEqual(['3年', '三年']);
    expect(seg.formsOf('九十天')).toEqual(['九十天', '90天', '90日', '九十日']);
    expect(seg.formsOf('2年')).toEqual(['2年', '两年', '二年']);
    expect(seg.formsOf('一点')).toEqual(['一点']);
    expect(measureCoverage(seg.queryTokens('3年'), '诉讼时效三年怎么算', seg)).toBe(1);
  });
});

describe('names the site does not cover', () => {
  const pagesSay = (text: string) => (s: string) => text.includes(s);
  const site = '催收电话一天能打几次。分期还款逾期会怎样。法院寄来的文书。老公背着我借钱。公积金';
  it.each([
    ['拍拍贷催收电话', '拍拍'],
    ['分期乐逾期会怎样', '分期乐'],
    ['提额', '提额'],
    // A name before 是 or 吗 is still a name; before 来 or 着 the character is a verb (寄来, 背着).
    ['分期乐是哪家公司放的款', '分期乐'],
  ])('finds the unknown name in %s', (query, name) => {
    expect(findUnknownNames(query, seg, pagesSay(site))).toContain(name);
  });

  it.each(['法院寄来的信', '老公背着我借的钱', '被限高了还能坐高铁吗', '催收电话', '公积金', '谈好的分期又断了', '欠了好几家先还哪家'])(
    'finds none in %s: its words are on the pages or are verbs',
    (query) => {
      expect(findUnknownNames(query, seg, pagesSay(`${site} 限高 高铁 坐 信 借 钱 谈好的 好几家`))).toEqual([]);
    },
  );
});

describe('names the site does not cover: the context of a run', () => {
  const pagesSay = (text: string) => (s: string) => text.includes(s);
  it.each([
    // 员 ends 调解员, which the pages use; 逼 alone is no name.
    ['调解员逼我签字怎么办', '诉前调解 调解员 签字'],
    // 算 is the verb 算不算 asks about, not the end of a name 砍头息算.
    ['砍头息算不算违法', '砍头息 不算 违法'],
  ])('finds none in %s', (query, site) => {
    expect(findUnknownNames(query, seg, pagesSay(site))).toEqual([]);
  });
  it('finds the part of a run no page has (抖音 of 抖音月付), a Latin name (ETC), but no verb after a negation (要不要接)', () => {
    expect(findUnknownNames('抖音月付是哪家放款的', seg, pagesSay('美团月付 放款'))).toEqual(['抖音']);
    expect(findUnknownNames('逾期了ETC还能用吗', seg, pagesSay('逾期 还能 用'))).toEqual(['etc']);
    expect(findUnknownNames('诉前调解的电话要不要接', seg, pagesSay('诉前调解 电话 不要'))).toEqual([]);
  });
  it('still finds a name of single characters before another word (医保断缴影响什么)', () => {
    expect(findUnknownNames('医保断缴影响什么', seg, pagesSay('影响 医疗 保险'))).not.toEqual([]);
  });
});

describe("readers' own words", () => {
  it('takes 消金 for 消费金融 in every institution name, and 终本 for 终结本次执行', () => {
    expect(seg.queryTokens('杭银消金外包催收被罚')).toEqual(['杭银消金', '外包催收']);
    expect(seg.formsOf('杭银消金')).toEqual(['杭银消金', '杭银消费金融']);
    expect(seg.queryTokens('终本是什么意思')).toEqual(['终本']);
    expect(seg.formsOf('终本')).toContain('终结本次执行');
    // 打到 is how the call came, not what the reader asks about.
    expect(seg.queryTokens('催收打到我公司')).toEqual(['催收', '我公司']);
  });

  it('searches a reader word as typed and as the site word, in queries only', () => {
    // Typed: readers' questions in the index use it (骂我); the site word finds the pages that explain.
    expect(seg.queryTokens('催收说脏话')).toEqual(['催收', '说脏话']);
    expect(seg.formsOf('说脏话')).toEqual(['说脏话', '辱骂']);
    expect(seg.variantsOf('说脏话')).toContain('辱骂');
    expect(seg.queryTokens('骂人 辱骂')).toEqual(['辱骂']);
    expect(seg.indexText('说脏话')).not.toContain('辱骂');
  });

  it('finds the page that says the site word and the one whose reader question says the reader word', async () => {
    const pages: Record<string, string> = { '/articles/abuse/': '遇到辱骂怎么办', '/articles/questions/': '催收天天骂我怎么办' };
    const fake: PagefindLike = {
      async search(term) {
        const terms = term.split(' ');
        return {
          results: Object.entries(pages)
            .filter(([, text]) => terms.every((t) => seg.tokenize(text).includes(t)))
            .map(([url, text]) => ({ id: url, score: 1, data: async () => ({ url, content: seg.indexText(text), meta: { title: text, kind: '文章' } }) })),
        };
      },
    };
    const urls = (await runSearch({ pagefind: fake, segmenter: seg, query: '骂我' })).hits.map((h) => h.url).sort();
    expect(urls).toEqual(['/articles/abuse/', '/articles/questions/']);
  });

  it('searches a query of two reader words in the site words of both, and takes readers’ words for one site word as the same', async () => {
    expect(seg.variantsOf('先还哪家')).toEqual(expect.arrayContaining(['还款顺序', '先还哪个']));
    const pages: Record<string, string> = { '/articles/order/': '欠款 还款顺序', '/articles/death/': '欠的钱 去世' };
    const searched: string[] = [];
    const fake: PagefindLike = {
      async search(term) {
        searched.push(term);
        const terms = term.split(' ');
        return {
          results: Object.entries(pages)
            .filter(([, text]) => terms.every((t) => seg.tokenize(text).includes(t)))
            .map(([url, text]) => ({ id: url, score: 1, data: async () => ({ url, content: seg.indexText(text), meta: { title: text, kind: '文章' } }) })),
        };
      },
    };
    const r = await runSearch({ pagefind: fake, segmenter: seg, query: '欠的钱太多 先还哪家' });
    expect(searched).toContain('欠款 还款顺序');
    expect(r.hits[0]!.url).toBe('/articles/order/');
    expect(r.partial).toBe(false);
  });
});

describe('yes-no questions, letters glued to numbers, variant characters', () => {
  it('drops the X不X of a yes-no question and keeps the words around it', () => {
    expect(collapseYesNoQuestions('LPR4倍管不管网贷')).toBe('LPR4倍管网贷');
    expect(seg.queryTokens('LPR4倍管不管网贷')).toEqual(['lpr', '4倍', '网贷']);
    expect(seg.queryTokens('破产行不行')).toEqual(['破产']);
    // A negation that is not a yes-no question stays (不还 is the opposite of 还).
    expect(seg.queryTokens('不还会怎样')).toContain('不还');
  });

  it('splits letters from the number glued to them unless the whole is a domain word', () => {
    expect(seg.tokenize('iPhone15')).toEqual(['iphone', '15']);
    expect(seg.tokenize('逾期M3')).toEqual(['逾期', 'm3']);
    expect(seg.tokenize('LPR4倍')).toEqual(['lpr', '4倍']);
  });

  it('maps 帐 and 帳 to 账 where the site writes only 账', () => {
    expect(buildT2sMap('账户被冻结')).toMatchObject({ 帳: '账', 帐: '账' });
    expect(buildT2sMap('帐篷和账户')).not.toHaveProperty('帐');
  });

  it('does not take scaffolding split into single characters for a name the site lacks', () => {
    // ICU cuts 靠|谱 here; 靠谱 is in stopwords.txt.
    expect(
      seg
        .pieces('反催收组织靠谱吗')
        .filter((p) => p.word)
        .map((p) => p.norm),
    ).toContain('靠');
    expect(findUnknownNames('反催收组织靠谱吗', seg, (s) => '反催收组织'.includes(s))).toEqual([]);
  });
});

describe('runSearch: a page about the query before one that merely holds every word', () => {
  const pages: Record<string, { title: string; text: string; kind: string }> = {
    '/glossary/': { title: '术语表', text: '信用卡 透支 5万 判刑 诉讼时效 支付令 征信', kind: '术语表' },
    '/articles/overdraft/': { title: '信用卡恶意透支会判刑吗', text: '信用卡透支不还，经催收仍不还，可能构成犯罪。', kind: '文章' },
  };
  const fake: PagefindLike = {
    async search(term) {
      const terms = term.split(' ');
      return {
        results: Object.entries(pages)
          .filter(([, p]) => terms.every((t) => seg.tokenize(`${p.title} ${p.text}`).includes(t)))
          .map(([url, p]) => ({
            id: url,
            score: 1,
            data: async () => ({ url, content: seg.indexText(`${p.title}。${p.text}`), meta: { title: p.title, kind: p.kind } }),
          })),
      };
    },
  };

  it('ranks the article whose title answers the question above the glossary that has 5万 too', async () => {
    const r = await runSearch({ pagefind: fake, segmenter: seg, query: '信用卡透支5万会判刑吗' });
    expect(r.hits.map((h) => h.url)).toEqual(['/articles/overdraft/', '/glossary/']);
    expect(r.noArticle).toBe(false);
  });
});

describe('runSearch: a reader question that asks the same thing', () => {
  // Both pages hold every word, and both name them in their headings; only one has a question asking it.
  const pages = [
    { url: '/articles/a-scattered/', title: '催收的规矩', headings: ['催收', '天天打电话', '骂我怎么办'], questions: [] as string[] },
    { url: '/articles/b-asked/', title: '催收的规矩', headings: [], questions: ['催收天天骂我恐吓我怎么办'] },
  ];
  const fake: PagefindLike = {
    async search() {
      return {
        results: pages.map((p) => ({
          id: p.url,
          score: 1,
          data: async () => ({
            url: p.url,
            content: seg.indexText(`${p.title}。${p.headings.join('。')}。${p.questions.join('。')}`),
            meta: { title: p.title, kind: '文章', questions: p.questions.join(QUESTION_SEPARATOR) },
            sub_results: p.headings.map((h, i) => ({ url: `${p.url}#h${i}`, title: h })),
          }),
        })),
      };
    },
  };

  it('explains its ranking faithfully: the candidates, scored again, come in the order shown', async () => {
    const r = await runSearch({ pagefind: fake, segmenter: seg, query: '催收天天骂我', explain: true });
    const again = [...(r.candidates ?? [])].sort(
      (a, b) => scoreCandidate(b.features, RANKING_WEIGHTS) - scoreCandidate(a.features, RANKING_WEIGHTS) || a.order - b.order,
    );
    expect(again.map((c) => c.url)).toEqual(r.hits.map((h) => h.url));
    expect(r.candidates?.[0]?.features.question).toBe(1);
    // Without the question weight the order is Pagefind's (ties by URL).
    const without = [...(r.candidates ?? [])].sort(
      (a, b) =>
        scoreCandidate(b.features, { ...RANKING_WEIGHTS, question: 0 }) - scoreCandidate(a.features, { ...RANKING_WEIGHTS, question: 0 }) || a.order - b.order,
    );
    expect(without[0]?.url).toBe('/articles/a-scattered/');
    expect((await runSearch({ pagefind: fake, segmenter: seg, query: '催收天天骂我' })).candidates).toBeUndefined();
  });

  it('ranks the page whose one question holds the whole query first, for a whole question only', async () => {
    const question = await runSearch({ pagefind: fake, segmenter: seg, query: '催收天天骂我' });
    expect(question.tokens.length).toBeGreaterThanOrEqual(QUESTION_MATCH_MIN_WORDS);
    expect(question.hits[0]?.url).toBe('/articles/b-asked/');
    expect(question.hits[0]?.question).toBe('催收天天骂我恐吓我怎么办');
    // One word is in many pages' questions: Pagefind's order stands.
    expect((await runSearch({ pagefind: fake, segmenter: seg, query: '催收' })).hits[0]?.url).toBe('/articles/a-scattered/');
  });
});

describe('runSearch: earlier searches do not change a result', () => {
  // Pagefind's way: a search loads the index chunk whose range holds the word, then matches every
  // loaded word that starts with it. 逾期罚息 sorts into the next chunk, loaded only by a search for it.
  const chunks = [
    { to: '逾期', words: { 逾期: ['/articles/a/'] } as Record<string, string[]> },
    { to: '\u{10FFFF}\u{10FFFF}', words: { 逾期罚息: ['/articles/b/'] } as Record<string, string[]> },
  ];
  const makeFake = (): PagefindLike => {
    const loaded = new Set<number>();
    // Each chunk holds the words up to its `to`, after the previous chunk's.
    const load = (word: string) => loaded.add(chunks.findIndex((c) => word <= c.to));
    return {
      async preload(term) {
        for (const w of term.split(' ')) load(w);
      },
      async search(term) {
        const words = term.split(' ');
        for (const w of words) load(w);
        const pages = new Set<string>();
        for (const i of loaded)
          for (const [word, urls] of Object.entries(chunks[i]!.words)) if (words.some((w) => word.startsWith(w))) for (const u of urls) pages.add(u);
        return {
          results: [...pages].map((url) => ({ id: url, score: 1, data: async () => ({ url, content: seg.indexText('逾期罚息'), meta: { title: url } }) })),
        };
      },
    };
  };

  it('finds the same pages for 逾期 whether or not 逾期罚息 was searched first', async () => {
    const fresh = await runSearch({ pagefind: makeFake(), segmenter: seg, query: '逾期' });
    const warm = makeFake();
    await runSearch({ pagefind: warm, segmenter: seg, query: '逾期罚息' });
    const after = await runSearch({ pagefind: warm, segmenter: seg, query: '逾期' });
    expect(fresh.hits.map((h) => h.url).sort()).toEqual(['/articles/a/', '/articles/b/']);
    expect(after.hits.map((h) => h.url).sort()).toEqual(fresh.hits.map((h) => h.url).sort());
  });
});
