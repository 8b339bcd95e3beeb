/**
 * `npm run source:extract -- <tyk git dir or checkout> [--boundary] <tag>…` reads the gateway's Go
 * source at each tag and writes what it finds under content/gateway-source/: `<tag>/responses.tsv`
 * (every client-facing status and message) and `releases.yaml` (the tags given, with their line
 * labels). `--boundary` lists the tags as boundaries: checked so that ranges start and end at the
 * right line, but not offered as releases people run. A listed tag keeps its role when re-extracted.
 * Each extractor is a module with a `file` name and an `extract(files)` returning TSV rows; add one to
 * `extractors` to write another table per tag from the same parsed source.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse, stringify } from 'yaml';
import { readGoFiles, type GoFile } from './go-source';
import { compareTags, describeRelease } from './releases';
import { extractResponses } from './responses';
import { toTsv } from '../../src/lib/tsv';

export interface Extractor {
  /** The file written per tag, e.g. `responses.tsv`. */
  file: string;
  columns: readonly string[];
  extract(files: GoFile[]): Array<Record<string, string | number>>;
}

export const extractors: Extractor[] = [
  {
    file: 'responses.tsv',
    columns: ['status', 'message', 'kind', 'file', 'line', 'symbol', 'overrideKey'],
    extract: (files) => extractResponses(files).map((row) => ({ ...row })),
  },
];

const outDir = resolve(import.meta.dirname, '../../content/gateway-source');

function main(args: string[]) {
  const boundary = args.includes('--boundary');
  const [repo, ...tags] = args.filter((arg) => arg !== '--boundary');
  if (!repo || tags.length === 0) {
    console.error('Usage: npm run source:extract -- <path to a tyk git dir or checkout> [--boundary] <tag>…');
    process.exit(2);
  }
  tags.sort(compareTags);
  for (const tag of tags) {
    const files = readGoFiles(repo, tag);
    mkdirSync(join(outDir, tag), { recursive: true });
    for (const extractor of extractors) {
      const rows = extractor.extract(files);
      writeFileSync(join(outDir, tag, extractor.file), toTsv(extractor.columns, rows));
      console.log(`${tag}: ${rows.length} rows in ${extractor.file} from ${files.length} Go files`);
    }
  }
  // Extracting some tags again keeps the others on the list.
  const releasesFile = join(outDir, 'releases.yaml');
  const listed = new Map(
    existsSync(releasesFile)
      ? (parse(readFileSync(releasesFile, 'utf8')) as Array<{ tag: string; boundary?: boolean }>).map(
          (release) => [release.tag, release.boundary ?? false] as const,
        )
      : [],
  );
  const releases = [...new Set([...listed.keys(), ...tags])]
    .sort(compareTags)
    .map((tag) => describeRelease(tag, listed.get(tag) ?? boundary));
  writeFileSync(
    releasesFile,
    '# The releases the catalog is checked against, oldest first. Written by `npm run source:extract`.\n' +
      "# boundary: true marks a line's first release, checked so that ranges start and end at the right line;\n" +
      '# the others are the releases people run, offered by the release picker and the comparison pages.\n' +
      stringify(releases, { defaultStringType: 'PLAIN', singleQuote: true }),
  );
}

main(process.argv.slice(2));
