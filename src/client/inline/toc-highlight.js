// Article pages: marks the contents entry of the section being read (aria-current), so the
// sticky contents on a desktop show where the reader is. Inline and CSP-hashed like the others.
document.addEventListener('DOMContentLoaded', () => {
  // Runs after parsing: the headings come after the contents in the page.
  const links = [...document.querySelectorAll('.toc-details a[href^="#"]')];
  if (links.length === 0 || !('IntersectionObserver' in window)) return;
  const byId = new Map(links.map((a) => [decodeURIComponent(a.hash.slice(1)), a]));
  const mark = (id) => {
    for (const a of links) {
      if (byId.get(id) === a) a.setAttribute('aria-current', 'location');
      else a.removeAttribute('aria-current');
    }
  };
  // A heading counts as current once it passes the top third of the window.
  const observer = new IntersectionObserver(
    (entries) => {
      const top = entries.filter((e) => e.isIntersecting).sort((a, b) => a.boundingClientRect.top - b.boundingClientRect.top)[0];
      if (top) mark(top.target.id);
    },
    { rootMargin: '0px 0px -66% 0px' },
  );
  for (const id of byId.keys()) {
    const heading = document.getElementById(id);
    if (heading) observer.observe(heading);
  }
});
