// Runs in <head> before first paint, so a dark-mode reader never sees a white flash
// (why it is inline). Minified and CSP-hashed at build time (src/integrations/inline-scripts.ts).
(() => {
  let stored;
  try {
    stored = localStorage.getItem('theme');
  } catch {
    // Storage can be blocked (private mode); fall back to the system setting.
  }
  const dark = stored ? stored === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
  const root = document.documentElement;
  root.dataset.theme = dark ? 'dark' : 'light';
  root.classList.add('js');
})();
