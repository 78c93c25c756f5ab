// Over 200 lines on purpose: the ranking is one pipeline (match → score → judge → excerpt) whose
// steps share the query's parsed state; the steps that stand alone already live in their own
// files (build-excerpt, judge-answer, correct-query, land-on-glossary-entry).
import type { GlossaryEntry } from '../../schemas/glossary.ts';
import { buildExcerpt, cleanIndexedText, type ExcerptPart } from './build-excerpt.ts';
import type { QueryCorrector } from './correct-query.ts';
import { coverageOfKey, findUnknownNames, saysNoArticle, tokenWeight } from './judge-answer.ts';
import { findGlossaryEntry, readGlossaryDefinition } from './land-on-glossary-entry.ts';
import { PAGE_KINDS } from './page-kinds.ts';
import { parseQuery } from './parse-query.ts';
import { findClosestQuestion, QUESTION_SEPARATOR, QUESTION_SHOWN_COVERAGE } from './pick-question.ts';
import { QUESTION_MATCH_MIN_WORDS, type RankingFeatures, rankCandidates } from './score-candidate.ts';
import { SEARCH_FIRST_RESULTS, SEARCH_MORE_RESULTS } from './search-limits.ts';
import type { Segmenter } from './segmenter.ts';

/** The slice of Pagefind's API this module uses (a fake in unit tests). */
export interface PagefindLike {
  search(term: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
  preload?(term: string, options?: { filters?: Record<string, string> }): Promise<void>;
}
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindFragment>;
}
export interface PagefindFragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  sub_results?: { url: string; title: string; locations?: number[] }[];
  anchors?: { id: string; location: number }[];
  filters?: Record<string, string[]>;
}

/** Pagefind's URLs may carry the origin; links on the page use site paths. */
const sitePath = (href: string) => {
  const u = new URL(href, 'http://site');
  return `${u.pathname}${u.search}${u.hash}`;
};

export interface SearchHit {
  url: string;
  title: string;
  kind: string;
  excerpt: ExcerptPart[];
  section?: { url: string; title: string };
  /** The reader question (from the article's `questions:`) closest to the query. */
  question?: string;
}

export interface SearchResponse {
  query: string;
  tokens: string[];
  hits: SearchHit[];
  /** True when no page had every word and the list is ranked by how many words match. */
  partial: boolean;
  /**
   * True when no page holds enough of the query's content words: the site has no
   * article on it, and the hits are only the nearest pages, not an answer.
   */
  noArticle?: boolean;
  /** Content words of the query that no page found contains (提额, 拍拍贷). */
  missing?: string[];
  /** The query as corrected (征心 → 征信) when the search ran on the correction. */
  corrected?: string;
  /**
   * True when more pages matched than were shown (the reader can ask for more). With a quoted
   * phrase, only pages found to hold it count.
   */
  more?: boolean;
  /** With `explain`: the candidates in ranked order, with what ranked them. */
  candidates?: { url: string; features: RankingFeatures; coverage: number; order: number }[];
}

export interface RunSearchOptions {
  pagefind: PagefindLike;
  segmenter: Segmenter;
  /** The reader's query as typed. */
  query: string;
  /** Pagefind filters (category, process, tag). */
  filters?: Record<string, string>;
  /** Most hits returned (search-limits.ts: SEARCH_FIRST_RESULTS, SEARCH_MORE_RESULTS). */
  limit?: number;
  /** Per page kind (文书模板、工具、术语表), the words that show a reader wants that kind of page. */
  kindHints?: Partial<Record<string, string[]>>;
  /** Glossary entries, so a glossary hit can land on the entry that answers the query. */
  glossary?: readonly GlossaryEntry[];
  /** Homophone and typo correction (correct-query.ts); none when absent. */
  corrector?: QueryCorrector | null;
  /** One line per institution, its names separated by spaces (content/search/institutions.txt). */
  institutions?: readonly string[];
  /** Also return every loaded candidate with its ranking features (scripts/replay-ranking.ts). */
  explain?: boolean;
}

/**
 * Runs a reader's query against Pagefind with the shared segmentation.
 * All words must match first (Pagefind's own semantics); if that leaves fewer than
 * `limit` pages, pages matching most of the words follow. Quoted phrases must appear
 * verbatim. Ties are broken by URL so the same query always gives the same order.
 */
