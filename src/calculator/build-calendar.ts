import { addDays } from './shanghai-date.ts';

/** One all-day calendar entry. */
export interface CalendarEvent {
  uid: string;
  /** YYYY-MM-DD, the day of the event. */
  date: string;
  summary: string;
  description: string;
  /** Reminders this many days before the event's day, at 09:00 local time (e.g. [3]). */
  alarmDaysBefore?: number[];
}

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
 * An iCalendar file of all-day events. `stamp` is the creation time in UTC
 * (YYYYMMDDTHHMMSSZ); passing it keeps the output deterministic. Alarms trigger
 * relative to the event's start (midnight of its day), so "-P2DT15H" is 09:00 three days before.
 */
export function buildCalendar(events: CalendarEvent[], options: { product: string; stamp: string }): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:-//yuqi-cuishou-kb//${options.product}//ZH`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  for (const e of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.uid}@yuqi-cuishou-kb`,
      `DTSTAMP:${options.stamp}`,
      `DTSTART;VALUE=DATE:${compact(e.date)}`,
      `DTEND;VALUE=DATE:${compact(addDays(e.date, 1))}`,
      fold(`SUMMARY:${escapeText(e.summary)}`),
      fold(`DESCRIPTION:${escapeText(e.description)}`),
      'TRANSP:TRANSPARENT',
    );
    for (const days of e.alarmDaysBefore ?? []) {
      const trigger = days > 0 ? `-P${days - 1}DT15H` : 'PT9H';
      lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', fold(`DESCRIPTION:${escapeText(e.summary)}`), `TRIGGER:${trigger}`, 'END:VALARM');
    }
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.join('\r\n')}\r\n`;
}
