/** /errors.json is valid against the published /errors.schema.json, and carries each entry's releases. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, test } from 'vitest';
import { distDir } from './built-site';

const errors = JSON.parse(readFileSync(join(distDir, 'errors.json'), 'utf8')) as Array<Record<string, unknown>>;
const schema = JSON.parse(readFileSync(join(distDir, 'errors.schema.json'), 'utf8')) as object;
const find = (status: number, slug: string) => errors.find((error) => error['status'] === status && error['slug'] === slug)!;

describe('errors.json', () => {
  test('is valid against /errors.schema.json', () => {
    const ajv = new Ajv2020({ allErrors: true });
    addFormats.default(ajv);
    const validate = ajv.compile(schema);
    expect(validate(errors), ajv.errorsText(validate.errors)).toBe(true);
  });

  test('the schema rejects an entry without releases', () => {
    const ajv = new Ajv2020();
    addFormats.default(ajv);
    const { releases: _, ...withoutReleases } = errors[0]!;
    expect(ajv.validate(schema, [withoutReleases])).toBe(false);
  });

  test('lists the releases that send each entry, and each wording with its own', () => {
    const rateLimit = find(429, 'rate-limit-exceeded');
    expect(rateLimit['releases']).toContain('v5.14.0');
    expect(rateLimit['releases']).not.toContain('v5.3.13');
    // The first release of every line is listed too, so the change shows at 5.4.0.
    expect((rateLimit['releases'] as string[])[0]).toBe('v5.4.0');
    expect(rateLimit['wordings']).toContainEqual(
      expect.objectContaining({
        status: 429,
        message: 'Rate limit exceeded',
        releases: ['v4.0.0', 'v4.0.16', 'v4.1.0', 'v4.2.0', 'v4.3.0', 'v5.0.0', 'v5.1.0', 'v5.2.0', 'v5.3.0', 'v5.3.13'],
      }),
    );
  });

  test('marks entries only a release candidate sends as unreleased, and no other', () => {
    expect(find(409, 'api-is-referenced-by-paired-mcp-proxies')['unreleased']).toBe(true);
    expect(find(429, 'rate-limit-exceeded')).not.toHaveProperty('unreleased');
  });
});
