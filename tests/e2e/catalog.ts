/** The built catalog (dist/errors.json), so tests pick real entries instead of hard-coding them. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface PublishedError {
  status: number | 'tls';
  message: string;
  slug: string;
  url: string;
  title: string;
  summary: string;
  category: string;
  audience: 'api-consumer' | 'gateway-api';
  logs: Array<{ level: string; message: string; fields: Record<string, string>; source: { file: string; line: number } }>;
  flags: Array<{ code: string; details?: string }>;
  errorId?: string;
}

export const catalog: PublishedError[] = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../dist/errors.json'), 'utf8'),
) as PublishedError[];

export function pathOf(entry: PublishedError): string {
  return new URL(entry.url).pathname;
}

export function findEntry(status: number | 'tls', message: string): PublishedError {
  const entry = catalog.find((candidate) => candidate.status === status && candidate.message === message);
  if (!entry) throw new Error(`The catalog has no ${status} "${message}"`);
  return entry;
}

/** Entries whose message has no format verbs: what a user would paste verbatim. */
export const literalEntries = catalog.filter((entry) => !/%[a-z]/i.test(entry.message));
