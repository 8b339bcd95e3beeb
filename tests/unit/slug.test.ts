import { describe, expect, test } from 'vitest';
import { isSlug, slugify } from '../../src/lib/slug';

describe('slugify', () => {
  test.each([
    ['Key not authorised', 'key-not-authorised'],
    ['Access to this API has been disallowed', 'access-to-this-api-has-been-disallowed'],
    ['Key not authorized: Unexpected signing method', 'key-not-authorized-unexpected-signing-method'],
    ['Certificate with SHA256 %s not allowed', 'certificate-with-sha256-not-allowed'],
    [
      'Loop level too deep. Found more than %d loops in single request',
      'loop-level-too-deep-found-more-than-loops-in-single-request',
    ],
    ["Couldn't decode instruction", 'couldn-t-decode-instruction'],
    ['  Upstream service reached hard timeout.  ', 'upstream-service-reached-hard-timeout'],
  ])('%s → %s', (message, slug) => {
    expect(slugify(message)).toBe(slug);
  });

  test('cuts long messages at a word boundary, at most 60 characters', () => {
    const slug = slugify(
      'custom key ID length %d is less than min_token_length (%d); the key would be unreachable at auth time.',
    );
    expect(slug).toBe('custom-key-id-length-is-less-than-min-token-length-the-key');
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(isSlug(slug)).toBe(true);
  });

  test('every slug it makes is a valid slug', () => {
    for (const message of ['%s', 'A  --  B', 'Ünïcödé message', '{"error":"x"}']) {
      const slug = slugify(message);
      if (slug) expect(isSlug(slug)).toBe(true);
    }
  });
});

describe('isSlug', () => {
  test.each(['key-not-authorised', 'a', '404-not-found'])('accepts %s', (slug) => expect(isSlug(slug)).toBe(true));
  test.each(['Key', 'a--b', '-a', 'a-', 'a_b', 'a/b', ''])('rejects %j', (slug) => expect(isSlug(slug)).toBe(false));
});
