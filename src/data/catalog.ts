/**
 * Every query of the error catalog, computed once per build: entries in display order, grouped by
 * status and category, with lookups by id. Routes and components read from here only.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { audienceIds, audiences, categoryLabel, type Category } from '../lib/categories';
import { compareByStatusThenMessage, groupByCategory, groupByStatus } from '../lib/grouping';
import type { FilterOptions } from '../lib/search-filters';
import { statusClass, statusLabel, type StatusClass, type StatusKey } from '../lib/status';
import { aliasPath, permalinkPath } from '../lib/urls';

export type ErrorEntry = CollectionEntry<'errors'>;

export interface StatusGroup {
  status: StatusKey;
  name: string;
  meaning: string;
  statusClass: StatusClass;
  errors: ErrorEntry[];
  byCategory: Array<{ category: Category; errors: ErrorEntry[] }>;
}

export const allErrors: ErrorEntry[] = (await getCollection('errors')).sort(compareByStatusThenMessage);

/** Every earlier or alternative URL of an entry (its `aliases`), with the permalink it leads to. */
export const aliasRedirects: Array<{ from: string; to: string }> = allErrors.flatMap(({ data }) =>
  data.aliases.map((alias) => ({ from: aliasPath(data.status, alias), to: permalinkPath(data.status, data.slug) })),
);

const statusDescriptions = new Map((await getCollection('statuses')).map((entry) => [entry.id, entry.data]));

function describeStatusGroups(): StatusGroup[] {
  const groups = groupByStatus(allErrors);
  const missing = groups.filter(({ status }) => !statusDescriptions.has(String(status))).map(({ status }) => status);
  if (missing.length > 0) {
    throw new Error(
      `content/statuses.yaml has no description for status ${missing.join(', ')}, used by entries in content/errors/. Add a name and a meaning for each.`,
    );
  }
  return groups.map(({ status, errors }) => ({
    status,
    ...statusDescriptions.get(String(status))!,
    statusClass: statusClass(status),
    errors,
    byCategory: groupByCategory(errors),
  }));
}

export const statusGroups: StatusGroup[] = describeStatusGroups();

export const errorsByCategory = groupByCategory(allErrors);

const errorsById = new Map(allErrors.map((entry) => [entry.id, entry]));

export function errorById(id: string): ErrorEntry {
  const entry = errorsById.get(id);
  if (!entry) throw new Error(`No error entry with id "${id}".`);
  return entry;
}

export function titleOf(entry: ErrorEntry): string {
  return entry.data.title ?? entry.data.message;
}

/** The values each search filter offers, with how many errors have each. */
export const searchFilterOptions: Omit<FilterOptions, 'release'> = {
  status: statusGroups.map(({ status, name, errors }) => ({
    value: String(status),
    label: `${statusLabel(status)} ${name}`,
    count: errors.length,
  })),
  category: errorsByCategory.map(({ category, errors }) => ({
    value: category,
    label: categoryLabel(category),
    count: errors.length,
  })),
  audience: audienceIds
    .map((audience) => ({
      value: audience,
      label: audiences[audience],
      count: allErrors.filter((entry) => entry.data.audience === audience).length,
    }))
    .filter((option) => option.count > 0),
};
