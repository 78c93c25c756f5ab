import type { HostRule } from './host-rules.ts';

/** The rule nginx would pick for a URL path: an exact match, else the longest matching prefix. */
export function matchHostRule(rules: HostRule[], urlPath: string): HostRule | undefined {
  const exact = rules.find((r) => r.match === 'exact' && r.path === urlPath);
  if (exact) return exact;
  let best: HostRule | undefined;
  for (const rule of rules) {
    if (rule.match === 'prefix' && urlPath.startsWith(rule.path) && (!best || rule.path.length > best.path.length)) best = rule;
  }
  return best;
}
