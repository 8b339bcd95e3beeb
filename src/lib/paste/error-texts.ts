/**
 * The error texts that decide which response a logged upstream error became. The gateway logs
 * `http: proxy error: <Go error>` on every proxy failure (reverse_proxy.go) and classifies the Go
 * error into a flag and details (internal/errors/classifier.go, extracted to classifications.tsv);
 * the entries list those flags. To read a pasted log line the search needs the error's *text*:
 * string selectors are texts already; typed selectors print as Go's standard library writes them.
 */
import type { Classification } from '../operator-source';

/** What Go prints for the typed errors the classifier selects (Go's context, crypto/x509 and Linux errno texts). */
const goErrorTexts: Record<string, string[]> = {
  'context.Canceled': ['context canceled'],
  'context.DeadlineExceeded': ['context deadline exceeded'],
  'x509.UnknownAuthorityError': ['x509: certificate signed by unknown authority'],
  'x509.Expired': ['x509: certificate has expired or is not yet valid'],
  'x509.HostnameError': ['x509: certificate is valid for', 'x509: certificate is not valid for any names'],
  'x509.SystemRootsError': ['x509: failed to load system roots'],
  'syscall.ECONNREFUSED': ['connection refused'],
  'syscall.ETIMEDOUT': ['connection timed out'],
  'syscall.ECONNRESET': ['connection reset by peer'],
  'syscall.ENETUNREACH': ['network is unreachable'],
  'syscall.EHOSTUNREACH': ['no route to host'],
  'syscall.EPIPE': ['broken pipe'],
  'syscall.ECONNABORTED': ['software caused connection abort'],
  'syscall.ENETRESET': ['network dropped connection on reset'],
};

/** Text selectors (`no such host`, `handshake failure | bad certificate`) are matched as written. */
const textClassifier = 'classifyByErrorString';

/** The error texts the classifier reads as one flag's `details` (every details value when none is given), from that flag's rows. */
export function errorTextsOf(flagRows: readonly Classification[], details: string | undefined): string[] {
  const texts = flagRows
    .filter((row) => details === undefined || row.details === details)
    .flatMap((row) =>
      row.classifier === textClassifier
        ? row.selector
            .split('|')
            .map((text) => text.trim())
            .filter(Boolean)
        : (goErrorTexts[row.selector] ?? []),
    );
  return [...new Set(texts)];
}
