/**
 * Every query of the error catalog, computed once per build: entries in display order, grouped by
 * status and category, with lookups by id. Routes and components read from here only.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { categoryIds, type Category } from '../lib/categories';
import { compareStatus, statusClass, type StatusClass, type StatusKey } from '../lib/status';

export type ErrorEntry = CollectionEntry<'errors'>;

export interface StatusGroup {
  status: StatusKey;
  name: string;
  meaning: string;
  statusClass: StatusClass;
  errors: ErrorEntry[];
  byCategory: Array<{ category: Category; errors: ErrorEntry[] }>;
}

function compareEntries(a: ErrorEntry, b: ErrorEntry): number {
  return compareStatus(a.data.status, b.data.status) || a.data.message.localeCompare(b.data.message, 'en');
}

export function groupByCategory(errors: readonly ErrorEntry[]): StatusGroup['byCategory'] {
  return categoryIds
    .map((category) => ({ category, errors: errors.filter((entry) => entry.data.category === category) }))
    .filter((group) => group.errors.length > 0);
}

export const allErrors: ErrorEntry[] = (await getCollection('errors')).sort(compareEntries);

const statusDescriptions = new Map((await getCollection('statuses')).map((entry) => [entry.id, entry.data]));

function buildStatusGroups(): StatusGroup[] {
  const statuses = [...new Set(allErrors.map((entry) => entry.data.status))].sort(compareStatus);
  const missing = statuses.filter((status) => !statusDescriptions.has(String(status)));
  if (missing.length > 0) {
    throw new Error(
      `content/statuses.yaml has no description for status ${missing.join(', ')}, used by entries in content/errors/. Add a name and a meaning for each.`,
    );
  }
  return statuses.map((status) => {
    const description = statusDescriptions.get(String(status))!;
    const errors = allErrors.filter((entry) => entry.data.status === status);
    return { status, ...description, statusClass: statusClass(status), errors, byCategory: groupByCategory(errors) };
  });
}

export const statusGroups: StatusGroup[] = buildStatusGroups();

export const categoryCounts: Array<{ category: Category; count: number }> = groupByCategory(allErrors).map(
  ({ category, errors }) => ({ category, count: errors.length }),
);

const errorsById = new Map(allErrors.map((entry) => [entry.id, entry]));

export function errorById(id: string): ErrorEntry {
  const entry = errorsById.get(id);
  if (!entry) throw new Error(`No error entry with id "${id}".`);
  return entry;
}

export function titleOf(entry: ErrorEntry): string {
  return entry.data.title ?? entry.data.message;
}
