import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const POLICY = /<meta http-equiv="content-security-policy" content="([^"]*)">/;
const INLINE = /<(script|style)((?:\s[^>]*)?)>([\s\S]*?)<\/\1>/g;
/** Script types that hold data, not code: the browser runs none, the policy need not allow them. */
const DATA_TYPE = /\stype="application\/(?:ld\+)?json"/;

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** A directive with its hashes replaced by `hashes`; its other sources ('self', 'wasm-unsafe-eval') kept. */
function withHashes(directive: string, hashes: readonly string[]): string {
  const [name = '', ...sources] = directive.trim().split(/\s+/);
  return [name, ...sources.filter((source) => !/^'sha(256|384|512)-/.test(source)), ...new Set(hashes)].join(' ');
}

/**
 * One page's policy: Astro's, with the hashes of that page's own inline scripts and styles
 * instead of those of every script and style Astro knows of, and placed first in the head
 * (after the charset) so that it governs everything the page holds. Returns the page as it was
 * when it has no policy.
 */
export function narrowPagePolicy(html: string): string {
  const policy = POLICY.exec(html);
  if (!policy) return html;
  const scripts: string[] = [];
  const styles: string[] = [];
  for (const [, tag, attributes = '', body = ''] of html.matchAll(INLINE)) {
    if (tag === 'style') styles.push(sha256(body));
    else if (!/\ssrc=/.test(attributes) && !DATA_TYPE.test(attributes)) scripts.push(sha256(body));
  }
  const directives = (policy[1] ?? '').split(';').filter((directive) => directive.trim() !== '');
  const content = directives
    .map((directive) => {
      const name = directive.trim().split(/\s+/)[0];
      if (name === 'script-src') return withHashes(directive, scripts);
      if (name === 'style-src') return withHashes(directive, styles);
      return directive.trim();
    })
    .join('; ');
  const meta = `<meta http-equiv="content-security-policy" content="${content}">`;
  const without = html.replace(policy[0], '');
  const charset = /<meta charset="[^"]*">/.exec(without);
  if (!charset) return without.replace('<head>', `<head>${meta}`);
  return without.replace(charset[0], `${charset[0]}${meta}`);
}

/**
 * Astro's policy allows, on every page, the hashes of every inline script and style of the
 * whole site and of its own runtime: about twenty, most of them for code the page does not
 * hold. After the build, each page's policy is narrowed to what that page runs.
 */
export function pagePolicy(): AstroIntegration {
  return {
    name: 'explainer:page-policy',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
        for (const page of pages) {
          const file = join(root, page);
          const html = readFileSync(file, 'utf8');
          const narrowed = narrowPagePolicy(html);
          if (narrowed !== html) writeFileSync(file, narrowed);
        }
        logger.info(
          `Security policy: each of ${String(pages.length)} pages allows only its own inline scripts and styles`,
        );
      },
    },
  };
}
