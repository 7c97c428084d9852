import type { APIRoute } from 'astro';
import { exportedUrl, personPath } from '../lib/paths.ts';
import { buildPeople } from '../lib/models/people.ts';
import { exportPerson } from '../lib/exports/people-json.ts';
import { loadSiteInput } from '../lib/routes/site-pages.ts';

/** Everyone with a page: who they are, their roles, and their statements as `<story>#<id>`. */
export const GET: APIRoute = async ({ site }) => {
  const people = buildPeople(await loadSiteInput());
  const body = { people: people.map((person) => exportPerson(person, exportedUrl(personPath(person.id), site))) };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json' } });
};
