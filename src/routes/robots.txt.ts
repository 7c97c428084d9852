import type { APIRoute } from 'astro';
import { sitemapPath } from '../lib/paths.ts';

/** Every page may be crawled; the sitemap lists them. */
export const GET: APIRoute = ({ site }) => {
  const lines = ['User-agent: *', 'Allow: /', ''];
  if (site) lines.push(`Sitemap: ${new URL(sitemapPath(), site).href}`, '');
  return new Response(lines.join('\n'), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
