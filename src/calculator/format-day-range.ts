/** The bounds the formatter needs; -Infinity/Infinity or null mean open-ended. */
interface Range {
  from: number | null;
  to: number | null;
}

/**
 * A stage's day range in plain Chinese, e.g. “逾期31–60天”, “还款日当天”, “逾期1096天及以上”.
 * Used by the static timeline, <StageDays> in articles and the widget, so the three agree.
 */
export function formatDayRange({ from, to }: Range): string {
  const lo = from === null || from === -Infinity ? null : from;
  const hi = to === null || to === Infinity ? null : to;
  if (lo === null && hi !== null) return hi < 0 ? '还款日之前' : `逾期${hi}天及以前`;
  if (hi === null && lo !== null) return `逾期${lo}天及以上`;
  if (lo === null || hi === null) return '任何时候';
  if (lo === 0 && hi === 0) return '还款日当天';
  if (lo === hi) return `逾期第${lo}天`;
  return `逾期${lo}–${hi}天`;
}
