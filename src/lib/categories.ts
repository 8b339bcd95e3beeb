/** The fixed list of categories an error can belong to, in the order the site lists them. */
export const categories = {
  authentication: 'Authentication',
  'keys-and-policies': 'Keys and policies',
  oauth: 'OAuth',
  'jwt-and-oidc': 'JWT and OpenID Connect',
  'certificates-and-mtls': 'Certificates and mTLS',
  'access-control': 'Access control',
  'rate-limits-and-quotas': 'Rate limits and quotas',
  'organisation-limits': 'Organisation limits',
  versioning: 'Versioning',
  'request-validation': 'Request validation',
  'routing-and-rewrites': 'Routing and rewrites',
  'upstream-and-proxy': 'Upstream and proxy',
  graphql: 'GraphQL',
  plugins: 'Plugins',
  mcp: 'MCP proxies',
  streams: 'Streams',
  'batch-requests': 'Batch requests',
  'health-checks': 'Health checks',
  'gateway-api': 'Gateway REST API',
} as const;

export type Category = keyof typeof categories;

export const categoryIds = Object.keys(categories) as [Category, ...Category[]];

export function categoryLabel(category: Category): string {
  return categories[category];
}

export const audiences = {
  'api-consumer': 'API consumers (proxied requests)',
  'gateway-api': 'Gateway REST API (/tyk/)',
} as const;

export type Audience = keyof typeof audiences;

export const audienceIds = Object.keys(audiences) as [Audience, ...Audience[]];
