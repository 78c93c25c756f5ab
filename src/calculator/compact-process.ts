import type { ConditionalNote, DayLine, ProcessData } from './types.ts';

/**
 * The part of a process the widget needs to compute a position, in as few bytes as
 * possible: it is embedded in every page that shows the timeline, whose static HTML
 * already carries all the long texts.
 */
export interface CompactProcess {
  id: string;
  name: string;
  /** [id, name, from, to] per stage. */
  stages: [string, string, number | null, number | null][];
  /** [default, max, name of the grace stage]. */
  grace: [number, number, string];
  notes: ConditionalNote[];
}

export function compactProcess(p: ProcessData): CompactProcess {
  return {
    id: p.id,
    name: p.name,
    stages: p.stages.map((s) => [s.id, s.name, s.from, s.to]),
    grace: [p.grace.default, p.grace.max, p.grace.stage.name],
    notes: p.notes,
  };
}

/** The day line computePosition walks, decoded from the compact page data. */
export function expandProcess(c: CompactProcess): DayLine {
  return {
    id: c.id,
    name: c.name,
    stages: c.stages.map(([id, name, from, to]) => ({ id, name, from, to })),
    grace: { default: c.grace[0], max: c.grace[1], stage: { name: c.grace[2] } },
    notes: c.notes,
  };
}
