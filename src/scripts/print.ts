/**
 * Getting a page ready for paper. Printed links show their address (see the
 * print styles); this makes it the full address rather than the path, again
 * before printing for content added since load (the handout). Closed
 * disclosures that must print (the citation) are opened for the print and
 * closed after, for browsers without the ::details-content rule.
 */
function markLinks(): void {
  for (const a of document.querySelectorAll<HTMLAnchorElement>('main a[href]:not([href^="#"])')) a.dataset.printUrl = a.href;
}

export function bindPrint(): void {
  markLinks();
  window.addEventListener('beforeprint', () => {
    markLinks();
    for (const details of document.querySelectorAll<HTMLDetailsElement>('details[data-citation]:not([open])')) {
      details.open = true;
      details.dataset.openedForPrint = '';
    }
  });
  window.addEventListener('afterprint', () => {
    for (const details of document.querySelectorAll<HTMLDetailsElement>('details[data-opened-for-print]')) {
      details.open = false;
      delete details.dataset.openedForPrint;
    }
  });
}
