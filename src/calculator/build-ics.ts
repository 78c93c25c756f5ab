import { describeLimitationReminder, LIMITATION_REMINDER_TITLE, milestoneTitle } from './describe-position.ts';
import { addDays } from './shanghai-date.ts';
import type { CalcResult } from './types.ts';

/** Escapes text for an iCalendar TEXT value (RFC 5545 §3.3.11). */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line to 75 octets as RFC 5545 requires, without splitting a UTF-8 character. */
export function fold(line: string): string {
  const encoder = new TextEncoder();
  const out: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const n = encoder.encode(char).length;
    if (size + n > (out.length === 0 ? 75 : 74)) {
      out.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += n;
  }
  out.push(current);
  return out.join('\r\n ');
}

const compact = (iso: string) => iso.replace(/-/g, '');

/**
 * When each event reminds: three days before (time to prepare or call the lender) and at
 * 09:00 on the day. All-day events start at local midnight, so the day-of trigger is +9h.
 * Without VALARM a calendar only lists the event and nothing ever pings the reader.
 */
export const ICS_ALARMS = [
  { trigger: '-P3D', when: '3天后' },
  { trigger: 'PT9H', when: '今天' },
] as const;

/**
 * An iCalendar file with one all-day event per upcoming milestone, plus the
 * three-year limitation reminder when it is still ahead. `stamp` is the creation
 * time in UTC (YYYYMMDDTHHMMSSZ); passing it keeps the output deterministic.
 */
export function buildIcs(result: CalcResult, options: { processName: string; pageUrl: string; stamp: string }): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//yuqi-cuishou-kb//where-am-i//ZH', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  const event = (uid: string, date: string, summary: string, description: string) => {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${uid}@yuqi-cuishou-kb`,
      `DTSTAMP:${options.stamp}`,
      `DTSTART;VALUE=DATE:${compact(date)}`,
      `DTEND;VALUE=DATE:${compact(addDays(date, 1))}`,
      fold(`SUMMARY:${escapeText(summary)}`),
      fold(`DESCRIPTION:${escapeText(description)}`),
      'TRANSP:TRANSPARENT',
      ...ICS_ALARMS.flatMap((alarm) => [
        'BEGIN:VALARM',
        'ACTION:DISPLAY',
        `TRIGGER:${alarm.trigger}`,
        fold(`DESCRIPTION:${escapeText(`${alarm.when}：${summary}`)}`),
        'END:VALARM',
      ]),
      'END:VEVENT',
    );
  };
  for (const m of result.milestones) {
    event(
      `${result.processId}-${compact(result.dueDate)}-${m.stageId}`,
      m.date,
      milestoneTitle(m),
      `${options.processName}｜应还款日 ${result.dueDate}。阶段划分是一般情况，以合同和机构通知为准。详情：${options.pageUrl}`,
    );
  }
  if (!result.limitation.reached) {
    event(
      `${result.processId}-${compact(result.limitation.countedFrom)}-limitation`,
      result.limitation.threeYearsOn,
      LIMITATION_REMINDER_TITLE,
      describeLimitationReminder(result.limitation),
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.join('\r\n')}\r\n`;
}
