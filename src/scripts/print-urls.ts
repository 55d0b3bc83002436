/**
 * Printed links show their address (see the print styles); this makes it the
 * full address rather than the path. Run again before printing, for content
 * the page added since it loaded (the handout).
 */
function mark(): void {
  for (const a of document.querySelectorAll<HTMLAnchorElement>('main a[href]:not([href^="#"])')) a.dataset.printUrl = a.href;
}

export function bindPrintUrls(): void {
  mark();
  window.addEventListener('beforeprint', mark);
}
