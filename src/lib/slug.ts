/** Turns gateway messages into URL slugs, the same way for authors, tests and forgiving URLs. */
import { formatVerb } from './message';

const maxSlugLength = 60;

/** `Key not authorised: %s` → `key-not-authorised`. Cut at a word boundary past 60 characters. */
export function slugify(message: string): string {
  const slug = message
    .replace(formatVerb, ' ')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxSlugLength) return slug;
  const cut = slug.slice(0, maxSlugLength + 1);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > 0 ? cut.slice(0, lastDash) : cut.slice(0, maxSlugLength)).replace(/-+$/, '');
}

export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const aliasPattern = /^(?:(?:[1-5]\d\d|tls)\/)?[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isSlug(value: string): boolean {
  return slugPattern.test(value);
}
