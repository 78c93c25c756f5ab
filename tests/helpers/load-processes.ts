import type { ProcessData } from '@/calculator/types';
import { readProcesses } from '@/content-files';

/** The real process files, validated by the same schema the build uses. */
export function loadProcesses(): ProcessData[] {
  return readProcesses('content');
}
