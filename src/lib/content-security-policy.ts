/**
 * The Content-Security-Policy, owned here so the pages' <meta> tag and the
 * web-server configurations in deploy/ cannot drift apart. Everything comes
 * from this site; Pagefind's WebAssembly needs 'wasm-unsafe-eval'.
 */
const PAGE_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** The policy in every page's <meta http-equiv>. */
export const PAGE_CSP = PAGE_DIRECTIVES.join('; ');

/**
 * The policy a web server sends as a header: the page policy plus what a
 * <meta> tag cannot carry (browsers ignore frame-ancestors there), so no other
 * site can frame the library.
 */
export const HEADER_CSP = [...PAGE_DIRECTIVES, "frame-ancestors 'none'"].join('; ');
