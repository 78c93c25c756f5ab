/** ↓ from the search box enters the results, ↑/↓ move between them, Esc returns to the box (or clears it). */
export function addKeyboardNav(input: HTMLInputElement, list: HTMLElement, clear: () => void): void {
  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a[data-result]')];
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && links().length) {
      event.preventDefault();
      links()[0]!.focus();
    } else if (event.key === 'Escape' && input.value) {
      event.preventDefault();
      clear();
    }
  });
  list.addEventListener('keydown', (event) => {
    const all = links();
    const i = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (i === -1) return;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      all[Math.min(i + 1, all.length - 1)]!.focus();
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      if (i === 0) input.focus();
      else all[i - 1]!.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      input.focus();
    }
  });
}
