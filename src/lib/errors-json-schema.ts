/** The JSON Schema (draft 2020-12) of /errors.json, published at /errors.schema.json and checked in the tests. */
const status = {
  description: 'The HTTP status the gateway sends, or "tls" for a TLS handshake failure (no HTTP response).',
  oneOf: [{ type: 'integer', minimum: 100, maximum: 599 }, { const: 'tls' }],
};

const releases = {
  description:
    'Release tags, as written in the project release list (e.g. "v5.14.0"), whose extracted source sends it, oldest first: the releases people run and the first release of every line between them.',
  type: 'array',
  items: { type: 'string', pattern: '^v\\d+\\.\\d+\\.\\d+(-[\\w.]+)?$' },
};

export const errorsJsonSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'errors.schema.json',
  title: 'Tyk Gateway error reference',
  description: 'Every error response the Tyk API Gateway returns, one object per (status, message).',
  type: 'array',
  items: {
    type: 'object',
    additionalProperties: false,
    required: [
      'status',
      'message',
      'slug',
      'url',
      'title',
      'summary',
      'category',
      'audience',
      'releases',
      'wordings',
      'logs',
      'flags',
    ],
    properties: {
      status,
      message: {
        type: 'string',
        minLength: 1,
        description: 'The exact text; Go format verbs (%s, %d) stand for runtime values.',
      },
      slug: {
        type: 'string',
        pattern: '^[a-z0-9]+(-[a-z0-9]+)*$',
        description: 'The permanent URL segment, unique within a status.',
      },
      url: { type: 'string', format: 'uri', description: 'The absolute permalink.' },
      title: { type: 'string', minLength: 1 },
      summary: { type: 'string', minLength: 1 },
      category: { type: 'string', minLength: 1 },
      audience: { enum: ['api-consumer', 'gateway-api'] },
      releases,
      wordings: {
        description: 'Other wordings or statuses the gateway sends or sent for the same situation.',
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['status', 'message', 'releases'],
          properties: { status, message: { type: 'string', minLength: 1 }, releases, note: { type: 'string' } },
        },
      },
      logs: {
        description: 'Log lines the gateway writes on the same code path.',
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['level', 'message', 'fields', 'source'],
          properties: {
            level: { enum: ['debug', 'info', 'warning', 'error', 'fatal'] },
            message: { type: 'string', minLength: 1, description: 'The log message; Go format verbs stand for runtime values.' },
            fields: { type: 'object', additionalProperties: { type: 'string' }, description: 'Notable fields, e.g. prefix.' },
            errorValue: {
              enum: ['resolved', 'unresolved'],
              description:
                'The message is a Go error value: resolved when the source fixes its text, unresolved when it does not (message is then %v).',
            },
            source: {
              type: 'object',
              required: ['file', 'line', 'symbol'],
              properties: {
                file: { type: 'string' },
                line: { type: 'integer' },
                symbol: { type: 'string' },
                ref: { type: 'string' },
              },
            },
          },
        },
      },
      flags: {
        description: 'Response flags the gateway writes to access logs for this error (5.12 and later).',
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['code'],
          properties: { code: { type: 'string', pattern: '^[A-Z]{3}$' }, details: { type: 'string' } },
        },
      },
      errorId: { type: 'string', description: 'The error ID that override_messages and Error Overrides use.' },
      unreleased: { const: true, description: 'Present when only unreleased versions (release candidates) send it.' },
    },
  },
} as const;
