/** The current time as an iCalendar UTC stamp, YYYYMMDDTHHMMSSZ. */
export function icsStamp(now: Date = new Date()): string {
  return now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
}
