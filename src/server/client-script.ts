// The one small script (served from /assets/app.js, allowed by CSP 'self'): pages work without it; it only keeps
// at most one citation popover open and closes it on Escape or a click elsewhere.
export const CLIENT_SCRIPT = `(() => {
  const cites = () => document.querySelectorAll('details.cite[open]');
  document.addEventListener('toggle', (event) => {
    const el = event.target;
    if (!(el instanceof HTMLDetailsElement) || !el.classList.contains('cite') || !el.open) return;
    for (const other of cites()) if (other !== el) other.open = false;
  }, true);
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    for (const open of cites()) {
      open.open = false;
      open.querySelector('summary')?.focus();
    }
  });
  document.addEventListener('click', (event) => {
    const target = event.target;
    if (target instanceof Element && target.closest('details.cite')) return;
    for (const open of cites()) open.open = false;
  });
})();
`;