export async function runSearch(options: RunSearchOptions): Promise<SearchResponse> {
  const { pagefind, segmenter, query: rawQuery, filters = {}, limit = SEARCH_FIRST_RESULTS, kindHints = {}, glossary = [] } = options;
  const institutions = (options.institutions ?? []).map((line) => segmenter.normalize(line).split(/\s+/).filter(Boolean));
  const parsed = parseQuery(rawQuery);
  const corrected = options.corrector?.correct(segmenter.normalize(parsed.free)) ?? null;
  const free = corrected ?? parsed.free;
  const { phrases } = parsed;
  const tokens = [...new Set([...segmenter.queryTokens(free), ...phrases.flatMap((p) => segmenter.tokenize(p))])];
  const empty: SearchResponse = { query: rawQuery, tokens, hits: [], partial: false, ...(corrected ? { corrected } : {}) };
  if (tokens.length === 0) return empty;

  // Pagefind matches a word against every loaded index word that starts with it, but loads only the
  // chunk that holds the word itself: 逾期罚息 in the next chunk counted only once an earlier search had
  // loaded it. Loading, with the word's own chunk, the chunk of the last word that can start with it
  // makes the result the same whatever was searched before; one preload fetches both at once.
  const search = async (term: string, only: Record<string, string> = {}) => {
    const options = { filters: { ...filters, ...only } };
    const words = term.split(' ');
    await pagefind.preload?.([...words, ...words.map((w) => `${w}\u{10FFFF}`)].join(' '), options);
    return (await pagefind.search(term, options))?.results ?? [];
  };
  const byScore = (a: PagefindResult, b: PagefindResult) => b.score - a.score || a.id.localeCompare(b.id);
  // A word may be written in the pages in another form (3年 → 三年): every form is searched and
  // a page keeps its best score, each search's scores put on the scale of the words as typed.
  const searchForms = async (words: string[], find = search) => {
    const alternatives = words.flatMap((w, i) =>
      segmenter
        .formsOf(w)
        .slice(1)
        .map((f) => words.map((x, j) => (j === i ? f : x))),
    );
    // Two reader words (欠的钱 先还哪家) are also searched both as the site says them (欠款 还款顺序).
    const changed = words.filter((w) => segmenter.formsOf(w).length > 1).length;
    if (changed >= 2) alternatives.push(words.map((w) => segmenter.formsOf(w).at(-1)!));
    // All at once: each form may need index chunks of its own, and one after another they were round trips in a row.
    const [typed, ...found] = await Promise.all([words, ...alternatives].map((terms) => find(terms.join(' '))));
    if (found.length === 0) return typed!;
    const best = new Map(typed!.map((r) => [r.id, r]));
    const scale = typed!.reduce((m, r) => Math.max(m, r.score), 0);
    for (const results of found) {
      const top = results.reduce((m, r) => Math.max(m, r.score), 0) || 1;
      for (const r of results) {
        const score = scale ? (r.score / top) * scale : r.score;
        if (score > (best.get(r.id)?.score ?? -1)) best.set(r.id, { id: r.id, score, data: () => r.data() });
      }
    }
    return [...best.values()];
  };
  const all = (await searchForms(tokens)).sort(byScore);
  let ranked: PagefindResult[] = all;
  let partial = false;
  /** Content words no page contains at all (拍拍贷, 提额): the query is about something the site lacks. */
  const unknown: string[] = [];
  // Each word alone when fewer than SEARCH_MORE_RESULTS pages hold them all, whatever the number
  // shown: it is how a word no page contains (拍拍, 毕业) is found, and that must not depend on it.
  if (all.length < Math.max(limit, SEARCH_MORE_RESULTS) && tokens.length > 1) {
    const matched = new Map<string, { result: PagefindResult; count: number; score: number }>();
    const perToken = await Promise.all(tokens.map((token) => searchForms([token])));
    for (const [i, token] of tokens.entries()) {
      const results = perToken[i]!;
      if (results.length === 0 && tokenWeight(token, segmenter) >= 1) unknown.push(token);
      const top = results.reduce((m, r) => Math.max(m, r.score), 0) || 1;
      for (const r of results) {
        const entry = matched.get(r.id) ?? { result: r, count: 0, score: 0 };
        entry.count += 1;
        entry.score += r.score / top;
        matched.set(r.id, entry);
      }
    }
    const seen = new Set(all.map((r) => r.id));
    const rest = [...matched.values()]
      .filter((m) => !seen.has(m.result.id))
      .sort((a, b) => b.count - a.count || b.score - a.score || a.result.id.localeCompare(b.result.id))
      .map((m) => m.result);
    partial = all.length === 0 && rest.length > 0;
    ranked = [...all, ...rest];
  }

  // A query that asks for a kind of page (模板, 多少天 → 工具) gets that kind's best
  // pages among the candidates even when longer articles fill Pagefind's top ten.
  const normalizedQuery = segmenter.normalize(rawQuery);
  /** Pages of a kind the query asks for that lack one of its words: they rank with the full matches. */
  const nearlyFull = new Set<string>();
  for (const [kind, hints] of Object.entries(kindHints)) {
    if (!hints?.some((h) => normalizedQuery.includes(h))) continue;
    const loaded = new Set(ranked.slice(0, limit).map((r) => r.id));
    const searchKind = (term: string) => search(term, { kind });
    let ofKind = (await searchForms(tokens, searchKind)).filter((r) => !loaded.has(r.id)).sort(byScore);
    // Every form of the words counts (范文 finds the 模板 pages). A reader asking for a letter
    // (向银行要欠款明细的函怎么写) wants the template even when it does not repeat one of the
    // words: those missing a single word are picked next.
    if (ofKind.length < 2 && tokens.length > 2) {
      const found = new Map<string, { result: PagefindResult; count: number }>();
      for (const results of await Promise.all(tokens.map((t) => searchForms([t], searchKind)))) {
        for (const r of results) found.set(r.id, { result: r, count: (found.get(r.id)?.count ?? 0) + 1 });
      }
      const near = [...found.values()].filter((f) => f.count === tokens.length - 1).map((f) => f.result);
      for (const r of near) nearlyFull.add(r.id);
      ofKind = [...ofKind, ...near.filter((r) => !loaded.has(r.id)).sort(byScore)];
    }
    const picks = ofKind.slice(0, 2);
    const pickIds = new Set(picks.map((r) => r.id));
    ranked = [...ranked.slice(0, limit - picks.length), ...picks, ...ranked.slice(limit - picks.length).filter((r) => !pickIds.has(r.id))];
  }

  const terms = tokens.flatMap((t) => segmenter.variantsOf(t));
  const phraseKeys = phrases.map((p) => segmenter.normalize(p).replace(/\s+/g, ''));
  const fullMatches = new Set(all.map((r) => r.id));
  const topScore = Math.max(...ranked.slice(0, 1).map((r) => r.score), 1e-9);

  // Re-rank the candidates we load anyway (their fragments carry title and kind):
  // pages matching every word stay above partial matches; within each group, a title
  // that contains the query's words and a page kind the query asks for count extra.
  const entry = findGlossaryEntry(tokens, glossary, segmenter);
  // A count of days (逾期90天) is what the calculator takes: its page is not pushed below.
  const countsDays = tokens.some((t) => segmenter.formsOf(t).some((f) => /^\d+天$/.test(f)));
  // Lone characters the query's words leave out (骂 of 催收员骂我, 封 of 卡被封): too common to
  // search for, but a page whose title, questions or headings have them is more likely the one.
  const lone = [...new Set(segmenter.tokenize(free).filter((t) => /^\p{Script=Han}$/u.test(t) && !segmenter.isStopword(t) && !tokens.includes(t)))];
  const contents: string[] = [];
  const candidates: { hit: SearchHit; features: RankingFeatures; order: number; coverage: number }[] = [];
  const loading = ranked.slice(0, phrases.length ? limit * 4 : limit);
  // All at once: one after another, ten fragments were most of a keystroke's wait.
  const fragments = await Promise.all(loading.map((r) => r.data()));
  for (const [order, result] of loading.entries()) {
    const fragment = fragments[order]!;
    const text = cleanIndexedText(fragment.content);
    if (phraseKeys.length && !phraseKeys.every((p) => segmenter.normalize(text).replace(/\s+/g, '').includes(p))) continue;
    const title = fragment.meta.title ?? fragment.url;
    const kind = fragment.meta.kind ?? '';
    // Whole title words only: 征信 is in “逾期多久会上征信”, not in “征信异议申请书”.
    const titleWords = new Set(segmenter.tokenize(title));
    const titleCoverage = tokens.filter((t) => segmenter.variantsOf(t).some((v) => titleWords.has(v))).length / tokens.length;
    // A tool page is short and its title full of keywords; unless the query asks for a
    // tool (计算器, 多少天), it follows the articles that explain.
    const asked = kindHints[kind]?.some((h) => normalizedQuery.includes(h));
    const titleKey = segmenter.normalize(title);
    // One institution in the title: a page about it; two or more: a comparison page.
    const titled = institutions.filter((names) => names.some((n) => titleKey.includes(n)));
    const names = titled.length === 1 ? titled[0]! : [];
    const named = names.some((n) => normalizedQuery.includes(n) || tokens.some((t) => t.length >= 2 && segmenter.variantsOf(t).some((v) => n.includes(v))));
    const section = fragment.sub_results?.find((s) => s.url.includes('#') && s.url !== fragment.url);
    const questions = (fragment.meta.questions ?? '').split(QUESTION_SEPARATOR).filter(Boolean);
    // The reader questions are indexed (and so in the fragment) but read badly run together.
    const body = questions.reduce((t, q) => t.replace(`${q}。`, '').replace(q, ''), text);
    const hit: SearchHit = {
      url: sitePath(fragment.url),
      title,
      kind,
      excerpt: buildExcerpt(body, [...terms, ...phrases]),
      section: section ? { url: sitePath(section.url), title: cleanIndexedText(section.title) } : undefined,
    };
    const closest = findClosestQuestion(questions, tokens, segmenter);
    if (closest && closest.coverage >= QUESTION_SHOWN_COVERAGE) hit.question = closest.question;
    const definition = kind === PAGE_KINDS.glossary && entry ? readGlossaryDefinition(fragment, entry) : null;
    if (entry && definition) {
      hit.url = sitePath(`${fragment.url.replace(/#.*/, '')}#${entry.id}`);
      hit.title = `${title}：${entry.term}`;
      hit.excerpt = buildExcerpt(definition, terms, 120);
      hit.section = undefined;
    }
    // Lower case only: normalising a whole page per query costs more than a keystroke allows.
    contents.push(fragment.content.toLowerCase().replace(/\s+/g, ''));
    const aboutText = [title, fragment.meta.summary ?? '', ...questions, ...(fragment.filters?.tag ?? []), ...(fragment.sub_results ?? []).map((r) => r.title)];
    const aboutKey = segmenter.normalize(aboutText.join(' ')).replace(/\s+/g, '');
    const about = coverageOfKey(tokens, aboutKey, segmenter);
    // Every lone character weighs the same, so this is the share of them found.
    const charShare = coverageOfKey(lone, aboutKey, segmenter);
    const features: RankingFeatures = {
      pagefind: result.score / topScore,
      title: titleCoverage,
      about,
      lone: charShare,
      question: tokens.length >= QUESTION_MATCH_MIN_WORDS ? (closest?.coverage ?? 0) : 0,
      askedKind: !!asked,
      unaskedTool: !asked && kind === PAGE_KINDS.tool && !countsDays,
      unaskedTemplate: !asked && kind === PAGE_KINDS.template,
      unnamedInstitution: names.length > 0 && !named,
      full: fullMatches.has(result.id) || nearlyFull.has(result.id),
    };
    candidates.push({ hit, features, order, coverage: about });
  }
  const ordered = rankCandidates(candidates);
  const hits = ordered.slice(0, limit).map((c) => c.hit);
  // A name the lexicon does not know (拍拍贷, 分期乐, 公积金) that none of the pages found
  // contains is what the query is about, and the site lacks it. Only in short queries: in a
  // long question such a word is more often an everyday one (背着, 寄来).
  if (tokens.length <= 2) unknown.push(...findUnknownNames(free, segmenter, (s) => contents.some((c) => c.includes(s))));
  const noArticle = saysNoArticle(ordered[0], unknown);
  const explained = options.explain ? { candidates: ordered.map(({ hit, features, coverage, order }) => ({ url: hit.url, features, coverage, order })) } : {};
  return { ...empty, hits, partial, noArticle, missing: unknown, more: phrases.length ? candidates.length > limit : ranked.length > limit, ...explained };
}
