/** The project's release list: which tags are checked, and how readers name their line (`5.8 LTS`). */
export interface Release {
  tag: string;
  line: string;
  lts: boolean;
  unreleased: boolean;
}

/** Tyk's long-term-support lines among those the project checks. */
const ltsLines = new Set(['4.0', '5.3', '5.8']);

export function describeRelease(tag: string): Release {
  const match = /^v(\d+)\.(\d+)\.\d+(-.+)?$/.exec(tag);
  if (!match) throw new Error(`"${tag}" is not a release tag like v5.8.0 or v5.15.0-rc7.`);
  const line = `${match[1]}.${match[2]}`;
  const lts = ltsLines.has(line);
  return { tag, line: lts ? `${line} LTS` : line, lts, unreleased: Boolean(match[3]) };
}

/** Orders tags by version, release candidates before their release. */
export function compareTags(a: string, b: string): number {
  const parts = (tag: string) =>
    tag
      .replace(/^v/, '')
      .split(/[.-]/)
      .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
  const [left, right] = [parts(a), parts(b)];
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const [x, y] = [left[i], right[i]];
    if (x === y) continue;
    if (x === undefined) return 1;
    if (y === undefined) return -1;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x).localeCompare(String(y));
  }
  return 0;
}
