import type { Html, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { formatDayRange } from '../calculator/format-day-range.ts';
import { readProcesses } from '../content-files.ts';
import type { ProcessData } from '../calculator/types.ts';

const TAG = /^<StageDays\s+([^>]*?)\s*\/>$/;
const ATTR = /(\w+)="([^"]*)"/g;

let processes: Map<string, ProcessData> | undefined;

/**
 * The HTML <StageDays> renders for one stage, in MDX (src/components/StageDays.astro) and in
 * Markdown (below). Throws, naming the stages there are, on an unknown stage; `where` says
 * which file and line.
 */
export function stageDaysHtml(process: ProcessData, stageId: string, where = ''): string {
  const stage = process.stages.find((s) => s.id === stageId);
  if (!stage)
    throw new Error(`${where}<StageDays process="${process.id}" stage="${stageId}">：没有这个阶段，可用的有：${process.stages.map((s) => s.id).join('、')}`);
  return `<span class="whitespace-nowrap" data-stage-days="${process.id}:${stage.id}">${formatDayRange(stage)}</span>`;
}

/**
 * `<StageDays process="…" stage="…" />` in a plain Markdown article (.md), rendered from
 * the process data exactly as the MDX component renders it, so an article needs MDX only
 * when it embeds an interactive component. Markdown articles are rendered once by the
 * content layer and cached; MDX articles are bundled as modules, which at 2,000 articles
 * took 4.5 times as long and twice the memory (docs/quality.md). Fails the build, naming
 * the file and line, on an unknown process or stage.
 */
export function remarkStageDays() {
  return (tree: Root, file: VFile) => {
    if (!file.path?.endsWith('.md')) return;
    visit(tree, 'html', (node: Html) => {
      const tag = TAG.exec(node.value.trim());
      if (!tag) return;
      const attrs = Object.fromEntries([...tag[1]!.matchAll(ATTR)].map((m) => [m[1]!, m[2]!]));
      processes ??= new Map(readProcesses().map((p) => [p.id, p]));
      const where = `${file.path}${node.position ? `:${node.position.start.line}` : ''}：`;
      const process = processes.get(attrs.process ?? '');
      if (!process) throw new Error(`${where}<StageDays process="${attrs.process ?? ''}">：没有这个流程，可用的有：${[...processes.keys()].join('、')}`);
      node.value = stageDaysHtml(process, attrs.stage ?? '', where);
    });
  };
}
