/**
 * Pressing / anywhere outside a text field focuses the search box (opening the
 * header's tools on a phone). Only a device with a keyboard and a fine pointer
 * is told so in the placeholder: on a phone "按 / 键" means nothing.
 */
export function bindSlashShortcut(): void {
  if (window.matchMedia('(hover: hover) and (pointer: fine)').matches) {
    for (const box of document.querySelectorAll<HTMLInputElement>('input[data-key-hint]')) box.placeholder = box.dataset.keyHint!;
  }
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
