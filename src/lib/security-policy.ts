/**
 * The Content-Security-Policy, in one place for Astro's per-page meta tag and the site-wide
 * `_headers` file: only this origin, no inline scripts; Pagefind compiles WebAssembly and runs a worker.
 */
export const policyDirectives = [
  "default-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

export const scriptSources = ["'self'", "'wasm-unsafe-eval'"] as const;

/** The whole policy as an HTTP header, where `frame-ancestors` also works (a meta tag ignores it). */
export const policyHeader = [
  ...policyDirectives,
  "frame-ancestors 'none'",
  `script-src ${scriptSources.join(' ')}`,
  "style-src 'self'",
].join('; ');
