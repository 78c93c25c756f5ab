import { readdirSync, readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import type { ProcessData } from '@/calculator/types';
import { processSchema } from '@/schemas/process';

/** The real process files, validated by the same schema the build uses. */
export function loadProcesses(): ProcessData[] {
  return readdirSync('content/processes')
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => {
      const data = processSchema.parse(yaml.load(readFileSync(`content/processes/${f}`, 'utf8')));
      return { id: f.replace(/\.yaml$/, ''), ...data };
    });
}
