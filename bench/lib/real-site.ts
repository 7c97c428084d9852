/**
 * The measures taken on the real site (the stories of `content/`): Lighthouse on the default
 * story and on a person's page, and the default story's weight beside the same MDX in a stock
 * Starlight site.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { coldStart, oursBuild, OUTPUT, peerBuild, PROJECT, shown, timed } from './builds.ts';
import { runLighthouse, type LighthouseResult } from './lighthouse.ts';
import { BuiltSite, sum, weighPage, type PageWeight } from './page-weight.ts';
import { writeStarlightSite } from './peer-sites.ts';
import { serveStatic, type RunningServer } from './static-server.ts';

export interface RealSite {
  dist: string;
  /** The local server the site is built for and served from. */
  server: RunningServer;
  seconds: number;
  /** The newest listed story's slug. */
  defaultStory: string;
  /** The URL path (under "/") of the page of the person with the most statements. */
  personPage: string;
  command: string;
}

/**
 * Builds the site of `content/` as a published site is built, for its address (SITE_URL: here
 * the local server that then serves it, so that its canonical links and feeds are its own),
 * and starts that server. Close it when done.
 */
export async function buildRealSite(engineRoot: string, progress: (line: string) => void): Promise<RealSite> {
  const folder = join(OUTPUT, 'site');
  const server = await serveStatic(join(folder, 'dist'), '/');
  const build = oursBuild(engineRoot, join(PROJECT, 'content'), folder, { SITE_URL: new URL(server.url).origin });
  progress(`building the site of content/ for ${server.url}`);
  coldStart(build);
  const measured = await timed(build.command, join(OUTPUT, 'logs', 'site.log')).catch(async (error: unknown) => {
    await server.close();
    throw error;
  });
  const read = (file: string): unknown => JSON.parse(readFileSync(join(build.out, file), 'utf8'));
  const { stories } = read('statements.json') as { stories: { slug: string }[] };
  const { people } = read('people.json') as { people: { id: string; statements: string[] }[] };
  const defaultStory = stories[0]?.slug;
  const person = [...people].sort((a, b) => b.statements.length - a.statements.length)[0];
  if (!defaultStory || !person) {
    await server.close();
    throw new Error('the site of content/ has no story or no person to measure');
  }
  return {
    dist: build.out,
    server,
    seconds: measured.seconds,
    defaultStory,
    personPage: `people/${person.id}/`,
    command: shown(build.command),
  };
}

export interface LighthousePage {
  page: string;
  result: LighthouseResult;
}

export async function runLighthousePart(site: RealSite, runs: number, progress: (line: string) => void) {
  const pages = [`${site.defaultStory}/`, site.personPage];
  const results = await runLighthouse(
    pages.map((page) => `${site.server.url}${page}`),
    runs,
    progress,
  );
  return pages.map((page): LighthousePage => {
    const result = results.get(`${site.server.url}${page}`);
    if (!result) throw new Error(`no Lighthouse result for ${page}`);
    return { page: `/${page}`, result };
  });
}

export interface WeightRow {
  site: string;
  html: number;
  css: number;
  js: number;
  firstView: number;
  requests: number;
}

const row = (site: string, page: PageWeight): WeightRow => ({
  site,
  html: page.html,
  css: page.css,
  js: sum(page.readingScripts) + sum(page.enhancementScripts),
  firstView: page.firstView,
  requests: page.requests,
});

export async function runWeightPart(site: RealSite, progress: (line: string) => void) {
  const root = join(OUTPUT, 'starlight');
  writeStarlightSite(root, join(PROJECT, 'content', 'explainers', site.defaultStory));
  const build = peerBuild('starlight', root);
  progress('building the stock Starlight site of the default story');
  coldStart(build);
  await timed(build.command, join(OUTPUT, 'logs', 'starlight.log'));
  const page = `${site.defaultStory}/index.html`;
  return {
    story: site.defaultStory,
    rows: [
      row('ours', weighPage(new BuiltSite(site.dist), page)),
      row('Starlight', weighPage(new BuiltSite(build.out), page)),
    ],
    command: shown(build.command),
  };
}
