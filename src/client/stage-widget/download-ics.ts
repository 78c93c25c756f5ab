import { buildIcs } from '@/calculator/build-ics';
import type { CalcResult } from '@/calculator/types';
import { stageResult } from '@/ui/strings';

/** Offers the result's milestones as an .ics file; made on the device, nothing is sent. */
export function downloadIcs(result: CalcResult, processName: string): void {
  const stamp = new Date()
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  const ics = buildIcs(result, { processName, pageUrl: location.href, stamp });
  const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = stageResult.icsFileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
