/**
 * Types shared by the stage calculator, the process schema, the static timeline,
 * the widget script and the tests. No DOM, no Astro.
 */

// Content types are derived from the process schema (type-only import: nothing of zod
// reaches the widget bundle), so the calculator can never drift from what the build validates.
import type { z } from 'astro/zod';
import type { processSchema } from '../schemas/process.ts';
import type { InputField } from './input-fields.ts';

/** One process type (消费贷、信用卡…) as authored in content/processes/<id>.yaml, after validation. */
export type ProcessData = z.output<typeof processSchema> & { id: string };
/** Descriptive content of a stage, shared by fixed stages and the optional grace stage. */
export type StageContent = ProcessData['grace']['stage'];
/** A stage on the day line. `from`/`to` are inclusive; null means open-ended. */
export type StageData = ProcessData['stages'][number];
/** A sentence with the source ids that support it. */
export type SourcedText = StageContent['mayHappen'][number];
/** A rule that applies at every stage of a process (what collectors may not do). */
export type BaseRule = ProcessData['baseRules'][number];
/** A note that applies when the reader's situation meets its conditions (e.g. an amount threshold). */
export type ConditionalNote = ProcessData['notes'][number];

/**
 * What computePosition needs of a process: the day line with stage names, the grace
 * bounds and the conditional notes. A full ProcessData is one; so is what the widget
 * decodes from its compact page data (see compact-process.ts).
 */
export interface DayLine {
  id: string;
  name: string;
  stages: { id: string; name: string; from: number | null; to: number | null }[];
  grace: { default: number; max: number; stage: { name: string } };
  notes: ConditionalNote[];
}

/** A stage after the lender's grace days have been applied; bounds are concrete. */
export interface ResolvedStage {
  id: string;
  name: string;
  /** Inclusive first day; -Infinity for the open first stage. */
  from: number;
  /** Inclusive last day; Infinity for the open last stage. */
  to: number;
}

/** Why an input was rejected. `field` names the input the reader should fix. */
export interface CalcError {
  code:
    | 'missing-input'
    | 'unparseable-date'
    | 'impossible-date'
    | 'due-date-too-far-ahead'
    | 'due-date-too-old'
    | 'days-not-integer'
    | 'days-negative'
    | 'days-too-large'
    | 'grace-out-of-range'
    | 'amount-invalid'
    | 'amount-negative'
    | 'contact-date-invalid'
    | 'contact-before-due'
    | 'contact-in-future'
    | 'unknown-process';
  field: InputField | 'process';
  message: string;
}

/** An upcoming stage change, always after "today". */
export interface Milestone {
  stageId: string;
  name: string;
  /** Days overdue on which the stage begins. */
  day: number;
  /** Calendar date (Asia/Shanghai) on which the stage begins, YYYY-MM-DD. */
  date: string;
  /** Whole days from today until that date, ≥ 1. */
  daysRemaining: number;
}

/** The three-year limitation-period hint. Never a statement that the debt has expired. */
export interface LimitationHint {
  /** Date counted from: the last payment/promise/contact if given, else the due date. */
  countedFrom: string;
  basis: 'last-contact' | 'due-date';
  /** The date three calendar years later. */
  threeYearsOn: string;
  /** True when that date is today or past: a flag to check with a lawyer, nothing more. */
  reached: boolean;
  daysRemaining: number;
}

export interface CalcResult {
  processId: string;
  today: string;
  /** Due date if known (given, or derived as today − days). */
  dueDate: string;
  daysOverdue: number;
  graceDays: number;
  amount?: number;
  stage: ResolvedStage;
  milestones: Milestone[];
  /** The process's conditional notes that apply to this reader. */
  notes: ConditionalNote[];
  limitation: LimitationHint;
}

export type CalcOutcome = { ok: true; result: CalcResult } | { ok: false; errors: CalcError[] };
