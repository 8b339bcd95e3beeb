/**
 * The query table: what users really paste (a message, prose around it, smart quotes, JSON from a
 * chat, curl transcripts, log and access-log lines, older wordings, misquotes, and text that is not
 * the gateway's), each with the entry that must come first and what the verdict line must say.
 * Written from the catalog and the gateway's source (v5.14.0, and older tags for older wordings).
 */
import type { VerdictKind } from '../../src/lib/paste/answer';

export type Shape =
  | 'message'
  | 'json body'
  | 'curl transcript'
  | 'filled in'
  | 'prose'
  | 'smart quotes'
  | 'misremembered'
  | 'documented wording'
  | 'older wording'
  | 'log line'
  | 'access log'
  | 'multi-message'
  | 'not the gateway'
  // Shapes seen in real help requests (issues and forum threads); the pastes are ours.
  | 'docker log'
  | 'kubectl log'
  | 'journald'
  | 'old log format'
  | 'stdlib in log'
  | 'log only'
  | 'client output'
  | 'non-english'
  | 'truncated'
  | 'typo'
  | 'escaped body'
  | 'older release'
  | 'other tyk component'
  | 'upstream via gateway';

export interface SearchQuery {
  shape: Shape;
  query: string;
  /** The entries (`<status>/<slug>`) the paste names, best first; empty when no entry is right. */
  expected: string[];
  /** Verdicts that are right for it. */
  verdict: VerdictKind[];
  /** Exact messages and bodies: rank 1 every time, marked as an exact match. */
  gated: boolean;
  /**
   * Catalog data the case needs and no entry has yet (another owner's field): the case is listed and
   * its rate reported apart until that data lands, so a gap in the data is visible, not averaged away.
   */
  needs?: string;
}

const gatedShapes: Shape[] = ['message', 'json body', 'curl transcript', 'filled in'];

function q(
  shape: Shape,
  query: string,
  expected: string | string[] | null,
  verdict: VerdictKind | VerdictKind[],
  needs?: string,
): SearchQuery {
  return {
    shape,
    query,
    expected: expected === null ? [] : Array.isArray(expected) ? expected : [expected],
    verdict: Array.isArray(verdict) ? verdict : [verdict],
    gated: gatedShapes.includes(shape),
    ...(needs ? { needs } : {}),
  };
}

/** Text that names no Tyk error: a verdict that says so, or the nearest wording without claiming it. */
const notTyk: VerdictKind[] = ['none', 'nearest'];

