/** The responses extractor on small Go sources: each way a response reaches a client, resolved to status and text. */
import { describe, expect, test } from 'vitest';
import { goFile } from '../../scripts/gateway-source/go-source';
import { extractResponses } from '../../scripts/gateway-source/responses';

const extract = (source: string) =>
  extractResponses([goFile('gateway/mw_example.go', source)]).map(({ status, message, line, overrideKey }) => ({
    status,
    message,
    line,
    overrideKey,
  }));

describe('extractResponses', () => {
  test('middleware return pairs, with constants, error variables and http.StatusX resolved', () => {
    const rows = extract(`package gateway
const MsgNope = "Nope"
var ErrGone = errors.New("gone away")
func (k *Example) ProcessRequest(w http.ResponseWriter, r *http.Request) (error, int) {
	if a {
		return errors.New(MsgNope), http.StatusForbidden // a comment "not a message"
	}
	return ErrGone, 410
}`);
    expect(rows).toEqual([
      { status: 403, message: 'Nope', line: 6, overrideKey: '' },
      { status: 410, message: 'gone away', line: 8, overrideKey: '' },
    ]);
  });

  test('Gateway API writes, helpers with a message parameter, and fmt.Errorf wrapping', () => {
    const rows = extract(`package gateway
var ErrBase = errors.New("found nothing")
func (t *Base) limited(r *http.Request, message string) (error, int) {
	return errors.New(message), http.StatusTooManyRequests
}
func handler(w http.ResponseWriter, r *http.Request) {
	doJSONWrite(w, http.StatusBadRequest, apiError("Request malformed"))
	doJSONWrite(w, http.StatusOK, apiOk("fine"))
}
func (k *Limit) ProcessRequest(w http.ResponseWriter, r *http.Request) (error, int) {
	return k.limited(r, "Rate Limit Exceeded")
}
func (k *Claims) ProcessRequest(w http.ResponseWriter, r *http.Request) (error, int) {
	return fmt.Errorf("%w, claim: %s", ErrBase, field), http.StatusForbidden
}`);
    expect(rows.map(({ status, message }) => `${status} ${message}`)).toEqual([
      '400 Request malformed',
      '429 Rate Limit Exceeded',
      '403 found nothing, claim: %s',
    ]);
  });

  test('the TykErrors override map and every use of its keys carry the override key', () => {
    const rows = extract(`package gateway
const ErrAuthKeyNotFound = "auth.key_not_found"
const MsgDenied = "Access to this API has been disallowed"
func initErrors() {
	TykErrors[ErrAuthKeyNotFound] = config.TykError{
		Message: MsgDenied,
		Code:    http.StatusForbidden,
	}
}
func (k *AuthKey) ProcessRequest(w http.ResponseWriter, r *http.Request) (error, int) {
	return errorAndStatusCode(ErrAuthKeyNotFound)
}`);
    expect(rows).toEqual([
      { status: 403, message: 'Access to this API has been disallowed', line: 5, overrideKey: 'auth.key_not_found' },
      { status: 403, message: 'Access to this API has been disallowed', line: 11, overrideKey: 'auth.key_not_found' },
    ]);
  });

  test('a wrapper that passes an error and a status through (prmError), errpack.New errors, and no internal status', () => {
    const rows = extract(`package gateway
var ErrTlsRequired = errpack.New(
	"Client TLS certificate is required",
	errpack.WithLogLevel(logrus.InfoLevel),
)
const StatusRespond = 666
func (b *Base) prmError(w http.ResponseWriter, r *http.Request, err error, code int) (error, int) {
	setHeader(w)
	return err, code
}
func (k *JWT) ProcessRequest(w http.ResponseWriter, r *http.Request) (error, int) {
	if a {
		return k.prmError(w, r, errors.New("Authorization field missing"), http.StatusBadRequest)
	}
	if b {
		return errors.New("already written"), StatusRespond
	}
	return ErrTlsRequired, http.StatusForbidden
}`);
    expect(rows.map(({ status, message, line }) => `${status} ${message} :${line}`)).toEqual([
      '400 Authorization field missing :13',
      '403 Client TLS certificate is required :18',
    ]);
  });
});
