/** Links into the Tyk Gateway's source on GitHub, pinned to a release tag or commit. */
const gatewayRepository = 'https://github.com/TykTechnologies/tyk';

export function sourceLineUrl(location: { file: string; line: number; ref: string }): string {
  return `${gatewayRepository}/blob/${location.ref}/${location.file}#L${location.line}`;
}
