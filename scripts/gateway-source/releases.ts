/** The project's release list: which tags are checked, and how readers name their line (`5.8 LTS`). */
export interface Release {
  tag: string;
  line: string;
  lts: boolean;
  unreleased: boolean;
  /** Checked only to find where ranges start and end (a line's first release), not a release people run. */
  boundary: boolean;
}

/** Tyk's long-term-support lines among those the project checks. */
const ltsLines = new Set(['4.0', '5.3', '5.8']);

export function describeRelease(tag: string, boundary = false): Release {
  const match = /^v(\d+)\.(\d+)\.\d+(-.+)?$/.exec(tag);
  if (!match) throw new Error(`"${tag}" is not a release tag like v5.8.0 or v5.15.0-rc7.`);
  const line = `${match[1]}.${match[2]}`;
  const lts = ltsLines.has(line);
  return { tag, line: lts ? `${line} LTS` : line, lts, unreleased: Boolean(match[3]), boundary };
}

export { compareTags } from '../../src/lib/release-tags';
