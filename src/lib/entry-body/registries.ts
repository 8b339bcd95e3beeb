/**
 * The lists some components are checked against, read from the data other parts of the project
 * extract from the gateway's source. Each check applies only once its file exists.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';

const gatewaySource = 'content/gateway-source';

/** Every listed release version (`5.10.0`, `5.15.0-rc7`), from releases.yaml; undefined without the file. */
export async function readReleaseVersions(root: string): Promise<Set<string> | undefined> {
  const path = join(root, gatewaySource, 'releases.yaml');
  if (!existsSync(path)) return undefined;
  const releases = (parse(await readFile(path, 'utf8')) ?? []) as Array<{ tag: string }>;
  return new Set(releases.map(({ tag }) => tag.replace(/^v/, '')));
}

/** Every response flag code in the first column of any `<tag>/flags.tsv`; undefined while none exists. */
export async function readFlagCodes(root: string): Promise<Set<string> | undefined> {
  const dir = join(root, gatewaySource);
  if (!existsSync(dir)) return undefined;
  const tables = (await readdir(dir, { recursive: true })).filter((path) => path.endsWith('flags.tsv'));
  if (tables.length === 0) return undefined;
  const codes = new Set<string>();
  for (const table of tables) {
    for (const line of (await readFile(join(dir, table), 'utf8')).split('\n')) {
      const code = line.split('\t')[0]?.trim();
      if (code && /^[A-Z]{3}$/.test(code)) codes.add(code);
    }
  }
  return codes;
}
