// Keyboard access to the search box on every page, and ?hl= highlighting of an opened clause.

/** The search input of this page: the big one on /search/, else the header one. */
function searchInput(): HTMLInputElement | null {
  return document.querySelector<HTMLInputElement>('#search-q') ?? document.querySelector<HTMLInputElement>('[data-search-input]');
}

/** True when a key press belongs to a text field, so `/` must not steal it. */
function typingInField(e: KeyboardEvent): boolean {
  const t = e.target as HTMLElement | null;
  return !!t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));
}

document.addEventListener('keydown', (e) => {
  const ctrlK = (e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k';
  if (!ctrlK && !(e.key === '/' && !typingInField(e) && !e.altKey && !e.ctrlKey && !e.metaKey)) return;
  const input = searchInput();
  if (!input) return;
  e.preventDefault();
  input.focus();
  input.select();
});

if (new URLSearchParams(location.search).has('hl')) {
  import('./highlight-page.ts').then((m) => m.highlightFromUrl());
}
