import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { contentDir } from '../lib/content/content-dir.ts';
import { contentPass } from '../lib/check/pass.ts';
import { SEARCH_INDEX_FOLDER } from '../lib/paths.ts';
import { keepSearchIndex, restoreSearchIndex, searchIndexKey } from '../lib/search/index-cache.ts';
import { statementRecords, type SiteStatements } from '../lib/search/records.ts';
import { PAGE_LANGUAGE } from '../schemas/common.ts';

/**
 * What the search leaves out of a page, besides what is marked `data-pagefind-ignore`: text
 * for screen readers only, which repeats what the page shows ("quoted: see Who said what"),
 * and what is hidden from them, such as a speaker's initial in a coloured mark.
 */
const NOT_INDEXED = ['.visually-hidden', '[aria-hidden="true"]'];

/** The error that stops the build when Pagefind fails: what the build asked of it, and what it said. */
export function searchIndexError(step: string, errors: readonly string[]): AstroError {
  return new AstroError(
    `The search index could not be built: Pagefind failed to ${step}.\n${errors.map((error) => `  ${error}`).join('\n')}`,
    'Nothing in the content causes this: build again, and if it persists, reinstall the dependencies (`npm ci`).',
  );
}

/** Stops the build if Pagefind reported errors for `step`. */
export function stopOnPagefindErrors(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw searchIndexError(step, errors);
}

/** How many records the index holds, from the entry file Pagefind writes for the browser. */
function indexedCount(outputPath: string): number {
  const entry = JSON.parse(readFileSync(join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

/**
 * The site's full-text search, written after the build: Pagefind indexes the story and person
 * pages (the parts marked `data-pagefind-body`) and one record per statement of
 * `statements.json`, into `pagefind/` beside the pages. The build may write into a temporary
 * folder, so the index goes where the hook says the site is (`dir`).
 */
export function searchIndex(): AstroIntegration {
  let base = '/';
  let root = process.cwd();
  return {
    name: 'explainer:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const statements = JSON.parse(readFileSync(join(site, 'statements.json'), 'utf8')) as SiteStatements;
        // The content was checked once for this build (the content guard); this reuses that pass.
        const { model } = contentPass(contentDir(root));
        const publishers = new Map([...model.publishers].map(([id, publisher]) => [id, publisher.name]));
        const spellings = new Map([...model.people].map(([id, person]) => [id, person.spellings]));
        const records = statementRecords(statements, { base, publishers, spellings });

        const outputPath = join(site, SEARCH_INDEX_FOLDER);
        const settings = { forceLanguage: PAGE_LANGUAGE, excludeSelectors: NOT_INDEXED };
        const key = searchIndexKey(site, { settings, records });
        if (restoreSearchIndex(key, outputPath)) {
          const pages = indexedCount(outputPath) - records.length;
          logger.info(
            `Search: the index of ${String(pages)} pages and ${String(records.length)} statements is unchanged`,
          );
          return;
        }
        try {
          const created = await pagefind.createIndex(settings);
          stopOnPagefindErrors('start', created.errors);
          const index = created.index;
          if (!index) throw searchIndexError('start', ['it returned no index']);
          stopOnPagefindErrors('index the pages', (await index.addDirectory({ path: site })).errors);
          // One after the other: the index lists records in the order they came, the same every build.
          for (const record of records)
            stopOnPagefindErrors(`index the statement ${record.url}`, (await index.addCustomRecord(record)).errors);
          stopOnPagefindErrors('write the index', (await index.writeFiles({ outputPath })).errors);
          const pages = indexedCount(outputPath) - records.length;
          logger.info(`Search: indexed ${String(pages)} pages and ${String(records.length)} statements`);
          keepSearchIndex(key, outputPath);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
