/**
 * What users really paste or type, and the entry that must come first. `gated` queries (exact
 * messages and bodies) must hit at rank 1 every time; the others are reported as hit rates.
 */
export interface SearchQuery {
  kind:
    | 'message'
    | 'json body'
    | 'gateway api body'
    | 'raw response'
    | 'filled in'
    | 'old wording'
    | 'spelling'
    | 'lower case'
    | 'partial';
  query: string;
  expected: string;
  gated: boolean;
}

const q = (kind: SearchQuery['kind'], query: string, expected: string): SearchQuery => ({
  kind,
  query,
  expected,
  gated: ['message', 'json body', 'gateway api body', 'raw response', 'filled in'].includes(kind),
});

export const searchQueries: SearchQuery[] = [
  q('message', 'Key not authorized: Unexpected signing method', '403/key-not-authorized-unexpected-signing-method'),
  q('message', 'Quota exceeded', '403/quota-exceeded'),
  q('message', 'Access to this API has been disallowed', '403/access-to-this-api-has-been-disallowed'),
  q('message', 'Rate Limit Exceeded', '429/rate-limit-exceeded'),
  q('message', 'API Rate Limit Exceeded', '429/api-rate-limit-exceeded'),
  q(
    'message',
    'Attempted administrative access with invalid or missing key!',
    '403/attempted-administrative-access-with-invalid-or-missing-key',
  ),
  q('message', 'Upstream service reached hard timeout.', '504/upstream-service-reached-hard-timeout'),
  q('message', 'Key has expired, please renew', '401/key-has-expired-please-renew'),
  q(
    'message',
    'This organisation quota has been exceeded, please contact your API administrator',
    '403/this-organisation-quota-has-been-exceeded-please-contact',
  ),
  q('message', "Couldn't decode instruction", '400/couldn-t-decode-instruction'),
  q('message', 'Request signature verification failed', '401/request-signature-verification-failed'),
  q('message', 'x509: certificate signed by unknown authority', 'tls/x509-certificate-signed-by-unknown-authority'),
  q('json body', '{"error": "Quota exceeded"}', '403/quota-exceeded'),
  q('json body', '{\n    "error": "Key is inactive, please renew"\n}', '403/key-is-inactive-please-renew'),
  q('json body', '403 {"error": "Key not authorised"}', '403/key-not-authorised'),
  q('json body', '{"error":"Certificate has expired"}', '403/certificate-has-expired'),
  q('json body', '{"error": "Bearer token malformed"}', '400/bearer-token-malformed'),
  q('json body', '{"error": "Access to this resource has been disallowed"}', '403/access-to-this-resource-has-been-disallowed'),
  q('gateway api body', '{"status":"error","message":"API not found"}', '404/api-not-found'),
  q('gateway api body', '{"status": "error", "message": "Policy not found"}', '404/policy-not-found'),
  q('gateway api body', '{"status":"error","message":"Key not found"}', '404/key-not-found'),
  q('gateway api body', '{"status":"error","message":"Request malformed"}', '400/request-malformed'),
  q(
    'raw response',
    'HTTP/1.1 403 Forbidden\nContent-Type: application/json\nX-Generator: tyk.io\n\n{\n    "error": "Key not authorised"\n}',
    '403/key-not-authorised',
  ),
  q(
    'raw response',
    'HTTP/1.1 401 Unauthorized\nContent-Type: application/json\n\n{"error": "Key not authorised"}',
    '401/key-not-authorised',
  ),
  q(
    'raw response',
    'HTTP/2 429\ncontent-type: application/json\nx-generator: tyk.io\n\n{"error": "Rate Limit Exceeded"}',
    '429/rate-limit-exceeded',
  ),
  q(
    'raw response',
    'HTTP/1.1 404 Not Found\nContent-Type: application/json\n\n{"status":"error","message":"API not found"}\n',
    '404/api-not-found',
  ),
  q('raw response', 'HTTP/1.1 503 Service Unavailable\n\nall hosts are down', '503/all-hosts-are-down'),
  q(
    'filled in',
    'Certificate with SHA256 7c4e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6 not allowed',
    '403/certificate-with-sha256-not-allowed',
  ),
  q(
    'filled in',
    '{"error": "Loop level too deep. Found more than 5 loops in single request"}',
    '500/loop-level-too-deep-found-more-than-loops-in-single-request',
  ),
  q(
    'filled in',
    'found an empty user ID in predefined base claim, claim: user_id',
    '403/found-an-empty-user-id-in-predefined-base-claim-claim',
  ),
  q('filled in', 'security scheme bearerAuth is not configured', '500/security-scheme-is-not-configured'),
  q('filled in', '{"error": "URLRewrite regexp error ^/api/(unclosed"}', '500/urlrewrite-regexp-error'),
  q('old wording', 'Key is not active, please renew', '403/key-is-inactive-please-renew'),
  q('old wording', 'Upstreaming host lookup failed', '500/upstream-host-lookup-failed'),
  q(
    'old wording',
    'Due to enabled use_dp_app_configs, please use Dashboard API',
    '500/due-to-enabled-use-db-app-configs-please-use-the-dashboard',
  ),
  q('old wording', 'Wrong Password', '401/user-not-authorised'),
  q('old wording', 'TLS: bad certificate', 'tls/remote-error-tls-bad-certificate'),
  q('spelling', 'Key not authorized', '403/key-not-authorized'),
  q(
    'spelling',
    'This organization quota has been exceeded, please contact your API administrator',
    '403/this-organisation-quota-has-been-exceeded-please-contact',
  ),
  q('spelling', 'User not authorized', '401/user-not-authorised'),
  q('lower case', 'quota exceeded', '403/quota-exceeded'),
  q('lower case', 'access to this api has been disallowed', '403/access-to-this-api-has-been-disallowed'),
  q('partial', 'hard timeout', '504/upstream-service-reached-hard-timeout'),
  q('partial', 'loop level too deep', '500/loop-level-too-deep-found-more-than-loops-in-single-request'),
  q('partial', 'introspection disabled', '403/introspection-is-disabled'),
  q('partial', 'websockets not allowed', '422/websockets-are-not-allowed'),
];
