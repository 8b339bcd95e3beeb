/** Privacy and security of the built pages: no other origins, a strict CSP, no inline code. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { contentPages, distDir } from './built-site';

describe('built pages', () => {
  test('load nothing from another origin', () => {
    const external = contentPages.flatMap((page) =>
      [...page.html.matchAll(/<(script|link|img|iframe|source|video|audio)\b[^>]*\s(src|href)="(https?:)?\/\/[^"]*"/g)]
        .filter(([tag]) => !/rel="(canonical|sitemap)"/.test(tag!))
        .map(([tag]) => `${page.path}: ${tag}`),
    );
    expect(external).toEqual([]);
  });

  test('carry a Content-Security-Policy whose script-src has no unsafe-inline or unsafe-eval', () => {
    for (const page of contentPages) {
      const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(page.html)?.[1];
      expect(policy, page.path).toBeDefined();
      const scriptSrc = /script-src ([^;]+)/.exec(policy!)?.[1] ?? '';
      expect(scriptSrc, page.path).toMatch(/'self'/);
      expect(scriptSrc, page.path).not.toMatch(/unsafe-inline|'unsafe-eval'/);
      expect(policy, page.path).toMatch(/default-src 'self'/);
    }
  });

  test('have no inline scripts and no inline event handlers', () => {
    for (const page of contentPages) {
      const inlineScripts = [...page.html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].filter(([, body]) =>
        body!.trim(),
      );
      expect(
        inlineScripts.map(([script]) => script!.slice(0, 80)),
        page.path,
      ).toEqual([]);
      expect(page.html, page.path).not.toMatch(/<[a-z][^>]*\son[a-z]+=/i);
    }
  });

  test('_headers gives hosts the same policy, with frame-ancestors', () => {
    const headers = readFileSync(join(distDir, '_headers'), 'utf8');
    expect(headers).toMatch(
      /^\/\*\n {2}Content-Security-Policy: default-src 'self';.*frame-ancestors 'none'.*script-src 'self' 'wasm-unsafe-eval'/m,
    );
    expect(headers).toContain('X-Content-Type-Options: nosniff');
  });
});
