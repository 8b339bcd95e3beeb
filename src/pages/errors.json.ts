/** The whole catalog as JSON for other tools: one object per error, shape documented in the README. */
import type { APIRoute } from 'astro';
import { allErrors, titleOf } from '../data/catalog';
import { absoluteUrl, permalinkPath } from '../lib/urls';

export const GET: APIRoute = ({ site }) => {
  const errors = allErrors.map((entry) => {
    const { status, message, slug, summary, category, audience } = entry.data;
    return {
      status,
      message,
      slug,
      url: absoluteUrl(permalinkPath(status, slug), site!),
      title: titleOf(entry),
      summary,
      category,
      audience,
    };
  });
  return new Response(JSON.stringify(errors, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
