import { describe, expect, test } from 'vitest';
import { isLocalSite, missingSiteUrlError, siteUrl } from '../../src/lib/site-url';

describe('SITE_URL', () => {
  test('a build needs SITE_URL, or LOCAL_BUILD=1 to say it is for this machine', () => {
    expect(missingSiteUrlError({})).toMatch(/SITE_URL is not set.*\n.*\n.*SITE_URL=https:\/\/errors\.example\.com npm run build/);
    expect(missingSiteUrlError({ LOCAL_BUILD: '1' })).toBeUndefined();
    expect(missingSiteUrlError({ SITE_URL: 'https://errors.example.com' })).toBeUndefined();
    expect(missingSiteUrlError({ SITE_URL: '', LOCAL_BUILD: 'yes' })).toBeDefined();
  });

  test('the site is SITE_URL, or the local preview; only the local one keeps crawlers out', () => {
    expect(siteUrl({ SITE_URL: 'https://errors.example.com' })).toBe('https://errors.example.com');
    expect(siteUrl({})).toBe('http://localhost:4321');
    expect(isLocalSite(new URL(siteUrl({})))).toBe(true);
    expect(isLocalSite(new URL('https://errors.example.com'))).toBe(false);
  });
});
