/**
 * Fill-in letters: each input fills the matching blanks (span[data-field]) in the
 * letter as the reader types. Nothing is stored or sent; text goes in via textContent.
 */
import { formatDateZh } from '@/utils/format-date-zh';

/** A date field's value as a letter writes it: 2026-12-01 → 2026年12月1日. */
const asLetterText = (field: HTMLInputElement | HTMLTextAreaElement, value: string) =>
  field.type === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDateZh(value) : value;

export function mountTemplateForm(): void {
  const form = document.querySelector<HTMLElement>('[data-template-form]');
  const letter = document.querySelector<HTMLElement>('[data-template-letter]');
  if (!form || !letter) return;
  const status = form.querySelector<HTMLElement>('[data-template-status]')!;
  const blanks = [...letter.querySelectorAll<HTMLElement>('[data-field]')];
  const labels = new Map(blanks.map((b) => [b, b.textContent ?? '']));

  const fill = () => {
    for (const blank of blanks) {
      const field = form.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[name="${blank.dataset.field}"]`);
      const value = field ? asLetterText(field, field.value.trim()) : '';
      blank.textContent = value || labels.get(blank)!;
      blank.toggleAttribute('data-filled', value !== '');
    }
  };
  form.addEventListener('input', fill);
  form.querySelector('[data-template-clear]')?.addEventListener('click', () => {
    for (const f of form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')) f.value = '';
    fill();
    status.textContent = '已清空。';
  });

  form.querySelector('[data-template-print]')?.addEventListener('click', () => window.print());
  form.querySelector('[data-template-copy]')?.addEventListener('click', async () => {
    // biome-ignore lint/performance/useDomNodeTextContent: innerText keeps the letter's line breaks; textContent would not.
    const text = letter.innerText.trim();
    try {
      await navigator.clipboard.writeText(text);
      status.textContent = '已复制到剪贴板。';
    } catch {
      // Clipboard access can be refused; select the letter so the reader can copy by hand.
      const range = document.createRange();
      range.selectNodeContents(letter);
      const selection = getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      status.textContent = '无法自动复制，已选中信件全文，请手动复制。';
    }
  });
}
