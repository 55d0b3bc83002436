/**
 * The ¶ after each paragraph is a plain link to its anchor (it works without
 * JavaScript); with JavaScript, activating it also copies the paragraph's full
 * URL and says so in a live region.
 */
export function bindParagraphLinks(): void {
  const status = document.querySelector<HTMLElement>('[data-copy-status]');
  document.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-permalink]');
    if (!link || !navigator.clipboard) return;
    const url = new URL(link.getAttribute('href') ?? '', location.href).href;
    navigator.clipboard.writeText(url).then(
      () => {
        if (status) status.textContent = `已复制${link.getAttribute('aria-label')?.replace(/的链接$/, '') ?? '本段'}的链接：${url}`;
      },
      () => {
        if (status) status.textContent = '未能复制，可在地址栏复制本段链接。';
      },
    );
  });
}
