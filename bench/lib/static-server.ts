/**
 * A small static file server for a built site, under its base path, as a static host serves
 * it: `/base/story/` gives `story/index.html`. Text is sent brotli-compressed, as a host would,
 * so that Lighthouse sees the bytes a reader receives.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.jpg': 'image/jpeg',
  '.woff2': 'font/woff2',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt']);

export interface RunningServer {
  /** The site's address, base path included, e.g. http://127.0.0.1:41234/news/. */
  url: string;
  close(): Promise<void>;
}

/** The file a request path names in `root`, or undefined. */
function fileFor(root: string, base: string, pathname: string): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  const inside = normalize(join(root, decodeURIComponent(pathname.slice(base.length))));
  if (!inside.startsWith(root)) return undefined;
  if (existsSync(inside) && statSync(inside).isFile()) return inside;
  const index = join(inside, 'index.html');
  return existsSync(index) ? index : undefined;
}

export function serveStatic(root: string, base = '/'): Promise<RunningServer> {
  const basePath = base.replace(/\/?$/, '/');
  const server: Server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const file = fileFor(root, basePath, pathname);
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const extension = extname(file);
    let body = readFileSync(file);
    const headers: Record<string, string> = { 'content-type': TYPES[extension] ?? 'application/octet-stream' };
    if (COMPRESSIBLE.has(extension) && /\bbr\b/.test(String(request.headers['accept-encoding']))) {
      body = brotliCompressSync(body);
      headers['content-encoding'] = 'br';
    }
    response.writeHead(200, headers).end(body);
  });
  return new Promise((ready) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      ready({
        url: `http://127.0.0.1:${String(port)}${basePath}`,
        close: () =>
          new Promise((closed) => {
            server.close(() => {
              closed();
            });
          }),
      });
    });
  });
}
