/** Every entry file under a folder of the catalog (`content/errors`), for the scripts that read or fill entries. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export function entryFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((dirent) =>
    dirent.isDirectory() ? entryFiles(join(dir, dirent.name)) : /\.mdx$/.test(dirent.name) ? [join(dir, dirent.name)] : [],
  );
}
