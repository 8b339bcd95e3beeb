/** The JSON Schema of /errors.json. */
import type { APIRoute } from 'astro';
import { errorsJsonSchema } from '../lib/errors-json-schema';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(errorsJsonSchema, null, 2), {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
