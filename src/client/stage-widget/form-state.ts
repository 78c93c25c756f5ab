/**
 * The calculator form's state: which fields exist (from the calculator's FIELD_PARAMS),
 * reading them into a UrlState, filling them from one, and marking invalid fields.
 */
import { FIELD_PARAMS, INPUT_FIELDS, type InputField } from '@/calculator/input-fields';
import type { UrlState } from '@/calculator/read-url-state';
import type { CalcError } from '@/calculator/types';

export interface FormState {
  input(name: InputField): HTMLInputElement;
  /** The form's current values for a process. */
  read(processId: string): UrlState;
  /** Puts a state's values into the fields. */
  fill(state: UrlState): void;
  /** Sets aria-invalid on exactly the fields the errors name (styled in global.css). */
  markInvalid(errors: readonly CalcError[]): void;
  /** The first field marked invalid, to move focus to. */
  firstInvalid(): HTMLInputElement | null;
  /**
   * A date input drops a value it cannot parse (?due=2026-02-30), so the reader would see an
   * empty field next to the error. Such a value is shown as text until the field is focused.
   */
  showRejected(state: UrlState): void;
}

export function formState(form: HTMLFormElement): FormState {
  const input = (name: InputField) => form.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
  return {
    input,
    read(processId) {
      const state: UrlState = { processId };
      for (const name of INPUT_FIELDS) {
        const value = input(name).value.trim();
        if (value) state[FIELD_PARAMS[name]] = value;
      }
      return state;
    },
    fill(state) {
      for (const name of INPUT_FIELDS) {
        const value = state[FIELD_PARAMS[name]];
        // A date input silently drops malformed text, so such values are only validated, not shown.
        if (value !== undefined) input(name).value = value;
      }
    },
    firstInvalid: () => form.querySelector<HTMLInputElement>('[aria-invalid="true"]'),
    showRejected(state) {
      for (const name of INPUT_FIELDS) {
        const value = state[FIELD_PARAMS[name]];
        const field = input(name);
        if (field.type !== 'date' || value === undefined || field.value === String(value)) continue;
        field.type = 'text';
        field.value = String(value);
        field.addEventListener(
          'focus',
          () => {
            field.type = 'date';
            field.value = '';
          },
          { once: true },
        );
      }
    },
    markInvalid(errors) {
      for (const name of INPUT_FIELDS) {
        if (errors.some((e) => e.field === name)) input(name).setAttribute('aria-invalid', 'true');
        else input(name).removeAttribute('aria-invalid');
      }
    },
  };
}
