/** Reads content/published-urls.txt: every URL ever published, one path per line (`#` starts a comment). */
import { readFile } from 'node:fs/promises';

export async function readPublishedUrls(manifestPath: string): Promise<string[]> {
  const text = await readFile(manifestPath, 'utf8');
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
}
