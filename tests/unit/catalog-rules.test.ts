import { describe, expect, test } from 'vitest';
import { findCatalogProblems, formatCatalogProblems, type CatalogEntry } from '../../src/lib/catalog-rules';

function entry(path: string, data: Partial<CatalogEntry['data']> = {}): CatalogEntry {
  const [status, slug] = path.split('/') as [string, string];
  const message = data.message ?? `Message of ${slug}`;
  return {
    id: path,
    filePath: `content/errors/${path}.mdx`,
    data: {
      status: status === 'tls' ? 'tls' : Number(status),
      slug,
      message,
      aliases: [],
      related: [],
      example: status === 'tls' ? message : `HTTP/1.1 ${status} Reason\n\n{"error": "${message}"}`,
      ...data,
    },
  };
}

describe('catalog rules', () => {
  test('a consistent catalog has no problems', () => {
    expect(
      findCatalogProblems([
        entry('403/a', { related: [{ id: '401/a' }], aliases: ['old-a'] }),
        entry('401/a', { related: [{ id: '403/a' }] }),
        entry('tls/bad-certificate', { message: 'remote error: tls: bad certificate' }),
      ]),
    ).toEqual([]);
  });

  test('the same slug under different statuses is fine: the URL includes the status', () => {
    expect(findCatalogProblems([entry('401/key-not-authorised'), entry('403/key-not-authorised')])).toEqual([]);
  });

  test('folder, file name, URL, message, related and example problems', () => {
    const problems = findCatalogProblems([
      entry('403/a', { status: 401, example: 'HTTP/1.1 401 Unauthorized\n\n{"error": "Message of a"}' }),
      entry('403/b', { slug: 'c' }),
      entry('403/d', { aliases: ['e'] }),
      entry('403/e'),
      entry('403/f', { message: 'Message of e' }),
      entry('403/g', { related: [{ id: '403/missing' }] }),
      entry('403/h', { example: 'HTTP/1.1 403 Forbidden\n\n{"error": "Something else"}' }),
    ]);
    expect(problems.map(({ filePath, field }) => `${filePath} ${field}`)).toEqual([
      'content/errors/403/d.mdx aliases',
      'content/errors/403/a.mdx status',
      'content/errors/403/b.mdx slug',
      'content/errors/403/f.mdx message',
      'content/errors/403/g.mdx related',
      'content/errors/403/h.mdx example',
    ]);
  });

  test('an example with the message filled in still matches a message with format verbs', () => {
    expect(
      findCatalogProblems([
        entry('403/certificate-with-sha256-not-allowed', {
          message: 'Certificate with SHA256 %s not allowed',
          example: 'HTTP/1.1 403 Forbidden\n\n{\n    "error": "Certificate with SHA256 4a5b6c not allowed"\n}',
        }),
      ]),
    ).toEqual([]);
  });

  test('formats problems for authors, one block per problem', () => {
    expect(
      formatCatalogProblems([{ filePath: 'content/errors/403/a.mdx', field: 'related', message: '"x" is not an entry.' }]),
    ).toBe('The error catalog has 1 problem:\n  content/errors/403/a.mdx\n    **related** "x" is not an entry.');
  });
});
