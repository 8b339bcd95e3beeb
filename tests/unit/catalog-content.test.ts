/** Every real entry: valid against the schema and the catalog rules, sourced, and with real causes and fixes. */
import { describe, expect, test, vi } from 'vitest';
import { z } from 'astro/zod';
import { findCatalogProblems, formatCatalogProblems, type CatalogEntry } from '../../src/lib/catalog-rules';
import { bodyTexts, parseExampleResponse } from '../../src/lib/example-response';
import { containsMessage } from '../../src/lib/message';
import { readCatalogFiles, section } from './content-files';

vi.mock('astro:content', () => ({
  defineCollection: <T>(collection: T) => collection,
  reference: (collection: string) => z.string().transform((id) => ({ id, collection })),
}));

const { collections } = await import('../../src/content.config');
const schema = collections.errors.schema as z.ZodType<CatalogEntry['data'] & { source: unknown[] }>;
const files = readCatalogFiles();
const entries = files.map((file) => {
  const result = schema.safeParse(file.frontmatter);
  return { ...file, data: result.success ? result.data : undefined, issues: result.success ? [] : result.error.issues };
});

describe('the catalog', () => {
  test('has entries', () => {
    expect(files.length).toBeGreaterThan(12);
  });

  test('every entry matches the schema', () => {
    const failures = entries
      .filter((entry) => entry.issues.length > 0)
      .map(
        (entry) => `${entry.filePath}: ${entry.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`,
      );
    expect(failures).toEqual([]);
  });

  test('the catalog rules hold (folders, slugs, unique URLs and messages, related entries, examples)', () => {
    const valid = entries.filter((entry) => entry.data) as Array<CatalogEntry & { data: CatalogEntry['data'] }>;
    const problems = findCatalogProblems(valid);
    expect(problems.length ? formatCatalogProblems(problems) : '').toBe('');
  });

  test.each(entries.map((entry) => [entry.id, entry] as const))(
    '%s names its source and shows a matching example',
    (_, entry) => {
      const data = entry.data!;
      expect(data.source.length).toBeGreaterThan(0);
      const example = parseExampleResponse(data.example);
      if (data.status !== 'tls') {
        expect(example.status).toBe(data.status);
        expect(example.headers.some(([name]) => name.toLowerCase() === 'content-type')).toBe(true);
      }
      expect(bodyTexts(example.body).some((text) => containsMessage(text, data.message))).toBe(true);
    },
  );

  test.each(entries.map((entry) => [entry.id, entry.body] as const))(
    '%s explains what it means, its causes and the fix',
    (_, body) => {
      expect(section(body, 'What it means').length).toBeGreaterThan(40);
      const causes = section(body, 'Why it happens');
      expect(causes).toMatch(/^### \S/m);
      for (const cause of causes.split(/^### .*$/m).slice(1)) expect(cause.trim().length).toBeGreaterThan(20);
      expect(section(body, 'How to fix')).toMatch(/^1\. \S/m);
    },
  );
});
