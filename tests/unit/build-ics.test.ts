import { describe, expect, it } from 'vitest';
import { escapeText, fold } from '@/calculator/build-ics';

describe('iCalendar text', () => {
  it('escapes backslashes, semicolons, commas and newlines (RFC 5545 §3.3.11)', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('escapes the backslash first, so an escaped comma is not escaped twice', () => {
    expect(escapeText(',')).toBe('\\,');
    expect(escapeText('\\,')).toBe('\\\\\\,');
  });

  it('folds long lines at 75 octets without splitting a Chinese character', () => {
    const line = `SUMMARY:${'逾期第31天：进入“M2 升级催收”'.repeat(6)}`;
    const folded = fold(line).split('\r\n');
    expect(folded.length).toBeGreaterThan(1);
    for (const part of folded) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    expect(folded.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
  });
});
