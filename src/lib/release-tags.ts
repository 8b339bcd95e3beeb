/** Release tags (`v5.10.0`, `v5.15.0-rc7`) and their order, shared by the build, the browser search and the extractors. */

/** Orders release tags oldest first: v5.9.0 before v5.10.0, a pre-release before its release. */
export function compareTags(a: string, b: string): number {
  const parts = (tag: string) => {
    const [core = '', pre] = tag.replace(/^v/, '').split('-', 2);
    return { numbers: core.split('.').map(Number), pre };
  };
  const left = parts(a);
  const right = parts(b);
  for (let i = 0; i < 3; i++) {
    const difference = (left.numbers[i] ?? 0) - (right.numbers[i] ?? 0);
    if (difference !== 0) return difference;
  }
  if (left.pre === right.pre) return 0;
  if (left.pre === undefined) return 1;
  if (right.pre === undefined) return -1;
  return left.pre.localeCompare(right.pre, 'en', { numeric: true });
}
