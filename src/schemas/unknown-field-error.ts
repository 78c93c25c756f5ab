import { closestName } from '../utils/closest-name.ts';

/**
 * Error map for strict objects: an unknown field is usually a misspelt one (`draf: true`
 * would otherwise be dropped and publish a draft), so name it and the closest known field.
 */
export function unknownFieldError(issue: { code?: string; keys?: string[]; inst?: unknown }): string | undefined {
  if (issue.code !== 'unrecognized_keys') return undefined;
  const shape = (issue.inst as { _zod?: { def?: { shape?: Record<string, unknown> } } } | undefined)?._zod?.def?.shape ?? {};
  const known = Object.keys(shape);
  return (issue.keys ?? [])
    .map((key) => {
      const guess = closestName(key, known);
      return `未知字段“${key}”${guess ? `，是不是想写“${guess}”？` : '。'}可用的字段：${known.join('、')}`;
    })
    .join('；');
}
