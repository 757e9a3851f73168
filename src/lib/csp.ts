// The site's Content-Security-Policy. Base.astro puts it in a <meta http-equiv> on every page;
// public/_headers repeats it as a real header (plus what a meta tag cannot carry: frame-ancestors)
// for hosts that read that file. tests/site/pages.test.ts keeps the two in step.
//
// Everything the site loads is its own: scripts and styles ship as files (astro.config.mjs: no inlining;
// Shiki's colours become classes, src/lib/shiki-classes.ts), so neither script-src nor style-src needs
// 'unsafe-inline'. Pagefind compiles its WebAssembly search core, which needs 'wasm-unsafe-eval'
// (WebAssembly only; it does not allow eval() of JavaScript). Pagefind fetches its index and fragments
// (connect-src) and may run them in a same-origin worker (worker-src falls back to script-src 'self').
export const CSP_DIRECTIVES: [string, string][] = [
  ['default-src', "'self'"],
  ['script-src', "'self' 'wasm-unsafe-eval'"],
  ['style-src', "'self'"],
  ['img-src', "'self'"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
];

/** The policy as a header / meta value. */
export const CSP = CSP_DIRECTIVES.map(([k, v]) => `${k} ${v}`).join('; ');
