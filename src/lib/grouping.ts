/** Orders and groups catalog entries for the status and category pages. */
import { categoryIds, type Category } from './categories';
import { compareStatus, type StatusKey } from './status';

interface Groupable {
  data: { status: StatusKey; category: Category; message: string };
}

export function compareByStatusThenMessage(a: Groupable, b: Groupable): number {
  return compareStatus(a.data.status, b.data.status) || a.data.message.localeCompare(b.data.message, 'en');
}

/** Statuses in ascending order (TLS last), each with its entries in the order given. */
export function groupByStatus<T extends Groupable>(entries: readonly T[]): Array<{ status: StatusKey; errors: T[] }> {
  const statuses = [...new Set(entries.map((entry) => entry.data.status))].sort(compareStatus);
  return statuses.map((status) => ({ status, errors: entries.filter((entry) => entry.data.status === status) }));
}

/** Categories in their fixed order, leaving out the empty ones. */
export function groupByCategory<T extends Groupable>(entries: readonly T[]): Array<{ category: Category; errors: T[] }> {
  return categoryIds
    .map((category) => ({ category, errors: entries.filter((entry) => entry.data.category === category) }))
    .filter((group) => group.errors.length > 0);
}