export const searchQueries: SearchQuery[] = [
  // Clean messages, as copied from a response body.
  q('message', 'Key not authorized: Unexpected signing method', '403/key-not-authorized-unexpected-signing-method', 'gateway'),
  q('message', 'Quota exceeded', '403/quota-exceeded', 'gateway'),
  q('message', 'Access to this API has been disallowed', '403/access-to-this-api-has-been-disallowed', 'gateway'),
  q('message', 'Rate Limit Exceeded', '429/rate-limit-exceeded', 'gateway'),
  q('message', 'API Rate Limit Exceeded', '429/api-rate-limit-exceeded', 'gateway'),
  q(
    'message',
    'Attempted administrative access with invalid or missing key!',
    '403/attempted-administrative-access-with-invalid-or-missing-key',
    'gateway',
  ),
  q('message', 'Upstream service reached hard timeout.', '504/upstream-service-reached-hard-timeout', 'gateway'),
  q('message', 'Key has expired, please renew', '401/key-has-expired-please-renew', 'gateway'),
  q(
    'message',
    'This organisation quota has been exceeded, please contact your API administrator',
    '403/this-organisation-quota-has-been-exceeded-please-contact',
    'gateway',
  ),
  q('message', "Couldn't decode instruction", '400/couldn-t-decode-instruction', 'gateway'),
  q('message', 'Request signature verification failed', '401/request-signature-verification-failed', 'gateway'),
  q('message', 'x509: certificate signed by unknown authority', 'tls/x509-certificate-signed-by-unknown-authority', 'gateway'),
  q('message', 'quota exceeded', '403/quota-exceeded', 'gateway'),
  q('message', 'access to this api has been disallowed', '403/access-to-this-api-has-been-disallowed', 'gateway'),
  q('message', 'Key not authorized', '403/key-not-authorized', 'gateway'),
  q(
    'message',
    'This organization quota has been exceeded, please contact your API administrator',
    '403/this-organisation-quota-has-been-exceeded-please-contact',
    'gateway',
  ),
  q('message', 'User not authorized', '401/user-not-authorised', 'gateway'),
  q('message', 'remote error: tls: bad certificate', 'tls/remote-error-tls-bad-certificate', 'gateway'),

  // JSON bodies: clean, and as they arrive through chat tools and terminals.
  q('json body', '{"error": "Quota exceeded"}', '403/quota-exceeded', 'gateway'),
  q('json body', '{\n    "error": "Key is inactive, please renew"\n}', '403/key-is-inactive-please-renew', 'gateway'),
  q('json body', '403 {"error": "Key not authorised"}', '403/key-not-authorised', 'gateway'),
  q('json body', '{"error":"Certificate has expired"}', '403/certificate-has-expired', 'gateway'),
  q('json body', '{"error": "Bearer token malformed"}', '400/bearer-token-malformed', 'gateway'),
  q(
    'json body',
    '{"error": "Access to this resource has been disallowed"}',
    '403/access-to-this-resource-has-been-disallowed',
    'gateway',
  ),
  q('json body', '{"status":"error","message":"API not found"}', '404/api-not-found', 'gateway'),
  q('json body', '{"status": "error", "message": "Policy not found"}', '404/policy-not-found', 'gateway'),
  q('json body', '{"status":"error","message":"Key not found"}', '404/key-not-found', 'gateway'),
  q('json body', '{"status":"error","message":"Request malformed"}', '400/request-malformed', 'gateway'),
  q('json body', '{\n\t"error":\t"Rate Limit Exceeded"\n}', '429/rate-limit-exceeded', 'gateway'),
  q('json body', '{\\n    \\"error\\": \\"Authorization field missing\\"\\n}', '401/authorization-field-missing', 'gateway'),
  q('json body', '{"error": "Upstream service reached hard timeout."', '504/upstream-service-reached-hard-timeout', 'gateway'),
  q(
    'json body',
    "{'error': 'Certificate with SHA256 ab12cd34 not allowed'}",
    '403/certificate-with-sha256-not-allowed',
    'gateway',
  ),
  q('json body', 'b\'{\\n    "error": "Key has expired, please renew"\\n}\'', '401/key-has-expired-please-renew', 'gateway'),
  q('json body', '{ "error" : "Bearer token malformed" , }', '400/bearer-token-malformed', 'gateway'),

  // curl -v / -i transcripts and raw responses.
  q(
    'curl transcript',
    'HTTP/1.1 403 Forbidden\nContent-Type: application/json\nX-Generator: tyk.io\n\n{\n    "error": "Key not authorised"\n}',
    '403/key-not-authorised',
    'gateway',
  ),
  q(
    'curl transcript',
    'HTTP/1.1 401 Unauthorized\nContent-Type: application/json\n\n{"error": "Key not authorised"}',
    '401/key-not-authorised',
    'gateway',
  ),
  q(
    'curl transcript',
    'HTTP/2 429\ncontent-type: application/json\nx-generator: tyk.io\n\n{"error": "Rate Limit Exceeded"}',
    '429/rate-limit-exceeded',
    'gateway',
  ),
  q(
    'curl transcript',
    'HTTP/1.1 404 Not Found\nContent-Type: application/json\n\n{"status":"error","message":"API not found"}\n',
    '404/api-not-found',
    'gateway',
  ),
  q('curl transcript', 'HTTP/1.1 503 Service Unavailable\n\nall hosts are down', '503/all-hosts-are-down', 'gateway'),
  q(
    'curl transcript',
    `$ curl -v https://gw.acme.io/orders/v1/items -H "Authorization: eyJhbGciOi..."
*   Trying 10.0.12.4:443...
* Connected to gw.acme.io (10.0.12.4) port 443
> GET /orders/v1/items HTTP/1.1
> Host: gw.acme.io
> User-Agent: curl/8.5.0
> Accept: */*
> Authorization: eyJhbGciOi...
>
< HTTP/1.1 401 Unauthorized
< Content-Type: application/json
< X-Generator: tyk.io
< Date: Tue, 02 Jul 2024 09:14:11 GMT
< Content-Length: 61
<
{
    "error": "Key not authorized: token has invalid claims: token is expired"
}
* Connection #0 to host gw.acme.io left intact`,
    '401/key-not-authorized',
    'gateway',
  ),
  q(
    'curl transcript',
    `< HTTP/2 403
< content-type: application/json
< x-generator: tyk.io
< content-length: 53
<
{
    "error": "Access to this API has been disallowed"
}`,
    '403/access-to-this-api-has-been-disallowed',
    'gateway',
  ),
  q(
    'curl transcript',
    `HTTP/1.1 400 Bad Request
Content-Type: application/json
X-Generator: tyk.io
Date: Mon, 01 Jul 2024 16:02:55 GMT
Content-Length: 44

{
    "error": "Authorization field missing"
}`,
    '400/authorization-field-missing',
    'gateway',
  ),
  q(
    'curl transcript',
    `> POST /upload HTTP/1.1
> Host: localhost:8080
> Content-Length: 5242880
>
< HTTP/1.1 400 Bad Request
< Content-Type: application/json
< X-Generator: tyk.io
<
{
    "error": "Request is too large"
}`,
    '400/request-is-too-large',
    'gateway',
  ),
  q(
    'curl transcript',
    `HTTP/1.1 504 Gateway Timeout
Content-Type: application/json
X-Generator: tyk.io

{
    "error": "Upstream service reached hard timeout."
}`,
    '504/upstream-service-reached-hard-timeout',
    'gateway',
  ),
  q(
    'curl transcript',
    `HTTP/1.1 403 Forbidden
Content-Type: application/json
X-Generator: tyk.io
X-Ratelimit-Limit: 1000
X-Ratelimit-Remaining: 0

{
    "error": "Quota exceeded"
}`,
    '403/quota-exceeded',
    'gateway',
  ),
  q(
    'curl transcript',
    `HTTP/1.1 500 Internal Server Error
Content-Type: application/json
X-Generator: tyk.io

{
    "error": "There was a problem proxying the request"
}`,
    '500/there-was-a-problem-proxying-the-request',
    'gateway',
  ),

  // Filled-in values, with the spacing people end up with.
  q(
    'filled in',
    'Certificate with SHA256 7c4e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6 not allowed',
    '403/certificate-with-sha256-not-allowed',
    'gateway',
  ),
  q(
    'filled in',
    '{"error": "Loop level too deep. Found more than 5 loops in single request"}',
    '500/loop-level-too-deep-found-more-than-loops-in-single-request',
    'gateway',
  ),
  q(
    'filled in',
    'found an empty user ID in predefined base claim, claim: user_id',
    '403/found-an-empty-user-id-in-predefined-base-claim-claim',
    'gateway',
  ),
  q('filled in', 'security scheme bearerAuth is not configured', '500/security-scheme-is-not-configured', 'gateway'),
  q('filled in', '{"error": "URLRewrite regexp error ^/api/(unclosed"}', '500/urlrewrite-regexp-error', 'gateway'),
  q('filled in', 'Key not authorized:token is expired', '401/key-not-authorized', 'gateway'),
  q('filled in', 'Key not authorized: token has invalid claims: token is expired', '401/key-not-authorized', 'gateway'),
  q('filled in', 'Key not authorized : token is not valid yet', '401/key-not-authorized', 'gateway'),
  q(
    'filled in',
    '{"error":"request validation error: request body has an error: doesn\'t match schema: property \\"email\\" is missing"}',
    '422/request-validation-error-request-body-has-an-error',
    'gateway',
  ),
  q('filled in', '{"error": "body: email is required"}', '422/is-required', 'gateway'),
  q(
    'filled in',
    'Validation of API Definition failed. Reason: listen path is empty.',
    '400/validation-of-api-definition-failed-reason',
    'gateway',
  ),
  q('filled in', 'Unexpected failure: dial tcp 10.0.0.5:6379: connect: connection refused', '500/unexpected-failure', 'gateway'),

  // Prose around the message.
  q('prose', 'Tyk responds with 403 and "Key not authorised" when I call /orders', '403/key-not-authorised', 'gateway'),
  q(
    'prose',
    'the gateway returns Access to this API has been disallowed (HTTP 403)',
    '403/access-to-this-api-has-been-disallowed',
    'gateway',
  ),
  q(
    'prose',
    'Hi team, since this morning every call through the gateway fails with Upstream service reached hard timeout. The upstream answers fine when I call it directly. Any idea?',
    '504/upstream-service-reached-hard-timeout',
    'gateway',
  ),
  q('prose', 'getting a 429 Rate Limit Exceeded even though the policy allows 1000 rpm??', '429/rate-limit-exceeded', 'gateway'),
  q('prose', 'Why do I get "Authorization field missing" if I send the header?', '401/authorization-field-missing', 'gateway'),
  q(
    'prose',
    'After rotating the certs the client gets "Certificate has expired" but the new cert is valid until 2026',
    '403/certificate-has-expired',
    'gateway',
  ),
  q(
    'prose',
    'We see Key has expired, please renew for keys created yesterday with no expiry set',
    '401/key-has-expired-please-renew',
    'gateway',
  ),
  q(
    'prose',
    'Our partner reports HTTP 403 with message Attempted administrative access with invalid or missing key! when hitting /tyk/keys',
    '403/attempted-administrative-access-with-invalid-or-missing-key',
    'gateway',
  ),
  q('prose', 'tyk keeps saying quota exceeded on the orders api, how do I reset it', '403/quota-exceeded', 'gateway'),
  q(
    'prose',
    'The hybrid gateway logs nothing but clients get 503 with the body all hosts are down — we have 3 upstream targets configured',
    '503/all-hosts-are-down',
    'gateway',
  ),
  q(
    'prose',
    'When calling the token endpoint I get a 403 with "The client is not authorized to request a token using this method." what grant type should I use',
    '403/the-client-is-not-authorized-to-request-a-token-using-this',
    'gateway',
  ),
  q('prose', 'Is Bearer token malformed caused by a space after Bearer?', '400/bearer-token-malformed', 'gateway'),
  q(
    'prose',
    'Upgrade to 5.3 done. Now some requests fail: There was a problem proxying the request. Happens only on the graphql api.',
    '500/there-was-a-problem-proxying-the-request',
    'gateway',
  ),
  q(
    'prose',
    'mTLS api: client sees 401 Client certificate required although curl --cert is passed',
    '401/client-certificate-required',
    'gateway',
  ),
  q(
    'prose',
    'What does "Request signature verification failed" mean for HMAC keys?',
    '401/request-signature-verification-failed',
    'gateway',
  ),
  q(
    'prose',
    'Gateway API: POST /tyk/keys/create returns Failed to create key, keys must have at least one Access Rights record set. but I set them in the policy',
    '400/failed-to-create-key-keys-must-have-at-least-one-access',
    'gateway',
  ),
  q(
    'prose',
    'error 403: This organisation rate limit has been exceeded, please contact your API administrator — where is the org rate limit set?',
    '403/this-organisation-rate-limit-has-been-exceeded-please',
    'gateway',
  ),
  q(
    'prose',
    'Loop level too deep. Found more than 5 loops in single request <- what config causes this?',
    '500/loop-level-too-deep-found-more-than-loops-in-single-request',
    'gateway',
  ),
  q(
    'prose',
    'keys listing returns Hashed key listing is disabled in config (enable_hashed_keys_listing) on 5.8',
    '404/hashed-key-listing-is-disabled-in-config-enable-hashed-keys',
    'gateway',
  ),
  // A reason phrase in a sentence is not claimed as an exact match: the entry comes first all the same.
  q('prose', 'Got status 413 and Request Entity Too Large when uploading 20MB', '413/request-entity-too-large', [
    'gateway',
    'nearest',
  ]),
  q('prose', 'Can someone explain "API is not OAuth2"? We enabled oauth in the dashboard.', '400/api-is-not-oauth2', 'gateway'),
  q('prose', 'hard timeout', '504/upstream-service-reached-hard-timeout', 'nearest'),
  q('prose', 'loop level too deep', '500/loop-level-too-deep-found-more-than-loops-in-single-request', 'nearest'),
  q('prose', 'introspection disabled', '403/introspection-is-disabled', 'gateway-log'),
  q('prose', 'websockets not allowed', '422/websockets-are-not-allowed', 'nearest'),

  // Smart quotes: chat tools and word processors.
  q('smart quotes', 'Still getting “Rate Limit Exceeded” after raising the limit.', '429/rate-limit-exceeded', 'gateway'),
  q('smart quotes', '{ “error”: “Key not authorised” }', '403/key-not-authorised', 'gateway'),
  q('smart quotes', '{“error”:“Quota exceeded”}', '403/quota-exceeded', 'gateway'),
  q('smart quotes', 'Couldn’t decode instruction', '400/couldn-t-decode-instruction', 'gateway'),
  q('smart quotes', 'it says ‘Access to this API has been disallowed’', '403/access-to-this-api-has-been-disallowed', 'gateway'),
  q('smart quotes', '{\n  “error”: “Key has expired, please renew”\n}', '401/key-has-expired-please-renew', 'gateway'),
  q('smart quotes', 'The response was “Can’t detect loop target”', '500/can-t-detect-loop-target', 'gateway'),
  q('smart quotes', '“Authorization field missing” but I’m sending it', '401/authorization-field-missing', 'gateway'),
  q(
    'smart quotes',
    'We get “API doesn’t exist” when creating an OAuth client via the gateway API',
    '400/api-doesn-t-exist',
    'gateway',
  ),
  q('smart quotes', '„Key is inactive, please renew“', '403/key-is-inactive-please-renew', 'gateway'),
  q('smart quotes', '«Upstream host lookup failed»', '500/upstream-host-lookup-failed', 'gateway'),
  q('smart quotes', '{ “status”: “error”, “message”: “Policy doesn’t exist” }', '400/policy-doesn-t-exist', 'gateway'),
  q(
    'smart quotes',
    'Tyk says “Bearer token malformed”. Header is “Authorization: Bearer abc”',
    '400/bearer-token-malformed',
    'gateway',
  ),
  q('smart quotes', '“Certificate with SHA256 9f2a... not allowed”', '403/certificate-with-sha256-not-allowed', 'gateway'),
  q('smart quotes', '‘Upstream service reached hard timeout.’', '504/upstream-service-reached-hard-timeout', 'gateway'),
  q(
    'smart quotes',
    'Response: “This API version does not seem to exist” (HTTP 403)',
    '403/this-api-version-does-not-seem-to-exist',
    'gateway',
  ),

  // Misremembered: a word or two different, a word dropped, spelling mixed.
  q(
    'misremembered',
    'Authorization header missing, malformed or invalid',
    '400/authorization-field-missing-malformed-or-invalid',
    'nearest',
  ),
  q('misremembered', 'Upstream service reached a hard timeout', '504/upstream-service-reached-hard-timeout', 'nearest'),
  q('misremembered', 'Access to this API is disallowed', '403/access-to-this-api-has-been-disallowed', 'nearest'),
  q('misremembered', 'Key has expired, please renew it', '401/key-has-expired-please-renew', 'gateway'),
  q('misremembered', 'key is inactive please renew', '403/key-is-inactive-please-renew', 'gateway'),
  // The first half of the message, word for word: read as cut off, which is also right.
  q(
    'misremembered',
    'This organization quota has been exceeded',
    '403/this-organisation-quota-has-been-exceeded-please-contact',
    ['nearest', 'truncated'],
  ),
  q(
    'misremembered',
    'Attempted administrative access with invalid key',
    '403/attempted-administrative-access-with-invalid-or-missing-key',
    'nearest',
  ),
  q('misremembered', 'certificate signed by an unknown authority', 'tls/x509-certificate-signed-by-unknown-authority', 'nearest'),
  q('misremembered', 'Request signature verification has failed', '401/request-signature-verification-failed', 'nearest'),
  q(
    'misremembered',
    'no matching policy found in the scope claim',
    '403/key-not-authorized-no-matching-policy-found-in-scope-claim',
    'nearest',
  ),
  q('misremembered', 'There was a problem proxying your request', '500/there-was-a-problem-proxying-the-request', 'nearest'),
  q('misremembered', 'Loop level to deep', '500/loop-level-too-deep-found-more-than-loops-in-single-request', 'nearest'),

  // Wordings older docs used, kept on entries as `documentedAs`.
  q('documented wording', 'Key is not active, please renew', '403/key-is-inactive-please-renew', 'documented'),
  q('documented wording', 'Upstreaming host lookup failed', '500/upstream-host-lookup-failed', 'documented'),
  q(
    'documented wording',
    'Due to enabled use_dp_app_configs, please use Dashboard API',
    '500/due-to-enabled-use-db-app-configs-please-use-the-dashboard',
    'documented',
  ),
  q('documented wording', 'Wrong Password', '401/user-not-authorised', 'documented'),
  q('documented wording', 'TLS: bad certificate', 'tls/remote-error-tls-bad-certificate', 'documented'),

  // A wording an older release sends (v5.3.13 and earlier: `API Rate limit exceeded`).
  q('older wording', '{"error": "API Rate limit exceeded"}', '429/api-rate-limit-exceeded', 'older-wording'),
  q(
    'older wording',
    'HTTP/1.1 429 Too Many Requests\nX-Generator: tyk.io\n\n{\n    "error": "API Rate limit exceeded"\n}',
    '429/api-rate-limit-exceeded',
    'older-wording',
  ),
  q(
    'older wording',
    'On our 5.3 LTS gateway clients get "API Rate limit exceeded"',
    '429/api-rate-limit-exceeded',
    'older-wording',
  ),

  // Gateway log lines (logfmt and JSON, with container prefixes). The log wording comes from `logs`.
  q(
    'log line',
    'tyk-gateway-1  | time="Jun 30 12:52:39" level=info msg="Attempted access with non-existent key." api_id=5f2a1c key="****7a3f" mw=AuthKey org_id=5e9d origin=172.18.0.1 path=/orders/ prefix=auth-key',
    '403/access-to-this-api-has-been-disallowed',
    'gateway-log',
  ),
  q(
    'log line',
    'time="Jul 02 09:14:11" level=info msg="Attempted access from expired key." api_id=orders key="****91bc" mw=KeyExpired org_id=acme origin=10.1.2.3 path=/v1/items',
    '401/key-has-expired-please-renew',
    'gateway-log',
  ),
  q(
    'log line',
    'time="Jul 02 09:14:11" level=info msg="Attempted access from inactive key." api_id=orders key="****91bc" mw=KeyExpired',
    '403/key-is-inactive-please-renew',
    'gateway-log',
  ),
  q(
    'log line',
    'gateway_1  | time="2024-07-02T09:14:11Z" level=info msg="Key quota limit exceeded." api_id=orders key="****91bc" mw=RateLimitAndQuotaCheck org_id=acme',
    '403/quota-exceeded',
    'gateway-log',
  ),
  q(
    'log line',
    'time="Jul 02 09:14:11" level=info msg="Attempted access to unauthorised API" api_id=billing key="****91bc" mw=AccessRightsCheck',
    '403/access-to-this-api-has-been-disallowed',
    'gateway-log',
  ),
  q(
    'log line',
    'time="Jul 02 09:14:11" level=info msg="Attempted access with malformed header, no auth header found." api_id=orders mw=AuthKey origin=10.1.2.3 path=/v1/items',
    '401/authorization-field-missing',
    'gateway-log',
  ),
  q(
    'log line',
    '{"api_id":"orders","key":"****91bc","level":"info","msg":"Request signature validation failed","mw":"AuthKey","prefix":"auth-key","time":"2024-07-02T09:14:11Z"}',
    '401/request-signature-verification-failed',
    'gateway-log',
  ),
  q(
    'log line',
    'tyk-gateway-1  | time="Jul 02 09:14:11" level=error msg="Could not find a valid policy to apply to this token!" api_id=orders mw=JWTMiddleware',
    '403/key-not-authorized-no-matching-policy',
    'gateway-log',
  ),
  q(
    'log line',
    'time="Jul 02 09:14:11" level=warning msg="Certificate mismatch detected for token" api_id=orders key="****91bc" mw=AuthKey',
    '401/access-to-this-api-has-been-disallowed',
    'gateway-log',
  ),
  q(
    'log line',
    'time="Jul 02 09:14:11" level=error msg="JWT validation error" api_id=orders error="token has invalid claims: token is expired" mw=JWTMiddleware',
    // The parser's error is logged, then the gateway sends 403 (mw_jwt.go, JWTMiddleware.processRequest).
    '403/key-not-authorized',
    'gateway-log',
  ),
  q(
    'log line',
    '{"level":"info","msg":"Attempted JWT access with non-existent key.","mw":"JWTMiddleware","api_id":"orders","time":"2024-07-02T09:14:11Z"}',
    '403/key-not-authorized',
    'gateway-log',
  ),
  q(
    'log line',
    'time="Jul 02 09:14:11" level=info msg="Key quota limit exceeded." key="****91bc" mw=RateLimitAndQuotaCheck\ntime="Jul 02 09:14:12" level=info msg="Key quota limit exceeded." key="****91bc" mw=RateLimitAndQuotaCheck',
    '403/quota-exceeded',
    'gateway-log',
  ),
  q(
    'log line',
    'tyk-gateway-1  | time="Jul 02 09:14:11" level=info msg="Attempted access from IP 10.9.8.7 which is not whitelisted" api_id=admin',
    '403/access-from-this-ip-has-been-disallowed',
    'gateway-log',
  ),
  q(
    'log line',
    'time="Jul 02 09:14:11" level=warning msg="Attempted access with malformed header, no auth header found." api_id=legacy mw=BasicAuthMiddleware',
    '401/authorization-field-missing',
    'gateway-log',
  ),
  // Log lines that carry the response's own text: found today, without `logs`.
  q(
    'log line',
    'time="Jul 02 09:14:11" level=error msg="Upstream host lookup failed" api_id=orders error="dial tcp: lookup orders-svc on 10.96.0.10:53: no such host" prefix=proxy',
    '500/upstream-host-lookup-failed',
    'gateway-log',
  ),
  q(
    'log line',
    '{"level":"error","msg":"There was a problem proxying the request","api_id":"orders","prefix":"proxy","time":"2024-07-02T09:14:11Z"}',
    '500/there-was-a-problem-proxying-the-request',
    'gateway-log',
  ),
  q(
    'log line',
    'tyk-gateway-1  | time="Jul 02 09:14:11" level=error msg="Upstream service reached hard timeout." api_id=slow-api path=/report prefix=proxy',
    '504/upstream-service-reached-hard-timeout',
    'gateway-log',
  ),
  q(
    'log line',
    'time="Jul 02 09:14:11" level=warning msg="Redis connection not available" prefix=main',
    '503/redis-connection-not-available',
    'gateway-log',
  ),

  // Access-log lines: status and response_flag. The flag comes from `flags`.
  q(
    'access log',
    'time="Jul 02 09:14:11" level=info api_id=orders api_key=****91bc client_ip=10.1.2.3 host=gw.acme.io method=GET path=/v1/items prefix=access-log protocol=HTTP/1.1 remote_addr=10.1.2.3 response_flag=AKI status=403 user_agent=curl/8.5.0',
    '403/access-to-this-api-has-been-disallowed',
    'access-log',
  ),
  q(
    'access log',
    'tyk-gateway-1  | time="Jul 02 09:14:11" level=info method=POST path=/v1/orders prefix=access-log response_flag=QEX status=403',
    '403/quota-exceeded',
    'access-log',
  ),
  q(
    'access log',
    '{"level":"info","prefix":"access-log","method":"GET","path":"/v1/items","status":429,"response_flag":"RLT","latency_total":2}',
    '429/rate-limit-exceeded',
    'access-log',
  ),
  q(
    'access log',
    'time="Jul 02 09:14:11" level=info method=GET path=/v1/items prefix=access-log response_flag=AMF status=401',
    '401/authorization-field-missing',
    'access-log',
  ),
  q(
    'access log',
    'time="Jul 02 09:14:11" level=info method=GET path=/report prefix=access-log response_code_details="upstream request timeout" response_flag=URT status=504 upstream_addr=http://report-svc:8080/report',
    '504/upstream-service-reached-hard-timeout',
    'access-log',
  ),
  q(
    'access log',
    'time="Jul 02 09:14:11" level=info method=GET path=/v1 prefix=access-log response_flag=DNS status=500 upstream_addr=http://orders-svc/v1',
    '500/upstream-host-lookup-failed',
    'access-log',
  ),
  q(
    'access log',
    'time="Jul 02 09:14:11" level=info method=GET path=/v1 prefix=access-log response_flag=TKE status=403',
    '403/certificate-has-expired',
    'access-log',
  ),
  q(
    'access log',
    'time="Jul 02 09:14:11" level=info method=PUT path=/files prefix=access-log response_flag=BTL status=400',
    '400/request-is-too-large',
    'access-log',
  ),
  q(
    'access log',
    'time="Jul 02 09:14:11" level=info method=POST path=/files prefix=access-log response_flag=CLM status=411',
    '411/content-length-is-required-for-this-request',
    'access-log',
  ),
  q(
    'access log',
    'time="Jul 02 09:14:11" level=info method=GET path=/v1 prefix=access-log response_flag=NHU status=503',
    '503/all-hosts-are-down',
    'access-log',
  ),

  // Several messages in one paste.
  q(
    'multi-message',
    '{"error":"Quota exceeded"}{"error":"Rate Limit Exceeded"}',
    ['403/quota-exceeded', '429/rate-limit-exceeded'],
    'several',
  ),
  q(
    'multi-message',
    `09:14:11 403 {"error": "Key not authorised"}
09:14:12 429 {"error": "Rate Limit Exceeded"}
09:14:15 504 {"error": "Upstream service reached hard timeout."}`,
    ['403/key-not-authorised', '429/rate-limit-exceeded', '504/upstream-service-reached-hard-timeout'],
    'several',
  ),
  q(
    'multi-message',
    `tyk-gateway-1  | time="Jul 02 09:14:11" level=error msg="Upstream host lookup failed" api_id=orders prefix=proxy
tyk-gateway-1  | time="Jul 02 09:14:13" level=error msg="There was a problem proxying the request" api_id=orders prefix=proxy
tyk-gateway-1  | time="Jul 02 09:14:20" level=warning msg="Redis connection not available" prefix=main`,
    ['500/upstream-host-lookup-failed', '500/there-was-a-problem-proxying-the-request', '503/redis-connection-not-available'],
    'gateway-log',
  ),
  q(
    'multi-message',
    'First call: Key has expired, please renew. After renewing: Access to this API has been disallowed.',
    ['401/key-has-expired-please-renew', '403/access-to-this-api-has-been-disallowed'],
    'several',
  ),
  q(
    'multi-message',
    'Errors seen in the load test:\n- Rate Limit Exceeded (429)\n- Quota exceeded (403)\n- all hosts are down (503)',
    ['429/rate-limit-exceeded', '403/quota-exceeded', '503/all-hosts-are-down'],
    'several',
  ),

  // Text that is not the gateway's: Dashboard responses, proxies, upstream services, customised messages.
  q('not the gateway', '{"Status":"Error","Message":"Could not retrieve API detail","Meta":null}', null, 'dashboard'),
  q(
    'not the gateway',
    'HTTP/1.1 400 Bad Request\nContent-Type: application/json\n\n{"Status":"Error","Message":"API ID not unique","Meta":null}',
    null,
    'dashboard',
  ),
  q(
    'not the gateway',
    'curl -s http://localhost:3000/api/apis -H "Authorization: 8f2c..."\n{"Status":"Error","Message":"Not authorised","Meta":null}',
    null,
    'dashboard',
  ),
  q('not the gateway', '{"Status": "Error", "Message": "Failed to fetch policies", "Meta": null}', null, 'dashboard'),
  q(
    'not the gateway',
    'POST http://dashboard:3000/api/keys → 403\n{"Status":"Error","Message":"Access denied","Meta":null}',
    null,
    'dashboard',
  ),
  q(
    'not the gateway',
    'HTTP/1.1 502 Bad Gateway\nServer: awselb/2.0\nContent-Type: text/html\nContent-Length: 122\n\n<html>\n<head><title>502 Bad Gateway</title></head>\n<body>\n<center><h1>502 Bad Gateway</h1></center>\n</body>\n</html>',
    null,
    'proxy',
  ),
  q(
    'not the gateway',
    'HTTP/1.1 503 Service Temporarily Unavailable\nServer: awselb/2.0\nContent-Type: text/html\n\n<html>\n<head><title>503 Service Temporarily Unavailable</title></head>\n<body>\n<center><h1>503 Service Temporarily Unavailable</h1></center>\n</body>\n</html>',
    null,
    'proxy',
  ),
  q(
    'not the gateway',
    '<html>\r\n<head><title>504 Gateway Time-out</title></head>\r\n<body>\r\n<center><h1>504 Gateway Time-out</h1></center>\r\n<hr><center>nginx/1.25.3</center>\r\n</body>\r\n</html>',
    null,
    'proxy',
  ),
  q(
    'not the gateway',
    '<html>\n<head><title>502 Bad Gateway</title></head>\n<body>\n<center><h1>502 Bad Gateway</h1></center>\n<hr><center>openresty</center>\n</body>\n</html>',
    null,
    'proxy',
  ),
  q(
    'not the gateway',
    'HTTP/2 524\nserver: cloudflare\ncontent-type: text/html; charset=UTF-8\ncf-ray: 89d1c2e3f4a5b6c7-AMS\n\n<!DOCTYPE html>\n<html><head><title>api.acme.io | 524: A timeout occurred</title></head></html>',
    null,
    'proxy',
  ),
  q(
    'not the gateway',
    '<html><head><title>413 Request Entity Too Large</title></head><body><center><h1>413 Request Entity Too Large</h1></center><hr><center>nginx</center></body></html>',
    null,
    'proxy',
  ),
  q(
    'not the gateway',
    'HTTP/1.1 503 Service Unavailable\nserver: envoy\ncontent-length: 19\n\nno healthy upstream',
    null,
    'proxy',
  ),
  q(
    'not the gateway',
    'HTTP/1.1 401 Unauthorized\nServer: kong/3.4.0\nContent-Type: application/json\n\n{"message":"No API key found in request"}',
    null,
    'proxy',
  ),
  q(
    'not the gateway',
    'HTTP/1.1 404 Not Found\nContent-Type: application/json\n\n{"timestamp":"2024-07-02T09:14:11.123+00:00","status":404,"error":"Not Found","path":"/api/orders/42"}',
    null,
    'upstream',
  ),
  q(
    'not the gateway',
    'HTTP/1.1 404 Not Found\nX-Powered-By: Express\nContent-Type: text/html; charset=utf-8\n\n<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Error</title>\n</head>\n<body>\n<pre>Cannot GET /v2/orders</pre>\n</body>\n</html>',
    null,
    'upstream',
  ),
  q(
    'not the gateway',
    'HTTP/1.1 401 Unauthorized\nServer: Kestrel\nWWW-Authenticate: Bearer error="invalid_token", error_description="The token expired at \'07/02/2024 09:00:00\'"\nContent-Length: 0',
    null,
    'upstream',
  ),
  q(
    'not the gateway',
    'HTTP/1.1 422 Unprocessable Entity\ncontent-type: application/json\nserver: uvicorn\n\n{"detail":[{"loc":["body","email"],"msg":"field required","type":"value_error.missing"}]}',
    null,
    'upstream',
  ),
  q(
    'not the gateway',
    'HTTP/1.1 500 Internal Server Error\nContent-Type: application/json\nX-Ratelimit-Remaining: 98\n\n{"error":"database connection refused"}',
    null,
    'upstream',
  ),
  q(
    'not the gateway',
    'HTTP/1.1 403 Forbidden\nx-amzn-ErrorType: ForbiddenException\nx-amzn-RequestId: 5b1f-11ef\nContent-Type: application/json\n\n{"message":"Forbidden"}',
    null,
    'upstream',
  ),
  q(
    'not the gateway',
    '2024-07-02T09:14:11Z\tERROR\tReconciler error\t{"controller": "apidefinition", "ApiDefinition": {"name":"httpbin","namespace":"default"}, "error": "API not found"}',
    '404/api-not-found',
    'operator-log',
  ),
  q(
    'not the gateway',
    '{"level":"error","ts":"2024-07-02T09:14:11Z","logger":"controllers.ApiDefinition","msg":"Failed to update ApiDefinition","error":"Request malformed"}',
    '400/request-malformed',
    'operator-log',
  ),
  q(
    'not the gateway',
    'HTTP/1.1 403 Forbidden\nContent-Type: application/json\nX-Generator: tyk.io\n\n{"error": "Your API key is not valid for this service. Contact support@acme.io"}',
    null,
    'customised',
  ),
  q(
    'not the gateway',
    'HTTP/1.1 429 Too Many Requests\nX-Generator: tyk.io\nContent-Type: application/json\n\n{"code": 429, "message": "Slow down! You have sent too many requests."}',
    null,
    'customised',
  ),
  q(
    'not the gateway',
    'HTTP/1.1 401 Unauthorized\nContent-Type: application/json\nX-Generator: tyk.io\n\n{"errors":[{"status":"401","title":"Unauthorized","detail":"Missing credentials"}]}',
    null,
    'customised',
  ),
  q(
    'not the gateway',
    "Access to fetch at 'https://api.acme.io/orders' from origin 'https://app.acme.io' has been blocked by CORS policy: No 'Access-Control-Allow-Origin' header is present on the requested resource.",
    null,
    notTyk,
  ),
  q('not the gateway', "curl: (7) Failed to connect to localhost port 8080 after 0 ms: Couldn't connect to server", null, notTyk),
  q('not the gateway', 'curl: (60) SSL certificate problem: unable to get local issuer certificate', null, notTyk),

  // ---- Shapes seen in real help requests (GitHub issues of TykTechnologies/tyk, tyk-pump,
  // tyk-operator, tyk-helm-chart, tyk-gateway-docker, and community.tyk.io threads). The texts are
  // ours: hosts, ids, keys and prose are invented; messages, log lines and statuses are the gateway's
  // (v5.14.0 unless the case says otherwise).

  // `docker logs -t` and Docker Desktop put a timestamp before the gateway's own `time=`.
  q(
    'docker log',
    '2024-07-02T09:14:11.482913377Z time="Jul 02 09:14:11" level=info msg="Attempted access from expired key." api_id=ledger key="****c0de" mw=KeyExpired org_id=fin origin=172.19.0.1 path=/ledger/v2/entries',
    '401/key-has-expired-please-renew',
    'gateway-log',
  ),
  q(
    'docker log',
    '2024-07-02 11:14:11 time="Jul 02 09:14:11" level=warning msg="Attempted access with non-existent key." api_id=inventory key="****e4f1" mw=AuthKey org_id=acme origin=192.168.65.1 path=/stock/',
    '403/access-to-this-api-has-been-disallowed',
    'gateway-log',
  ),
  // docker compose with colours left in: the escape is lost in the copy, `[36m` stays.
  q(
    'docker log',
    '[36mtyk-gateway_1          |[0m time="Jul 02 09:14:11" level=info msg="Key quota limit exceeded." api_id=maps key="****1a2b" mw=RateLimitAndQuotaCheck org_id=geo',
    '403/quota-exceeded',
    'gateway-log',
  ),
  q(
    'docker log',
    'gateway-1  | {"api_id":"billing","level":"info","msg":"Attempted access to unauthorised API","mw":"AccessRightsCheck","org_id":"acme","path":"/billing/invoices","prefix":"access-rights","time":"2024-07-02T09:14:11Z"}',
    '403/access-to-this-api-has-been-disallowed',
    'gateway-log',
  ),
  q(
    'docker log',
    'tyk-gateway  | time="Jul 02 09:14:11" level=info msg="Attempted access to unauthorised endpoint (Granular)." api_id=crm key="****77aa" mw=GranularAccessMiddleware path=/crm/admin',
    '403/access-to-this-resource-has-been-disallowed',
    'gateway-log',
  ),
  // The json-file log driver: the gateway's line is a JSON string inside Docker's own JSON.
  q(
    'docker log',
    '{"log":"time=\\"Jul 02 09:14:11\\" level=info msg=\\"Attempted access from inactive key.\\" api_id=media key=\\"****0f0f\\" mw=KeyExpired\\n","stream":"stderr","time":"2024-07-02T09:14:11.120044Z"}',
    '403/key-is-inactive-please-renew',
    'gateway-log',
  ),

  // kubectl: `--prefix`, the CRI file format under /var/log/containers, and Cloud Logging's JSON.
  q(
    'kubectl log',
    '[pod/tyk-gateway-6c9d7b8f4-qx2lm/gateway-tyk-gateway] time="Jul 02 09:14:11" level=error msg="Could not find a valid policy to apply to this token!" api_id=partners mw=JWTMiddleware org_id=acme',
    '403/key-not-authorized-no-matching-policy',
    'gateway-log',
  ),
  q(
    'kubectl log',
    '2024-07-02T09:14:11.482913377Z stderr F time="Jul 02 09:14:11" level=info msg="Attempted access with malformed header, no auth header found." api_id=search mw=AuthKey origin=10.244.1.17 path=/search/v1',
    '401/authorization-field-missing',
    'gateway-log',
  ),
  q(
    'kubectl log',
    '{"insertId":"k3x9q1f2","resource":{"type":"k8s_container","labels":{"container_name":"gateway-tyk-gateway","namespace_name":"tyk"}},"textPayload":"time=\\"Jul 02 09:14:11\\" level=error msg=\\"http: proxy error: dial tcp: lookup geo-svc.maps.svc.cluster.local on 10.96.0.10:53: no such host\\" api_id=maps prefix=proxy server_name=geo-svc.maps.svc.cluster.local","severity":"ERROR"}',
    '500/upstream-host-lookup-failed',
    'gateway-log',
  ),
  q(
    'kubectl log',
    `$ kubectl logs -n tyk deploy/gateway-tyk-gateway --since=5m | grep -i error
time="Jul 02 09:14:11" level=error msg="http: proxy error: context canceled" api_id=reports api_name="Reports API" mw=ReverseProxy org_id=acme prefix=proxy server_name=reports-svc.internal:8080 user_id=-- user_ip=10.244.0.1`,
    '499/client-closed-request',
    'gateway-log',
  ),
  q(
    'kubectl log',
    '[pod/tyk-gateway-6c9d7b8f4-qx2lm/gateway-tyk-gateway] {"level":"error","msg":"http: proxy error: net/http: timeout awaiting response headers","api_id":"reports","prefix":"proxy","server_name":"reports-svc.internal:8080","time":"2024-07-02T09:14:11Z"}',
    '504/upstream-service-reached-hard-timeout',
    'gateway-log',
  ),

  // syslog and journald put a host and process before the gateway's line.
  q(
    'journald',
    'Jul 02 09:14:11 api-gw-02 tyk[18330]: time="Jul 02 09:14:11" level=warning msg="Attempted access with non-existent key." api_id=payments key="****9e9e" mw=AuthKey origin=10.20.0.7 path=/pay/charge',
    '403/access-to-this-api-has-been-disallowed',
    'gateway-log',
  ),
  q(
    'journald',
    'Jul  2 09:14:11 gw-eu-1 tyk: time="Jul 02 09:14:11" level=error msg="http: proxy error: dial tcp 10.30.1.14:9000: connect: connection refused" api_id=orders prefix=proxy server_name=10.30.1.14:9000',
    '500/there-was-a-problem-proxying-the-request',
    'gateway-log',
  ),
  // A month name in another language, as journalctl prints it under that locale.
  q(
    'journald',
    'июл 02 09:14:11 шлюз-1 tyk[2211]: time="Jul 02 09:14:11" level=info msg="Attempted access from expired key." api_id=orders key="****4d4d" mw=KeyExpired',
    '401/key-has-expired-please-renew',
    'gateway-log',
  ),

  // Older log formats: logrus on a terminal, and the bracketed time of Tyk 2.x.
  q(
    'old log format',
    'WARN[0042] Attempted access with non-existent key.            api_id=legacy key="****0b0b" mw=AuthKey',
    '403/access-to-this-api-has-been-disallowed',
    'gateway-log',
  ),
  q(
    'old log format',
    '[Jul 02 09:14:11] ERROR proxy: http: proxy error: dial tcp: lookup legacy-upstream on 127.0.0.11:53: no such host',
    '500/upstream-host-lookup-failed',
    'gateway-log',
  ),
  q(
    'old log format',
    '[Jul 02 09:14:11]  INFO auth-key: Attempted access with malformed header, no auth header found.',
    '401/authorization-field-missing',
    'gateway-log',
  ),

  // A Go standard-library or Redis-client error inside the gateway's log line: the wrapped error
  // decides which response the client got (reverse_proxy.go, WrappedServeHTTP).
  q(
    'stdlib in log',
    'time="Jul 02 09:14:11" level=error msg="http: proxy error: tls: failed to verify certificate: x509: certificate signed by unknown authority" api_id=vault prefix=proxy server_name=vault.internal:8200',
    ['500/there-was-a-problem-proxying-the-request', 'tls/x509-certificate-signed-by-unknown-authority'],
    'gateway-log',
  ),
  q(
    'stdlib in log',
    'time="Jul 02 09:14:11" level=error msg="http: proxy error: context deadline exceeded" api_id=slowpoke prefix=proxy server_name=slowpoke:8080',
    '504/upstream-service-reached-hard-timeout',
    'gateway-log',
  ),
  q(
    'stdlib in log',
    'time="Jul 02 09:14:11" level=error msg="http: proxy error: read tcp 10.0.3.4:51234->10.0.9.9:8080: read: connection reset by peer" api_id=files prefix=proxy',
    '500/there-was-a-problem-proxying-the-request',
    'gateway-log',
  ),
  q(
    'stdlib in log',
    'level=error msg="http: proxy error: EOF" api_id=legacy-soap api_name="SOAP bridge" mw=ReverseProxy org_id=acme prefix=proxy server_name=soap.internal user_id=-- user_ip=10.1.1.1 user_name=',
    '500/there-was-a-problem-proxying-the-request',
    'gateway-log',
  ),
  q(
    'stdlib in log',
    '{"level":"error","msg":"http: proxy error: dial tcp: lookup billing-api on 10.96.0.10:53: no such host","prefix":"proxy","api_id":"billing","time":"2024-07-02T09:14:11Z"}',
    '500/upstream-host-lookup-failed',
    'gateway-log',
  ),
  q(
    'stdlib in log',
    'time="Jul 02 09:14:11" level=error msg="http: proxy error: context canceled" api_id=search prefix=proxy server_name=search-svc:9200',
    '499/client-closed-request',
    'gateway-log',
  ),

  // Lines the gateway logs but never sends to a client: no entry, and no claim that one is meant.
  q(
    'log only',
    'time="Jul 02 09:14:11" level=error msg="Connection to Redis failed, reconnect in 10s" error="storage: Redis is either down or was not configured" prefix=pub-sub',
    null,
    'gateway-log',
  ),
  // A DNS failure inside a Redis error must not read as the upstream's host lookup.
  q(
    'log only',
    'time="Jul 02 09:14:11" level=error msg="Redis health check failed" error="dial tcp: lookup redis-master.tyk.svc on 10.96.0.10:53: no such host" liveness-check=true prefix=main',
    null,
    'gateway-log',
  ),
  q(
    'log only',
    'time="Jul 02 09:14:11" level=error msg="Response failed with code 404; retrying in 5s" prefix=dashboard',
    null,
    'gateway-log',
  ),
  q(
    'log only',
    'tyk-gateway-1  | time="Jul 02 09:14:11" level=error msg="Error trying to get TTL: " error="rpc is not connected"',
    null,
    'gateway-log',
  ),

  // What HTTP clients print: Postman, PowerShell, Python, Java, Node and the browser console.
  q(
    'client output',
    '403 Forbidden  •  41 ms  •  356 B\n\n{\n    "error": "Key not authorised"\n}',
    '403/key-not-authorised',
    'gateway',
  ),
  q(
    'client output',
    `Invoke-RestMethod : {
    "error": "Authorization field missing"
}
At line:1 char:1
+ Invoke-RestMethod -Uri https://gw.acme.example/orders -Method Get
+ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
    + CategoryInfo          : InvalidOperation: (System.Net.HttpWebRequest:HttpWebRequest) [Invoke-RestMethod], WebException
    + FullyQualifiedErrorId : WebCmdletWebResponseException,Microsoft.PowerShell.Commands.InvokeRestMethodCommand`,
    '401/authorization-field-missing',
    'gateway',
  ),
  q(
    'client output',
    'requests.exceptions.HTTPError: 429 Client Error: Too Many Requests for url: https://gw.acme.example/geo/v1/lookup?q=paris\n>>> r.text\n\'{\\n    "error": "Rate Limit Exceeded"\\n}\'',
    '429/rate-limit-exceeded',
    'gateway',
  ),
  q(
    'client output',
    'org.springframework.web.client.HttpClientErrorException$Forbidden: 403 Forbidden: "{<EOL>    "error": "Quota exceeded"<EOL>}"',
    '403/quota-exceeded',
    'gateway',
  ),
  q(
    'client output',
    "AxiosError: Request failed with status code 401\n  response: {\n    status: 401,\n    statusText: 'Unauthorized',\n    data: { error: 'Key has expired, please renew' }\n  }",
    '401/key-has-expired-please-renew',
    'gateway',
  ),
  q(
    'client output',
    'GET https://gw.acme.example/catalog/items 403 (Forbidden)\nResponse: {"error": "Access to this API has been disallowed"}',
    '403/access-to-this-api-has-been-disallowed',
    'gateway',
  ),
  q(
    'client output',
    'System.Net.WebException: The remote server returned an error: (504) Gateway Timeout. Body: {"error": "Upstream service reached hard timeout."}',
    '504/upstream-service-reached-hard-timeout',
    'gateway',
  ),

  // Prose in other languages around the gateway's English message.
  q(
    'non-english',
    'Hola, al llamar a la API a través del gateway recibo un 403 con {"error": "Key not authorised"} aunque la clave es nueva. ¿Qué significa?',
    '403/key-not-authorised',
    'gateway',
  ),
  q(
    'non-english',
    'Estou recebendo o erro "Quota exceeded" (403) mesmo depois de renovar a cota da chave.',
    '403/quota-exceeded',
    'gateway',
  ),
  q(
    'non-english',
    'Seit dem Update auf 5.8 liefert Tyk nur noch „Upstream service reached hard timeout.“ zurück, obwohl das Backend in 2 Sekunden antwortet.',
    '504/upstream-service-reached-hard-timeout',
    'gateway',
  ),
  q(
    'non-english',
    "J'obtiens « Authorization field missing » alors que j'envoie bien l'en-tête Authorization.",
    '401/authorization-field-missing',
    'gateway',
  ),
  q('non-english', '调用接口时返回 {"error":"Rate Limit Exceeded"}，请问在哪里调整限流？', '429/rate-limit-exceeded', 'gateway'),
  q(
    'non-english',
    'Tyk経由でアクセスすると「There was a problem proxying the request」が返ってきます。バックエンドは正常です。',
    '500/there-was-a-problem-proxying-the-request',
    'gateway',
  ),
  q(
    'non-english',
    'Tyk возвращает 401 «Key has expired, please renew», хотя ключ создан вчера без срока действия.',
    '401/key-has-expired-please-renew',
    'gateway',
  ),

  // Cut off: a chat preview, a terminal's width, a log shipper's line limit.
  q(
    'truncated',
    '{"error": "This organisation rate limit has been exceeded, please con',
    '403/this-organisation-rate-limit-has-been-exceeded-please',
    ['nearest', 'truncated'],
  ),
  q('truncated', 'There was a problem proxying the req…', '500/there-was-a-problem-proxying-the-request', [
    'nearest',
    'truncated',
  ]),
  q(
    'truncated',
    'Key not authorized: token has inv',
    // A filled-in value may be cut anywhere: the wording with `%s` still holds.
    '401/key-not-authorized',
    'gateway',
  ),
  q(
    'truncated',
    'time="Jul 02 09:14:11" level=info msg="Attempted access with non-existent ke',
    '403/access-to-this-api-has-been-disallowed',
    ['gateway-log', 'truncated', 'nearest'],
  ),
  q(
    'truncated',
    'Failed to create key, keys must have at least one Access Ri...',
    '400/failed-to-create-key-keys-must-have-at-least-one-access',
    ['nearest', 'truncated'],
  ),

  // Typed from memory with a slip.
  q('typo', 'Key not authroised', '403/key-not-authorised', 'nearest'),
  q('typo', 'Acess to this API has been dissallowed', '403/access-to-this-api-has-been-disallowed', 'nearest'),
  q('typo', 'quota exeeded on every call', '403/quota-exceeded', 'nearest'),
  q('typo', 'Upstream service reached hard time out', '504/upstream-service-reached-hard-timeout', 'nearest'),
  q('typo', 'Authorisation field missing', '401/authorization-field-missing', 'gateway'),
  q('typo', 'Key not authorised: no matching policy', '403/key-not-authorized-no-matching-policy', 'documented'),

  // Bodies as the error template writes them: the message goes through JSEscapeString, so an
  // apostrophe arrives as `\'` and `=` or `<` as `\u003D` / `\u003C` (handler_error.go).
  q('escaped body', '{\n    "error": "Can\\\'t detect loop target"\n}', '500/can-t-detect-loop-target', 'gateway'),
  q(
    'escaped body',
    '{"error": "Key not authorized: invalid issuer claim: https://id.acme.example/realms/prod?x\\u003Dy"}',
    '401/key-not-authorized',
    'gateway',
  ),
  q(
    'escaped body',
    'HTTP/1.1 422 Unprocessable Entity\nContent-Type: application/json\nX-Generator: tyk.io\n\n{\n    "error": "request validation error: parameter \\"limit\\" in query has an error: number must be at most 100"\n}',
    '422/request-validation-error-parameter-in-has-an-error',
    'gateway',
  ),
  q('escaped body', '{"error":"Couldn\\u0027t decode instruction"}', '400/couldn-t-decode-instruction', 'gateway'),

  // Filled-in values as the gateway writes them today (mw_jwt.go timeValidateJWTClaims, validateClaims).
  q('filled in', '{"error": "Key not authorized: token has expired"}', '401/key-not-authorized', 'gateway'),
  q(
    'filled in',
    'HTTP/2 401\ncontent-type: application/json\nx-generator: tyk.io\n\n{"error": "Key not authorized: token used before issued"}',
    '401/key-not-authorized',
    'gateway',
  ),
  q('filled in', 'Key not authorized: audience claim is required but not present in token', '401/key-not-authorized', 'gateway'),
  q(
    'filled in',
    '{"error": "found an empty user ID in predefined base claim, claim: email"}',
    '403/found-an-empty-user-id-in-predefined-base-claim-claim',
    'gateway',
  ),
  q(
    'filled in',
    'Loop level too deep. Found more than 3 loops in single request',
    '500/loop-level-too-deep-found-more-than-loops-in-single-request',
    'gateway',
  ),

  // Older releases (4.0.16 to 5.3.13 send these wordings; 5.8.0 and later do not).
  q(
    'older release',
    'Tyk 4.0 here, clients see {"error": "Rate limit exceeded"} at ~50 rps',
    '429/rate-limit-exceeded',
    'older-wording',
  ),
  q(
    'older release',
    'HTTP/1.1 403 Forbidden\nContent-Type: application/json\nX-Generator: tyk.io\n\n{\n    "error": "found an empty user ID in predefined base field claim sub"\n}',
    '403/found-an-empty-user-id-in-predefined-base-claim-claim',
    'older-wording',
  ),
  q(
    'older release',
    '{"status":"error","message":"File object creation failed, write error"}',
    '500/file-object-creation-failed-write-error',
    'older-wording',
  ),
  q(
    'older release',
    'POST /tyk/apis/oas/import → 400 {"status":"error","message":"servers object is empty in OAS"} on our 5.0 gateway',
    '400/the-servers-object-is-empty-in-your-oas-you-can-either-add-a',
    'older-wording',
  ),

  // Access-log lines as 5.12+ writes them (record.go): details say which of the flag's entries.
  q(
    'access log',
    'time="Jul 02 09:14:11" level=info api_id=geo api_key=****88aa client_ip=10.2.3.4 error_source=ReverseProxy error_target=geo-svc:8080/v1 host=gw.acme.example latency_gateway=2 latency_total=3 method=GET path=/geo/v1 prefix=access-log protocol=HTTP/1.1 remote_addr=10.2.3.4:50122 response_code_details=dns_not_found response_flag=DNS status=500 upstream_addr=http://geo-svc:8080/v1 upstream_latency=0 user_agent=okhttp/4.12.0',
    '500/upstream-host-lookup-failed',
    'access-log',
  ),
  q(
    'access log',
    'time="Jul 02 09:14:11" level=info method=GET path=/geo/v1 prefix=access-log response_code_details=dns_timeout response_flag=DNS status=500',
    '500/there-was-a-problem-proxying-the-request',
    'access-log',
  ),
  q(
    'access log',
    '{"level":"info","prefix":"access-log","method":"POST","path":"/pay","status":429,"response_flag":"RLT","response_code_details":"api_rate_limited","api_id":"pay"}',
    '429/api-rate-limit-exceeded',
    'access-log',
  ),
  q(
    'access log',
    'time="Jul 02 09:14:11" level=info method=GET path=/files prefix=access-log response_code_details=connection_refused response_flag=UCF status=500 upstream_addr=http://files:9000/',
    '500/there-was-a-problem-proxying-the-request',
    'access-log',
  ),
  q(
    'access log',
    'time="Jul 02 09:14:11" level=info method=GET path=/search prefix=access-log response_code_details=client_disconnected response_flag=CDC status=499',
    '499/client-closed-request',
    'access-log',
  ),
  q(
    'access log',
    'time="Jul 02 09:14:11" level=info method=GET path=/orders prefix=access-log response_code_details=auth_key_not_found response_flag=AKI status=403',
    '403/access-to-this-api-has-been-disallowed',
    'access-log',
  ),

  // Other Tyk components: the Dashboard, Operator, Pump and the Developer Portal are not the gateway.
  q(
    'other tyk component',
    '{"Status":"Error","Message":"Failed to save new session object to Tyk: Failed to create key: Post \\"http://tyk-gateway:8080/tyk/keys/create\\": EOF","Meta":null}',
    null,
    'dashboard',
  ),
  q(
    'other tyk component',
    'POST http://localhost:3000/api/keys\n{"Status":"Error","Message":"Failed to create key, keys must have at least one Access Rights record set.","Meta":null}',
    '400/failed-to-create-key-keys-must-have-at-least-one-access',
    'dashboard',
  ),
  q(
    'other tyk component',
    '{"level":"error","ts":1719911651.4431,"logger":"controllers.ApiDefinition","msg":"Failed to create ApiDefinition","ApiDefinition":"payments/pay-api","error":"Attempted administrative access with invalid or missing key!"}',
    '403/attempted-administrative-access-with-invalid-or-missing-key',
    'operator-log',
  ),
  q(
    'other tyk component',
    '[Jul 02 09:14:11] ERROR mongo-pump: Problem inserting to mongo collection: EOF',
    null,
    'tyk-component',
  ),
  q(
    'other tyk component',
    'tyk-pump-1  | time="Jul 02 09:14:11" level=error msg="Error writing to: Elasticsearch Pump - no available connection" prefix=elasticsearch-pump',
    null,
    'tyk-component',
  ),
  q(
    'other tyk component',
    'tyk-dashboard-1  | time="Jul 02 09:14:11" level=error msg="No portal configuration found, please create a new portal configuratin"',
    null,
    'tyk-component',
  ),
  q(
    'other tyk component',
    'Jul 02 09:14:11 mgmt-01 tyk-analytics[9120]: time="Jul 02 09:14:11" level=error msg="Can\'t find host! portal.acme.example"',
    null,
    'tyk-component',
  ),
  q(
    'other tyk component',
    '2024-07-02T09:14:11Z\tERROR\tFailed to reconcile SecurityPolicy\t{"controller": "securitypolicy", "SecurityPolicy": {"name":"gold","namespace":"apis"}, "error": "Policy not found"}',
    '404/policy-not-found',
    'operator-log',
  ),

  // The upstream's own error, passed through the gateway (rate-limit headers show Tyk forwarded it).
  q(
    'upstream via gateway',
    'HTTP/1.1 401 Unauthorized\nContent-Type: application/json\nX-Ratelimit-Limit: 1000\nX-Ratelimit-Remaining: 997\nX-Ratelimit-Reset: 1719913200\n\n{"message":"Invalid JWT: signature does not match"}',
    null,
    'upstream',
  ),
  q(
    'upstream via gateway',
    'HTTP/1.1 503 Service Unavailable\nContent-Type: application/json\nX-Ratelimit-Remaining: 12\n\n{"timestamp":"2024-07-02T09:14:11.000+00:00","status":503,"error":"Service Unavailable","path":"/orders"}',
    null,
    'upstream',
  ),
  q(
    'upstream via gateway',
    'HTTP/1.1 404 Not Found\nContent-Type: text/plain; charset=utf-8\nX-Ratelimit-Limit: 100\n\nNot Found',
    null,
    'upstream',
  ),
  q(
    'upstream via gateway',
    'HTTP/1.1 500 Internal Server Error\nContent-Type: application/problem+json\nX-Ratelimit-Remaining: 40\n\n{"type":"about:blank","title":"Internal Server Error","status":500,"detail":"NullPointerException in OrderService"}',
    null,
    'upstream',
  ),

  // Proxies in front of the gateway, as people meet them behind load balancers.
  q(
    'not the gateway',
    'HTTP/1.1 504 Gateway Time-out\nServer: awselb/2.0\nDate: Tue, 02 Jul 2024 09:14:11 GMT\nContent-Type: text/html\nContent-Length: 132',
    null,
    'proxy',
  ),
  q(
    'not the gateway',
    '<html>\n<head><title>504 Gateway Time-out</title></head>\n<body bgcolor="white">\n<center><h1>504 Gateway Time-out</h1></center>\n<hr><center>awselb/2.0</center>\n</body>\n</html>\n<!-- a padding to disable MSIE and Chrome friendly error page -->',
    null,
    'proxy',
  ),

  // Forum-style lists and questions built from real threads' shapes.
  q(
    'multi-message',
    '(“Access to this API has been disallowed”), 403\n(“Key has expired, please renew”), 401\n(“Quota exceeded”), 403',
    ['403/access-to-this-api-has-been-disallowed', '401/key-has-expired-please-renew', '403/quota-exceeded'],
    'several',
  ),
  q(
    'prose',
    'Keycloak token + JWT API: postman shows 403 and the body just says "error": "Key not authorized". jwt.io says the signature is fine',
    '403/key-not-authorized',
    'gateway',
  ),
  q(
    'prose',
    'After restarting the hybrid container the call fails with “Session state is missing or unset! Please make sure that auth headers are properly applied” in the key expiry check',
    '400/session-state-is-missing-or-unset-please-make-sure-that-auth',
    'gateway',
  ),
  q(
    'prose',
    'curl -H "Authorization: null" http://192.168.99.100:8080/test-api/get returns {"error": "Key not authorised"} - is the quickstart broken?',
    '403/key-not-authorised',
    'gateway',
  ),
  q(
    'prose',
    '$ curl -X POST -H "x-tyk-authorization: wrong" localhost:8080/tyk/keys/create\n{"status":"error","message":"Attempted administrative access with invalid or missing key!"}\nwhat secret does it want?',
    '403/attempted-administrative-access-with-invalid-or-missing-key',
    'gateway',
  ),
  q(
    'smart quotes',
    'Within the logs, I see:\ntime=“Feb 23 01:30:19” level=info msg=“Attempted access to unauthorised API.” api_found=false key=“” origin=x.x.x.x path=“/myservice/”',
    '403/access-to-this-api-has-been-disallowed',
    'gateway-log',
  ),
  q('smart quotes', '“error”: “Key not authorized”', '403/key-not-authorized', 'gateway'),

  // ---- Written after the fixes above, as a held-out check of the same shapes (not tuned on).
  q(
    'journald',
    'Jul 02 10:01:02 edge-3 tyk[771]: time="Jul 02 10:01:02" level=warning msg="Attempted access with existing user, failed password check." api_id=partners error="crypto/bcrypt: hashedPassword is not the hash of the given password" key="****ab12"',
    '401/user-not-authorised',
    'gateway-log',
  ),
  q(
    'kubectl log',
    '[pod/tyk-gw-58d7c9b8d9-h2k4p/tyk-gateway] {"level":"info","msg":"Bearer token malformed","mw":"Oauth2KeyExists","api_id":"oauth-orders","time":"2024-07-02T10:01:02Z"}',
    '400/bearer-token-malformed',
    'gateway-log',
  ),
  q(
    'docker log',
    '2024-07-02T10:01:02.000000001Z time="Jul 02 10:01:02" level=info msg="Attempted access with malformed header, header not in basic auth format." api_id=legacy mw=BasicAuthKeyIsValid',
    '400/attempted-access-with-malformed-header-header-not-in-basic',
    'gateway-log',
  ),
  q(
    'non-english',
    'Ricevo sempre 403 {"error":"Access to this resource has been disallowed"} quando chiamo /admin/report',
    '403/access-to-this-resource-has-been-disallowed',
    'gateway',
  ),
  q(
    'non-english',
    'Tyk에서 “Certificate has expired” 오류가 계속 발생합니다. 인증서는 갱신했습니다.',
    '403/certificate-has-expired',
    'gateway',
  ),
  q(
    'truncated',
    'Attempted administrative access with invalid or mi',
    '403/attempted-administrative-access-with-invalid-or-missing-key',
    ['truncated', 'nearest'],
  ),
  q('typo', 'Key has expried, please renew', '401/key-has-expired-please-renew', 'nearest'),
  q(
    'access log',
    'time="Jul 02 10:01:02" level=info method=GET path=/secure prefix=access-log response_code_details=auth_cert_not_found response_flag=AKI status=403',
    '403/access-to-this-api-has-been-disallowed',
    'access-log',
  ),
  q(
    'stdlib in log',
    'time="Jul 02 10:01:02" level=error msg="http: proxy error: dial tcp 10.1.2.3:443: i/o timeout" api_id=ext prefix=proxy server_name=partner.example:443',
    // An i/o timeout is none of the strings WrappedServeHTTP checks: the 500.
    '500/there-was-a-problem-proxying-the-request',
    'gateway-log',
  ),
  q(
    'other tyk component',
    'tyk-mdcb-1  | time="Jul 02 10:01:02" level=error msg="Failed to authenticate node: invalid API key" prefix=mdcb',
    null,
    'tyk-component',
  ),
  q(
    'upstream via gateway',
    'HTTP/2 429\ncontent-type: application/json\nx-ratelimit-remaining: 5\n\n{"error":"Too many requests, slow down"}',
    null,
    'upstream',
  ),
  q(
    'escaped body',
    '{"error": "URLRewrite regexp error ^/v1/(\\u003Cname\\u003E[a-z]+"}',
    '500/urlrewrite-regexp-error',
    'gateway',
  ),
  q(
    'client output',
    'Status: 401 Unauthorized   Time: 212 ms   Size: 312 B\n{\n  "error": "Key not authorized: token has expired"\n}',
    '401/key-not-authorized',
    'gateway',
  ),
  q(
    'log only',
    'time="Jul 02 10:01:02" level=warning msg="The control_api_port should be changed for production" prefix=main',
    null,
    'gateway-log',
  ),
  q(
    'old log format',
    'ERRO[0007] There was a problem proxying the request      api_id=legacy prefix=proxy',
    '500/there-was-a-problem-proxying-the-request',
    'gateway-log',
  ),
  q(
    'non-english',
    'Wir bekommen 429 mit {"error": "API Rate Limit Exceeded"} obwohl das Limit pro Schlüssel hoch genug ist',
    '429/api-rate-limit-exceeded',
    'gateway',
  ),
];
