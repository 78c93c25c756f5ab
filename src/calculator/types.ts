/**
 * Types shared by the stage calculator, the process schema, the static timeline,
 * the widget script and the tests. No DOM, no Astro.
 */

/** A sentence with the source ids that support it. */
export interface SourcedText {
  text: string;
  sources: string[];
}

/** A rule that applies at every stage of a process (what collectors may not do). */
export interface BaseRule extends SourcedText {
  id: string;
}

/** Descriptive content of a stage, shared by fixed stages and the optional grace stage. */
export interface StageContent {
  name: string;
  summary: string;
  boundary: string;
  mayHappen: SourcedText[];
  mayNot: SourcedText[];
  youCan: SourcedText[];
  credit: string;
  creditSources: string[];
  sources: string[];
  related: string[];
}

/** A stage on the day line. `from`/`to` are inclusive; null means open-ended. */
export interface StageData extends StageContent {
  id: string;
  from: number | null;
  to: number | null;
}

/** A note that applies when the reader's situation meets its conditions (e.g. an amount threshold). */
export interface ConditionalNote extends SourcedText {
  id: string;
  minAmount?: number;
  minDay?: number;
}

/** One process type (消费贷、信用卡…) as authored in content/processes/<id>.yaml. */
export interface ProcessData {
  id: string;
  name: string;
  shortName: string;
  order: number;
  description: string;
  reviewed: string;
  grace: {
    default: number;
    max: number;
    note: string;
    stage: StageContent;
  };
  baseRules: BaseRule[];
  stages: StageData[];
  notes: ConditionalNote[];
}

/** A stage after the lender's grace days have been applied; bounds are concrete. */
export interface ResolvedStage {
  id: string;
  /** Inclusive first day; -Infinity for the open first stage. */
  from: number;
  /** Inclusive last day; Infinity for the open last stage. */
  to: number;
  content: StageContent;
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
  field: 'due' | 'days' | 'grace' | 'amount' | 'contact' | 'process';
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
  /** Base rules of the process plus the current stage's own prohibitions. */
  prohibitions: SourcedText[];
  actions: SourcedText[];
  notes: ConditionalNote[];
  relatedArticles: string[];
  limitation: LimitationHint;
}

export type CalcOutcome = { ok: true; result: CalcResult } | { ok: false; errors: CalcError[] };
