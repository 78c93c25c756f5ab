/** The part of a stage the coverage check needs. */
export interface StageBounds {
  id: string;
  from: number | null;
  to: number | null;
}

/**
 * Lists, in Chinese, every way a process's stages fail to cover the day line exactly
 * once: from before the due date (first `from` is null) to beyond three years (last
 * `to` is null), each stage starting the day after the previous one ends, and one
 * stage ending on day 0 so the grace period can follow it. An empty list means valid.
 */
export function findCoverageProblems(stages: readonly StageBounds[]): string[] {
  const problems: string[] = [];
  if (stages.length === 0) return ['没有任何阶段'];
  const first = stages[0]!;
  const last = stages[stages.length - 1]!;
  if (first.from !== null) problems.push(`第一个阶段“${first.id}”的 from 应为空（覆盖还款日之前的所有日子），现在是 ${first.from}`);
  if (last.to !== null) problems.push(`最后一个阶段“${last.id}”的 to 应为空（覆盖三年以后的所有日子），现在是 ${last.to}`);
  const ids = new Set<string>();
  stages.forEach((stage, i) => {
    if (ids.has(stage.id)) problems.push(`阶段 id“${stage.id}”重复`);
    ids.add(stage.id);
    if (stage.from !== null && stage.to !== null && stage.from > stage.to) {
      problems.push(`阶段“${stage.id}”的 from（${stage.from}）大于 to（${stage.to}）`);
    }
    if (i > 0 && stage.from === null) problems.push(`只有第一个阶段的 from 可以为空，“${stage.id}”的 from 为空`);
    if (i < stages.length - 1 && stage.to === null) problems.push(`只有最后一个阶段的 to 可以为空，“${stage.id}”的 to 为空`);
    const previous = stages[i - 1];
    if (previous && previous.to !== null && stage.from !== null) {
      if (stage.from > previous.to + 1) {
        const gap = stage.from - 1 === previous.to + 1 ? `第${previous.to + 1}天` : `第${previous.to + 1}–${stage.from - 1}天`;
        problems.push(`阶段“${previous.id}”（到第${previous.to}天）和“${stage.id}”（从第${stage.from}天）之间有缺口：${gap}不属于任何阶段`);
      } else if (stage.from <= previous.to) {
        problems.push(`阶段“${previous.id}”（到第${previous.to}天）和“${stage.id}”（从第${stage.from}天）重叠`);
      }
    }
  });
  if (!stages.some((s) => s.to === 0)) problems.push('必须有一个阶段正好在第0天（应还款日）结束，宽限期从第1天开始接在它后面');
  return problems;
}
