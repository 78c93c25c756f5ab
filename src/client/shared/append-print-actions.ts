import { el } from './el.ts';

/** Appends the result card's “打印” button row (hidden in print), so every tool prints the same way. */
export function appendPrintActions(card: HTMLElement): void {
  const actions = el('div', undefined, 'no-print mt-4 flex flex-wrap gap-2');
  const print = el('button', '打印', 'btn');
  print.type = 'button';
  print.addEventListener('click', () => window.print());
  actions.append(print);
  card.append(actions);
}
