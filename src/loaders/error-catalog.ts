/**
 * The content-layer loader for the error catalog: one MDX file per error, ids taken from the file
 * path (`403/key-not-authorised`) so no entry can silently replace another. Each body is rendered to
 * HTML here, while the content layer syncs (src/lib/entry-body/render.ts), and stored as the entry's
 * `rendered` HTML, so `render(entry)` returns it and no entry becomes a bundler module. Unchanged
 * entries keep their stored HTML (Astro's digest per entry). Then the catalog-wide rules run and the
 * check that no published URL disappears. Every file is checked as text before its frontmatter is
 * parsed (src/lib/entry-files.ts), so a file that is not an entry, or one that would be misread, is
 * refused by name. A broken catalog fails `astro sync`, `check` and `build`.
 */
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Loader, LoaderContext } from 'astro/loaders';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  findCatalogProblems,
  findVanishedUrls,
  formatCatalogProblems,
  type CatalogEntry,
  type CatalogProblem,
} from '../lib/catalog-rules';
import { BodyError, renderBody, type BodyContext, type RenderedBody } from '../lib/entry-body/render';
import { readFlagCodes, readReleaseVersions } from '../lib/entry-body/registries';
import {
  entryId,
  findEntryTextProblems,
  findFrontmatterProblems,
  findNonEntryProblem,
  isSystemFile,
  yamlProblem,
} from '../lib/entry-files';
import { publishedPaths } from '../lib/urls';
import { readPublishedUrls } from './published-urls';

/** The renderer's own code: when it changes, stored HTML from the older renderer is not reused. */
const rendererFiles = ['src/lib/entry-body', 'src/lib/markdown-options.ts'];

async function readRendererCode(root: string): Promise<string> {
  const paths = [];
  for (const path of rendererFiles.map((file) => join(root, file))) {
    if (!path.endsWith('.ts')) paths.push(...(await readdir(path)).sort().map((file) => join(path, file)));
    else paths.push(path);
  }
  return (await Promise.all(paths.map((path) => readFile(path, 'utf8')))).join('\n');
}

const manifestHeader =
  '# Every URL this site has published. Never remove a line: the build fails if a listed URL is no longer built.';

/**
 * `npm run urls:record` (astro sync with RECORD_PUBLISHED_URLS=1): adds every URL the catalog now
 * publishes to the manifest. It only ever adds, so a URL that disappeared still fails below.
 */
async function recordPublishedUrls(manifestPath: string, recorded: string[], entries: CatalogEntry[]): Promise<void> {
  const all = [...new Set([...recorded, ...publishedPaths(entries)])].sort();
  await writeFile(manifestPath, `${manifestHeader}\n${all.join('\n')}\n`);
  console.log(`${all.length - recorded.length} URLs added; ${all.length} listed in ${manifestPath}.`);
}

interface SourceFile {
  id: string;
  /** Relative to the project root. */
  filePath: string;
  contents: string;
  data: Record<string, unknown>;
  /** The body with the frontmatter blanked, so its lines are the file's lines. */
  body: string;
}

/** Keeps a byte-order mark as text, so the file checks can refuse it by name. */
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

/** Files read at once, as Astro's glob loader does: read one after another, every entry waits on the disk. */
const filesAtOnce = 10;

async function readFiles(paths: string[]): Promise<Map<string, Buffer>> {
  const contents = new Map<string, Buffer>();
  for (let start = 0; start < paths.length; start += filesAtOnce) {
    const chunk = paths.slice(start, start + filesAtOnce);
    (await Promise.all(chunk.map((path) => readFile(path)))).forEach((bytes, index) => contents.set(chunk[index]!, bytes));
  }
  return contents;
}

async function readEntryFiles(root: string, baseDir: string): Promise<{ sources: SourceFile[]; problems: CatalogProblem[] }> {
  const problems: CatalogProblem[] = [];
  const sources: SourceFile[] = [];
  const dirents = existsSync(baseDir) ? await readdir(baseDir, { recursive: true, withFileTypes: true }) : [];
  const files = dirents.flatMap((dirent) => {
    const absolute = join(dirent.parentPath, dirent.name);
    const filePath = relative(root, absolute).split('\\').join('/');
    if (dirent.isDirectory() || isSystemFile(filePath)) return [];
    const nonEntry = findNonEntryProblem(filePath, dirent.isSymbolicLink() ? 'symlink' : dirent.isFile() ? 'file' : 'other');
    return [{ absolute, filePath, nonEntry }];
  });
  const contentsOf = await readFiles(files.filter(({ nonEntry }) => !nonEntry).map(({ absolute }) => absolute));
  for (const { absolute, filePath, nonEntry } of files) {
    if (nonEntry) {
      problems.push(nonEntry);
      continue;
    }
    const bytes = contentsOf.get(absolute)!;
    const contents = utf8.decode(bytes);
    const textProblems = findEntryTextProblems(filePath, contents, bytes.byteLength);
    if (textProblems.length > 0) {
      problems.push(...textProblems);
      continue;
    }
    let parsed;
    try {
      parsed = parseFrontmatter(contents, { frontmatter: 'empty-with-lines' });
    } catch (error) {
      // js-yaml counts lines from the end of the opening `---` line, which is the file's line 1.
      const { reason, message, mark } = error as { reason?: string; message: string; mark?: { line?: number } };
      problems.push(yamlProblem(filePath, reason ?? message, mark?.line === undefined ? undefined : mark.line + 1));
      continue;
    }
    const frontmatterProblems = findFrontmatterProblems(filePath, parsed.frontmatter);
    if (frontmatterProblems.length > 0) {
      problems.push(...frontmatterProblems);
      continue;
    }
    const id = entryId(relative(baseDir, absolute).split('\\').join('/'));
    sources.push({ id, filePath, contents, data: parsed.frontmatter as Record<string, unknown>, body: parsed.content });
  }
  return { sources: sources.sort((a, b) => a.filePath.localeCompare(b.filePath)), problems };
}

