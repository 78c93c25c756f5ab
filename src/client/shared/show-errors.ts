import { el } from './el';

/** Replaces `output` with a list of Chinese error messages and marks the fields they name. */
export function showErrors(output: HTMLElement, form: HTMLFormElement, errors: Array<{ field: string; message: string }>): void {
  output.replaceChildren();
  const box = el('div', undefined, 'rounded-md border border-red-700 bg-red-50 p-3 text-red-900 dark:bg-slate-900 dark:text-red-200');
  box.dataset.toolError = '';
  box.append(el('p', '请检查输入：', 'font-semibold'));
  const ul = el('ul', undefined, 'ml-5 list-disc');
  errors.forEach((e) => {
    ul.append(el('li', e.message));
  });
  box.append(ul);
  output.append(box);
  form.querySelectorAll<HTMLElement>('[data-field]').forEach((f) => {
    const bad = errors.some((e) => e.field === f.dataset.field);
    if (bad) f.setAttribute('aria-invalid', 'true');
    else f.removeAttribute('aria-invalid');
  });
}

/** Clears the invalid marks after a good answer. */
export function clearErrors(form: HTMLFormElement): void {
  form.querySelectorAll('[aria-invalid]').forEach((f) => {
    f.removeAttribute('aria-invalid');
  });
}
