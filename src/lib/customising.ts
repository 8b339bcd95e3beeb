/**
 * Which responses Error Overrides can change, and a ready rule for one. Overrides apply to what the
 * gateway writes through its error handler on proxied requests (and to upstream responses); the
 * Gateway REST API, OAuth endpoints and TLS failures are written another way.
 */
import { literalParts } from './message';

/** JSON keys of a rule by `Type.Field`, as extracted from apidef/error_overrides.go. */
export type RuleShape = Partial<Record<string, string>>;

interface EntryFacts {
  status: number | 'tls';
  audience: string;
  source: ReadonlyArray<{ file: string }>;
}

/** Files whose errors reach the client through ErrorHandler.HandleError, where overrides are applied. */
const errorHandlerPaths =
  /^(gateway\/(mw_|reverse_proxy|handler_|middleware|res_handler)|internal\/middleware\/|ee\/middleware\/)/;

export function overridability(entry: EntryFacts): { overridable: true } | { overridable: false; reason: string } {
  if (entry.status === 'tls') return { overridable: false, reason: 'a TLS handshake failure has no HTTP response to replace.' };
  if (entry.audience === 'gateway-api')
    return { overridable: false, reason: 'the Gateway REST API writes its own responses; overrides apply to API traffic only.' };
  if (!entry.source.some((location) => errorHandlerPaths.test(location.file)))
    return {
      overridable: false,
      reason: 'the gateway writes it directly, not through the error handler that applies overrides.',
    };
  return { overridable: true };
}

/** A Go regular expression (RE2) for the message, each format verb matching any run of characters. */
export function messagePatternSource(message: string): string {
  return literalParts(message)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('.+?');
}

/** An Error Overrides map with one rule for this response, in the release's JSON keys. */
export function overrideRule(response: { status: number; message: string; flag?: string | undefined }, shape: RuleShape): string {
  const key = (name: string) => shape[name] ?? name;
  const match = response.flag
    ? { [key('ErrorMatcher.Flag')]: response.flag }
    : { [key('ErrorMatcher.MessagePattern')]: messagePatternSource(response.message) };
  const rule = {
    [key('ErrorOverride.Match')]: match,
    [key('ErrorOverride.Response')]: {
      [key('ErrorResponse.StatusCode')]: response.status,
      [key('ErrorResponse.Body')]: JSON.stringify({ error: 'Your own message' }),
    },
  };
  return JSON.stringify({ error_overrides: { [String(response.status)]: [rule] } }, null, 2);
}
