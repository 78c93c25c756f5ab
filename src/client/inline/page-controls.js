// The theme toggle and the search shortcuts (“/” and Ctrl/⌘+K), on every page. Inline
// so every page works without loading a script file. Minified and CSP-hashed at build
// time (src/integrations/inline-scripts.ts).
(() => {
  const root = document.documentElement;
  const toggle = document.getElementById('theme-toggle');
  // The toggle's label follows data-theme in CSS (SiteHeader.astro), so it needs no update here.
  const setTheme = (theme, remember) => {
    root.dataset.theme = theme;
    if (remember)
      try {
        localStorage.setItem('theme', theme);
      } catch {
        // Storage blocked: the choice lasts for this page only.
      }
  };
  if (toggle) {
    toggle.addEventListener('click', () => setTheme(root.dataset.theme === 'dark' ? 'light' : 'dark', true));
  }
  // Follow the system setting unless the reader chose a theme.
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', (event) => {
    try {
      if (localStorage.getItem('theme')) return;
    } catch {}
    setTheme(event.matches ? 'dark' : 'light');
  });
  document.addEventListener('keydown', (event) => {
    const target = event.target;
    const typing = target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
    const slash = event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey;
    const ctrlK = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';
    if (!slash && !ctrlK) return;
    event.preventDefault();
    const box = document.querySelector('[data-search-shortcut]');
    // The header box is hidden on phones (offsetParent null): go to the search page instead.
    if (box?.offsetParent) {
      box.focus();
      box.select();
    } else location.assign('/search/');
  });
})();
