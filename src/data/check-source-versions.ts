import { todayInShanghai } from '@/calculator/shanghai-date';
import { collectCitations, type SourceUse } from '@/data/collect-citations';
import { getSourceMap, type SourceEntry } from '@/data/sources';
import { findSupersededCitations } from '@/utils/find-superseded-citations';
import { listUnrecheckedSources } from '@/utils/list-unrechecked-sources';

/** Sources not re-checked for this long are listed at build time. */
export const RECHECK_MONTHS = 6;

const cited = (u: SourceUse, pinpoint?: string) =>
  u.kind === 'article' && pinpoint !== undefined
    ? `[@${u.sourceId} ${pinpoint}]`
    : u.kind === 'article' && u.pinpoints.length === 0
      ? `[@${u.sourceId}]`
      : `sources 里的 ${u.sourceId}`;

/**
 * Fails the build when a page cites a text whose replacement is already in force (naming the file
 * and the citation), or when replacedBy names an unknown source; prints sources not re-checked
 * for RECHECK_MONTHS. Returns what the 规则更新 page needs, so the data is read once.
 */
export function checkSourceVersions(): Promise<{ sources: Map<string, SourceEntry>; uses: SourceUse[]; today: string }> {
  // The page and its feed both call this; check (and warn) once per build.
  checked ??= runChecks(todayInShanghai());
  return checked;
}
let checked: ReturnType<typeof checkSourceVersions> | undefined;

async function runChecks(today: string) {
  const sources = await getSourceMap();
  const uses = await collectCitations();
  const problems: string[] = [];
  for (const s of sources.values()) {
    if (s.replacedBy && !sources.has(s.replacedBy)) problems.push(`content/sources.yaml：依据 ${s.id} 的 replacedBy“${s.replacedBy}”不是已知的依据 id`);
  }
  for (const { use, replacement, since } of findSupersededCitations(uses, sources, today)) {
    if (!replacement) continue; // reported above, once per source
    const where = use.pinpoints.length > 0 ? use.pinpoints.map((p) => cited(use, p)).join('、') : cited(use);
    problems.push(`${use.file}：${where} 引用的文本已被 ${replacement.id}（${since}起施行）替代，请改引现行文本`);
  }
  if (problems.length > 0) throw new Error(`引用了已被替代的文本（构建日期 ${today}）：\n  ${[...new Set(problems)].join('\n  ')}`);

  const stale = listUnrecheckedSources([...sources.values()], today, RECHECK_MONTHS);
  if (stale.length > 0) {
    console.warn(
      `超过 ${RECHECK_MONTHS} 个月没有重新核对的依据（请复核原文并更新 checked.on）：\n${stale.map((s) => `  ${s.id}（最近核对 ${s.checked.on}）`).join('\n')}`,
    );
  }
  return { sources, uses, today };
}
