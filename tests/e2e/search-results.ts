/**
 * What the search specs read from the built site and from the search page: the site-wide
 * statements export, and the results a search shows.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { DIST } from '../support/built-site.ts';

/** A citation of `statements.json`: its publisher, the outlet it republishes, and whom it cites. */
interface ExportedCitation {
  publisher: string;
  originalPublisher: string;
  citing: { publisher: string }[];
}

export interface ExportedStatement {
  id: string;
  story: string;
  speaker: { id: string; name: string };
  mode: 'direct' | 'paraphrase';
  displayText: string;
  anchor: string;
  citations: ExportedCitation[];
  renderings: { displayText: string; language: string; citations: ExportedCitation[] }[];
}

export const { statements } = JSON.parse(readFileSync(join(DIST, 'statements.json'), 'utf8')) as {
  statements: ExportedStatement[];
};

/** A statement of the export by id; a missing one is a mistake of the test's content. */
export function statementById(id: string): ExportedStatement {
  const statement = statements.find((candidate) => candidate.id === id);
  if (!statement) throw new Error(`no statement "${id}" in statements.json`);
  return statement;
}

/** A statement's anchor as a link on the site shows it: "/<base>/<story>/#<id>", whether or not the export is absolute. */
export function linkOf(anchor: string): string {
  const url = new URL(anchor, 'http://site.invalid');
  return `${url.pathname}${url.hash}`;
}

/** The links of the results shown, in order. */
export async function resultLinks(page: Page): Promise<string[]> {
  return page
    .locator('.results > li h2 a')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
}

/** How many results of each kind (Story, Person, Statement) are shown. */
export async function kindsShown(page: Page): Promise<Record<string, number>> {
  const kinds = await page
    .locator('.results > li')
    .evaluateAll((items) => items.map((item) => item.querySelector('[data-filter="kind"]')?.textContent ?? ''));
  const counts: Record<string, number> = {};
  for (const kind of kinds) counts[kind] = (counts[kind] ?? 0) + 1;
  return counts;
}
