/** What the build gives web servers and static hosts: redirects, headers and the sitemap agree with the pages. */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { isRedirectPage } from '../../src/integrations/sitemap-of-pages';
import { builtPages, contentPages, distDir } from './built-site';

const readDist = (file: string) => readFileSync(join(distDir, file), 'utf8');

/** Alias → permalink, from the redirect pages Astro builds (what hosts without server rules serve). */
const redirectPages = builtPages
  .filter((page) => isRedirectPage(page.html))
  .map((page) => ({
    from: page.path,
    to: /http-equiv="refresh" content="0;url=([^"]+)"/.exec(page.html)?.[1],
  }));

/** A policy as directive → sources, without the hashes Astro adds for its own scripts and styles. */
function directives(policy: string): Record<string, string> {
  return Object.fromEntries(
    policy
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name!, sources.filter((source) => !source.startsWith("'sha256-")).join(' ')]),
  );
}

describe('host files', () => {
  test('_redirects and the nginx map list every alias, as its redirect page does', () => {
    expect(redirectPages.length).toBeGreaterThan(0);
    const redirects = readDist('_redirects').trim().split('\n').sort();
    expect(redirects).toEqual(redirectPages.map(({ from, to }) => `${from} ${to} 301`).sort());
    const map = readDist('_nginx-redirects.map');
    for (const { from, to } of redirectPages) {
      expect(map).toContain(`\n${from} ${to};\n`);
      expect(map).toContain(`\n${from.replace(/\/$/, '')} ${to};\n`);
    }
  });

  test('_headers and deploy/nginx.conf send the policy every page carries, plus frame-ancestors', () => {
    const headerPolicy = /Content-Security-Policy: (.+)/.exec(readDist('_headers'))?.[1] ?? '';
    const { 'frame-ancestors': frameAncestors, ...pagePart } = directives(headerPolicy);
    expect(frameAncestors).toBe("'none'");
    for (const page of contentPages) {
      const metaPolicy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(page.html)?.[1] ?? '';
      expect(directives(metaPolicy), page.path).toEqual(pagePart);
    }
    const nginxConf = readFileSync(resolve(distDir, '../deploy/nginx.conf'), 'utf8');
    expect(nginxConf).toContain(`add_header Content-Security-Policy "${headerPolicy}" always;`);
    for (const line of readDist('_headers')
      .split('\n')
      .filter((header) => /^ {2}[A-Z]/.test(header) && !header.includes('Policy:'))) {
      const [name, value] = line.trim().split(': ');
      expect(nginxConf).toContain(`add_header ${name} "${value}" always;`);
    }
  });
});

describe('sitemap and robots', () => {
  const sitemapPaths = [...readDist('sitemap-0.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
    (match) => new URL(match[1]!).pathname,
  );

  test('lists the status pages of 404 and 500, not the not-found page, and only pages that exist', () => {
    expect(sitemapPaths).toEqual(expect.arrayContaining(['/404/', '/500/']));
    expect(sitemapPaths).not.toContain('/not-found/');
    const built = new Set(builtPages.map((page) => page.path));
    expect(sitemapPaths.filter((path) => !built.has(path))).toEqual([]);
  });

  test('the not-found page, served for every unknown URL, is kept out of search engines', () => {
    expect(readDist('404.html')).toContain('<meta name="robots" content="noindex">');
    expect(readDist('index.html')).not.toContain('noindex');
  });
});

describe('themes', () => {
  test('the dark theme changes colours only, and the theme button label: what the accessibility sweep relies on', () => {
    const css = readdirSync(join(distDir, '_astro'))
      .filter((file) => file.endsWith('.css'))
      .map((file) => readDist(`_astro/${file}`))
      .join('\n');
    const darkProperties = new Set(
      [...css.matchAll(/data-theme=dark[^{]*\{([^}]*)\}/g)].flatMap(([, body]) =>
        body!.split(';').map((declaration) => declaration.split(':')[0]!.trim()),
      ),
    );
    expect([...darkProperties].filter((property) => !/color|^color-scheme$|^$/.test(property))).toEqual(['display']);
    const displayToggles = contentPages.flatMap((page) =>
      [...page.html.matchAll(/class="[^"]*\bdark:(hidden|inline|block|flex)\b[^"]*"[^>]*>([^<]*)/g)].map((match) => match[2]),
    );
    expect(new Set(displayToggles)).toEqual(new Set(['Dark theme', 'Light theme']));
  });
});
