/**
 * The rules that tie log lines to a response site (scripts/gateway-source/response-logs.ts) and that
 * resolve error values (error-values.ts), on small Go sources shaped like the gateway's.
 */
import { describe, expect, test } from 'vitest';
import { goFile } from '../../scripts/gateway-source/go-source';
import { parsePackageLogs } from '../../scripts/gateway-source/operator';
import { responseLogs } from '../../scripts/gateway-source/response-logs';
import { isListedLog, logsOnPathOf, type ResponseLog } from '../../src/lib/operator-source';

const file = 'gateway/mw_example.go';

/** The log lines on the path of the response written at the line holding `marker`. */
function onPath(source: string, marker: string): Array<Pick<ResponseLog, 'level' | 'message' | 'value' | 'sent' | 'via'>> {
  const line = source.split('\n').findIndex((text) => text.includes(`"${marker}"`)) + 1;
  const logs = parsePackageLogs([{ file, source }]).map((row) => ({ ...row, line: String(row.line) }));
  return responseLogs([goFile(file, source)], [{ status: '403', message: marker, file, line: String(line) }], logs).map(
    ({ level, message, value, sent, via }) => ({ level, message, value, sent, via }),
  );
}

const middleware = `package gateway

var ErrDenied = errors.New("denied by check")

func (k *AuthKey) ProcessRequest(w http.ResponseWriter, r *http.Request) (error, int) {
	k.Logger().Debug("request through the middleware")
	session := k.load(r)
	if session == nil {
		k.Logger().Warning("other branch")
		return errors.New("Other"), http.StatusBadRequest
	}
	if err := k.check(r); err != nil {
		k.Logger().Error("check failed")
		if verbose {
			log.Debug("details of the failure")
		}
		k.report(r)
		return errors.New("Denied"), http.StatusForbidden
	} else if legacy {
		log.Error("legacy branch")
	}
	return nil, http.StatusOK
}

func (k *AuthKey) check(r *http.Request) error {
	log.Warn("checking the request")
	return ErrDenied
}

func (k *AuthKey) report(r *http.Request) {
	k.Logger().Info("Attempted access with a denied request.")
}

func (k *AuthKey) load(r *http.Request) *Session {
	log.Error("loading happens on every path")
	return nil
}
`;

describe('log lines on the path of a response', () => {
  test('the branch, its condition and the helpers it calls; never another branch', () => {
    expect(onPath(middleware, 'Denied')).toEqual([
      { level: 'debug', message: 'request through the middleware', value: '', sent: '', via: 'enclosing' },
      { level: 'error', message: 'check failed', value: '', sent: '', via: 'branch' },
      { level: 'debug', message: 'details of the failure', value: '', sent: '', via: 'branch' },
      { level: 'warning', message: 'checking the request', value: '', sent: '', via: 'helper AuthKey.check' },
      { level: 'info', message: 'Attempted access with a denied request.', value: '', sent: '', via: 'helper AuthKey.report' },
    ]);
    const other = onPath(middleware, 'Other').map((row) => row.message);
    expect(other).toEqual(['request through the middleware', 'other branch']);
    expect(other).not.toContain('loading happens on every path');
  });

  test('a debug line counts only in the branch itself', () => {
    expect(isListedLog({ level: 'debug', via: 'enclosing' })).toBe(false);
    expect(isListedLog({ level: 'debug', via: 'helper AuthKey.check' })).toBe(false);
    expect(isListedLog({ level: 'debug', via: 'branch' })).toBe(true);
    expect(isListedLog({ level: 'info', via: 'caller X.ProcessRequest' })).toBe(true);
  });

  test('a response written in a small function takes the lines before each call of it in the same file', () => {
    const source = `package gateway

func (k *BasicAuth) ProcessRequest(w http.ResponseWriter, r *http.Request) (error, int) {
	if !found {
		k.Logger().Warning("Attempted access with non-existent user.")
		return k.handleAuthFail(w, r)
	}
	if !matches {
		k.Logger().Warning("Attempted access with existing user, failed password check.")
		return k.handleAuthFail(w, r)
	}
	return nil, 200
}

func (k *BasicAuth) handleAuthFail(w http.ResponseWriter, r *http.Request) (error, int) {
	return errors.New("User not authorised"), http.StatusUnauthorized
}
`;
    expect(onPath(source, 'User not authorised')).toEqual([
      {
        level: 'warning',
        message: 'Attempted access with non-existent user.',
        value: '',
        sent: '',
        via: 'caller BasicAuth.ProcessRequest',
      },
      {
        level: 'warning',
        message: 'Attempted access with existing user, failed password check.',
        value: '',
        sent: '',
        via: 'caller BasicAuth.ProcessRequest',
      },
    ]);
  });
});

describe('error values', () => {
  const source = `package gateway

var ErrPolicyNotFound = errors.New("policy not found")

func load(id string) (Policy, error) {
	if missing {
		return Policy{}, ErrPolicyNotFound
	}
	return Policy{}, fmt.Errorf("policy %s is broken", id)
}

func (h *Handler) handle(w http.ResponseWriter, id string) (interface{}, int) {
	_, err := load(id)
	if err != nil {
		log.Error(err)
		return apiError(err.Error()), http.StatusBadRequest
	}
	if err := json.Unmarshal(body, &thing); err != nil {
		log.Error(err)
		return apiError("Request malformed"), http.StatusBadRequest
	}
	errLocal := errors.New("a local error")
	log.Warning(errLocal)
	return nil, 200
}
`;

  test('are resolved from package variables, error constructors and the returns of a called function', () => {
    const rows = parsePackageLogs([{ file, source }]).map(({ level, message, value, expression }) => ({
      level,
      message,
      value,
      expression,
    }));
    expect(rows).toEqual([
      { level: 'error', message: 'policy not found', value: 'error', expression: 'err' },
      { level: 'error', message: 'policy %s is broken', value: 'error', expression: 'err' },
      { level: 'error', message: '%v', value: 'unresolved', expression: 'err' },
      { level: 'warning', message: 'a local error', value: 'error', expression: 'errLocal' },
    ]);
  });

  test('when the response sends the error it logs, only the text equal to the entry message belongs to the entry', () => {
    const line = (marker: string) => String(source.split('\n').findIndex((text) => text.includes(marker)) + 1);
    const responses = [
      { status: '400', message: 'policy not found', file, line: line('apiError(err.Error())') },
      { status: '400', message: 'policy %s is broken', file, line: line('apiError(err.Error())') },
      { status: '400', message: 'Request malformed', file, line: line('Request malformed') },
    ];
    const logs = parsePackageLogs([{ file, source }]).map((row) => ({ ...row, line: String(row.line) }));
    const rows = responseLogs([goFile(file, source)], responses, logs);
    const listed = (message: string) =>
      logsOnPathOf({ status: 400, message }, responses, rows).map((row) => `${row.message} ${row.value}`);
    expect(listed('policy not found')).toEqual(['policy not found error']);
    expect(listed('Request malformed')).toEqual(['%v unresolved']);
  });
});
