/** The whole catalog as JSON for other tools: one object per error, shape in /errors.schema.json and the README. */
import type { APIRoute } from 'astro';
import { allErrors, titleOf } from '../data/catalog';
import { releasesOf } from '../data/releases';
import { absoluteUrl, permalinkPath } from '../lib/urls';

export const GET: APIRoute = ({ site }) => {
  const errors = allErrors.map((entry) => {
    const { status, message, slug, summary, category, audience, logs, flags, errorId } = entry.data;
    const sent = releasesOf(entry);
    return {
      status,
      message,
      slug,
      url: absoluteUrl(permalinkPath(status, slug), site!),
      title: titleOf(entry),
      summary,
      category,
      audience,
      releases: sent.message.tags,
      wordings: sent.wordings.map((wording) => ({
        status: wording.status,
        message: wording.message,
        releases: wording.tags,
        ...(wording.note ? { note: wording.note } : {}),
      })),
      ...(sent.unreleased ? { unreleased: true } : {}),
      logs: logs.map(({ level, message, fields, source, errorValue }) => ({
        level,
        message,
        fields: fields ?? {},
        source,
        ...(errorValue ? { errorValue } : {}),
      })),
      flags: flags.map(({ code, details }) => ({ code, ...(details ? { details } : {}) })),
      ...(errorId ? { errorId } : {}),
    };
  });
  return new Response(JSON.stringify(errors, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
