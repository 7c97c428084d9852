import type { APIRoute, GetStaticPaths } from 'astro';
import { loadExplainerPages, sitePath, type ExplainerPageData } from '../../lib/load-explainers.ts';
import { statementsExport } from '../../lib/statements-export.ts';

export const getStaticPaths = (async () => {
  const pages = await loadExplainerPages();
  return pages.map((page) => ({ params: { slug: page.entry.id }, props: { page } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ page: ExplainerPageData }> = ({ props, site }) => {
  const { entry, model } = props.page;
  const pageUrl = new URL(sitePath(`${entry.id}/`), site ?? 'http://localhost/');
  const body = statementsExport(
    { slug: entry.id, title: entry.data.title, asOf: entry.data.asOf, url: site ? pageUrl.href : pageUrl.pathname },
    model,
  );
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json' } });
};
