/**
 * Writes N realistic synthetic entries (frontmatter and the fixed body sections) into a content/errors
 * folder, as MDX or as the same entries in Markdown (for comparing the two pipelines). Components are
 * used at the real catalog's rate: one entry in nine names a Classic/OAS field pair with <ConfigKey>,
 * written out by hand in the Markdown copy.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { categoryIds } from '../../src/lib/categories';

const statuses = [400, 401, 403, 404, 405, 422, 429, 500, 502, 503, 504];
const reasons: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};
const words =
  'key policy quota rate limit certificate token upstream header version listen path organisation session scope claim'.split(' ');

function topicOf(index: number): string {
  return `${words[index % words.length]} ${words[(index * 7) % words.length]}`;
}

/** The message of synthetic entry `index`, for searching it. */
export function syntheticMessage(index: number): string {
  return `Synthetic ${topicOf(index)} error ${String(index).padStart(5, '0')}`;
}

function slugOf(index: number): string {
  return `synthetic-${topicOf(index).replace(/ /g, '-')}-error-${String(index).padStart(5, '0')}`;
}

/** The permalink path of synthetic entry `index`. */
export function syntheticEntryPath(index: number): string {
  return `/${statuses[index % statuses.length]}/${slugOf(index)}/`;
}

export type EntryFormat = 'mdx' | 'md';

export function writeSyntheticCatalog(errorsDir: string, count: number, format: EntryFormat = 'mdx'): void {
  for (let index = 0; index < count; index++) {
    const status = statuses[index % statuses.length]!;
    const topic = topicOf(index);
    const message = syntheticMessage(index);
    const slug = slugOf(index);
    const category = categoryIds[index % categoryIds.length];
    const related =
      index >= statuses.length
        ? `\nrelated:\n  - ${statuses[(index - statuses.length) % statuses.length]}/synthetic-${`${words[(index - statuses.length) % words.length]} ${words[((index - statuses.length) * 7) % words.length]}`.replace(/ /g, '-')}-error-${String(index - statuses.length).padStart(5, '0')}`
        : '';
    const classic = `${words[(index * 5) % words.length]}_${words[(index * 11) % words.length]}`;
    const oas = `middleware.global.${words[(index * 13) % words.length]}`;
    const field =
      index % 9 !== 0
        ? `\`${classic}\``
        : format === 'mdx'
          ? `<ConfigKey classic="${classic}" oas="${oas}" />`
          : `\`${classic}\` (Tyk OAS \`${oas}\`)`;
    const folder = join(errorsDir, String(status));
    mkdirSync(folder, { recursive: true });
    writeFileSync(
      join(folder, `${slug}.${format}`),
      `---
status: ${status}
message: ${message}
slug: ${slug}
summary: The gateway refused the request because the ${topic} did not match what the API definition expects.
category: ${category}
audience: ${index % 4 === 0 ? 'gateway-api' : 'api-consumer'}${related}
source:
  - file: gateway/mw_synthetic_${index % 40}.go
    line: ${100 + (index % 900)}
    symbol: SyntheticMiddleware${index % 40}.ProcessRequest
documentedAs:
  - status: ${status}
    message: ${message.toUpperCase()}
    in: published
    note: Listed in capitals.
example: |-
  HTTP/1.1 ${status} ${reasons[status]}
  Content-Type: application/json
  X-Generator: tyk.io

  {
      "error": "${message}"
  }
---

## What it means

The gateway checked the ${topic} of the request at the ${words[(index * 3) % words.length]} step and refused it before the request reached the upstream service. Nothing was forwarded, and the key's quota was not charged.

## Why it happens

### The ${topic} is missing

The request carries no \`${words[index % words.length]}\` value, so the middleware has nothing to check. Clients that build requests by hand often forget it after a refactor.

### The ${topic} does not match the API definition

The API definition sets ${field} to a value that this request does not satisfy, for example after the definition was changed and reloaded.

## How to fix

1. Send the request again with a valid \`${words[index % words.length]}\`: \`curl -H "Authorization: $KEY" https://gateway.example.com/api/\`.
2. Compare the API definition's \`${words[(index * 5) % words.length]}_${words[(index * 11) % words.length]}\` with what the client sends; fix one or the other.
3. Reload the gateway (\`curl -H "x-tyk-authorization: $SECRET" http://localhost:8080/tyk/reload/group\`) and retry.

## What to send to support

The gateway log line at \`info\` level for this request (it names the API ID and the key's hash), and the API definition.
`,
    );
  }
}
