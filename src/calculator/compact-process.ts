import type { ConditionalNote, ProcessData, StageContent } from './types';

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

const content = (name: string): StageContent => ({
  name,
  summary: '',
  boundary: '',
  mayHappen: [],
  mayNot: [],
  youCan: [],
  credit: '',
  creditSources: [],
  sources: [],
  related: [],
});

/** A ProcessData with the compact fields filled in and every text list empty. */
export function expandProcess(c: CompactProcess): ProcessData {
  return {
    id: c.id,
    name: c.name,
    shortName: c.name,
    order: 0,
    description: '',
    reviewed: '',
    grace: { default: c.grace[0], max: c.grace[1], note: '', stage: content(c.grace[2]) },
    baseRules: [],
    stages: c.stages.map(([id, name, from, to]) => ({ id, from, to, ...content(name) })),
    notes: c.notes,
  };
}
