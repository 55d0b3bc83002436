/** Pressing / anywhere outside a text field focuses the search box (opening the header's tools on a phone). */
export function bindSlashShortcut(): void {
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target as HTMLElement | null;
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
    const box = document.querySelector<HTMLInputElement>('[data-search-input]') ?? document.querySelector<HTMLInputElement>('#site-search');
    if (!box) return;
    event.preventDefault();
    const folded = box.closest('details');
    if (folded) folded.open = true;
    box.focus();
    box.select();
  });
}
