import { describe, expect, test } from 'vitest';
import { decodePathLeniently } from '../../src/lib/urls';

describe('decodePathLeniently', () => {
  test('decodes a well-formed path', () => {
    expect(decodePathLeniently('/403/Quota%20exceeded%E2%80%A6/')).toBe('/403/Quota exceeded…/');
  });

  test('turns a malformed escape into a space instead of throwing, keeping the rest', () => {
    expect(decodePathLeniently('/%E2%82/')).toBe('/ /');
    expect(decodePathLeniently('/403/Quota%20exceeded%E2%82')).toBe('/403/Quota exceeded ');
    expect(decodePathLeniently('/100%/key%2')).toBe('/100%/key%2');
  });
});
