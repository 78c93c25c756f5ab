import type { UrlState } from './read-url-state.ts';

/**
 * The calculator's input fields: form control name (also the URL parameter) → the
 * UrlState key it fills. The one list the form, the URL reader and writer and
 * CalcError['field'] are derived from.
 */
export const FIELD_PARAMS = {
  days: 'daysOverdue',
  due: 'dueDate',
  grace: 'graceDays',
  amount: 'amount',
  contact: 'lastContactDate',
} as const satisfies Record<string, Exclude<keyof UrlState, 'processId'>>;

/** A form control name / URL parameter of the calculator. */
export type InputField = keyof typeof FIELD_PARAMS;

export const INPUT_FIELDS = Object.keys(FIELD_PARAMS) as InputField[];
