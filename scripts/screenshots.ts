/**
 * `npm run screenshots`: pictures of a story as readers see it, for the README. It serves the
 * last build (run `npm run build` first; this builds nothing) on a free port and takes the
 * story's first screen on a desktop (1280×900) and a phone (375×812), in the light and the
 * dark colour scheme, into docs/explainer-<desktop|phone>-<light|dark>.png.
 * `npm run screenshots -- <slug>` takes another story than the default one.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { chromium } from '@playwright/test';
import { findChromium } from '../tests/e2e/find-chromium.ts';

/** The story the README shows: the June 2025 one, the site's first. */
const DEFAULT_STORY = 'putin-trump-meeting-2025';
const SCREENS = [
  { name: 'desktop', viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1, isMobile: false },
  { name: 'phone', viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, isMobile: true },
] as const;
const SCHEMES = ['light', 'dark'] as const;

const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** The file of dist/ that a path under `base` names ("/story/" → story/index.html), if any. */
async function fileFor(pathname: string, base: string): Promise<string | undefined> {
  if (!pathname.startsWith(base)) return undefined;
  const path = resolve(dist, `.${sep}${decodeURIComponent(pathname.slice(base.length))}`);
  if (path !== dist && !path.startsWith(dist + sep)) return undefined;
  const found = await stat(path).catch(() => undefined);
  if (found?.isDirectory()) return join(path, 'index.html');
  return found?.isFile() ? path : undefined;
}

/**
 * A static server over dist/ on a free port of this machine, as a static host serves the
 * site. Not `astro preview`: Astro runs one preview per project, and the browser tests or
 * `npm start` may be running one.
 */
function serve(base: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    void (async () => {
      const file = await fileFor(new URL(request.url ?? '/', 'http://localhost').pathname, base);
      const body = file && (await readFile(file).catch(() => undefined));
      if (!file || !body) {
        response.writeHead(404).end('Not found');
        return;
      }
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    })();
  });
  return new Promise((ready, failed) => {
    server.on('error', failed);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (address && typeof address === 'object') ready({ server, origin: `http://127.0.0.1:${String(address.port)}` });
      else failed(new Error('The system gave no free port.'));
    });
  });
}

async function takeScreenshots(slug: string): Promise<void> {
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error('There is no build to photograph: run `npm run build` first, then `npm run screenshots`.');
  }
  const executablePath = findChromium();
  if (!executablePath) {
    throw new Error(
      'No Chromium found: run `npx playwright install chromium`, install your system’s chromium package, or set CHROMIUM_PATH.',
    );
  }
  const configured = process.env['BASE_PATH'] ?? '/';
  const base = configured.endsWith('/') ? configured : `${configured}/`;
  const { server, origin } = await serve(base);
  const url = `${origin}${base}${slug}/`;
  const browser = await chromium
    .launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] })
    .catch((error: unknown) => {
      server.close();
      throw error;
    });
  try {
    if (!(await fetch(url)).ok) throw new Error(`No story "${slug}" in the build: ${url} is not found.`);
    mkdirSync(join(root, 'docs'), { recursive: true });
    for (const screen of SCREENS) {
      for (const colorScheme of SCHEMES) {
        const { name, ...device } = screen;
        const context = await browser.newContext({ ...device, hasTouch: device.isMobile, colorScheme });
        const page = await context.newPage();
        await page.goto(url, { waitUntil: 'load' });
        await page.evaluate(() => document.fonts.ready);
        const file = join('docs', `explainer-${name}-${colorScheme}.png`);
        // The first screen only, as a reader lands on it: a whole page would be megabytes.
        await page.screenshot({ path: join(root, file) });
        console.log(`wrote ${file}`);
        await context.close();
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
}

try {
  await takeScreenshots(process.argv[2] ?? DEFAULT_STORY);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