/** The rendered HTML an entry had, if it can be reused: same file, same context, linked entries unchanged. */
function isStoredRenderingCurrent(context: LoaderContext, id: string, digest: string, bodyContext: BodyContext): boolean {
  const stored = context.store.get(id);
  if (!stored?.rendered || stored.digest !== digest) return false;
  const links = (stored.rendered.metadata as { entryLinks?: RenderedBody['entryLinks'] } | undefined)?.entryLinks ?? {};
  return Object.entries(links).every(([target, message]) => bodyContext.entries.get(target)?.message === message);
}

export function errorCatalogLoader(base: string, manifestPath: string): Loader {
  const load = async (context: LoaderContext) => {
    const { config, store, parseData, generateDigest, logger } = context;
    const root = fileURLToPath(config.root);
    const baseDir = resolve(root, base);
    const { sources, problems } = await readEntryFiles(root, baseDir);

    const parsed = [];
    for (const source of sources) {
      const data = await parseData({ id: source.id, data: source.data, filePath: join(root, source.filePath) });
      parsed.push({ ...source, data });
    }
    const [releases, flags] = await Promise.all([readReleaseVersions(root), readFlagCodes(root)]);
    const bodyContext: BodyContext = {
      base: config.base,
      entries: new Map(
        parsed.map(({ id, data }) => {
          const { status, slug, message } = data as unknown as CatalogEntry['data'];
          return [id, { status, slug, message }];
        }),
      ),
      releases,
      flags,
    };
    // What every body's HTML depends on besides its own file.
    const contextDigest = generateDigest(
      JSON.stringify([await readRendererCode(root), config.base, releases && [...releases], flags && [...flags]]),
    );

    let reused = 0;
    const untouched = new Set(store.keys());
    for (const source of parsed) {
      untouched.delete(source.id);
      const digest = generateDigest(source.contents + contextDigest);
      if (isStoredRenderingCurrent(context, source.id, digest, bodyContext)) {
        reused++;
        continue;
      }
      let rendered;
      let body = source.body.trim();
      try {
        const { html, headings, markdown, entryLinks } = await renderBody(source.body, source.filePath, bodyContext);
        rendered = { html, metadata: { headings, entryLinks } };
        // The body as Markdown, components written out: what the entry's Markdown twin (/<status>/<slug>.md) serves.
        body = markdown;
      } catch (error) {
        if (!(error instanceof BodyError)) throw error;
        for (const { line, message } of error.problems)
          problems.push({ filePath: `${source.filePath}:${line}`, field: 'body', message });
      }
      // Stored even when its body is broken, so the catalog-wide rules still see the entry.
      store.set({ id: source.id, data: source.data, body, filePath: source.filePath, digest, ...(rendered && { rendered }) });
    }
    untouched.forEach((id) => store.delete(id));
    logger.info(`${parsed.length - reused} entries rendered, ${reused} unchanged and reused`);

    const entries = [...store.values()] as unknown as CatalogEntry[];
    const manifest = join(root, manifestPath);
    const recorded = await readPublishedUrls(manifest);
    const catalogProblems = findCatalogProblems(entries);
    if (process.env['RECORD_PUBLISHED_URLS'] && problems.length === 0 && catalogProblems.length === 0) {
      await recordPublishedUrls(manifest, recorded, entries);
    }
    problems.push(...catalogProblems, ...findVanishedUrls(recorded, entries));
    if (problems.length > 0) throw new Error(formatCatalogProblems(problems));
  };

  return {
    name: 'error-catalog',
    load: async (context) => {
      await load(context);
      // In `astro dev`, any change under the catalog re-runs the load; unchanged entries are reused.
      const watchedDir = resolve(fileURLToPath(context.config.root), base);
      context.watcher?.add(watchedDir);
      context.watcher?.on('all', (_event, path) => {
        if (path.startsWith(watchedDir)) load(context).catch((error: Error) => context.logger.error(error.message));
      });
    },
  };
}
