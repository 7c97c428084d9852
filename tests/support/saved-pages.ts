/**
 * The saved news pages the capture is tested on (../shared/pages beside the project, or
 * SAVED_PAGES_DIR). In CI missing pages fail the run; in a clone of the project alone the tests
 * that read them are reported as skipped, with a warning that names the folder.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { PROJECT_ROOT } from './invalid-cases.ts';

export const SAVED_PAGES = process.env['SAVED_PAGES_DIR'] ?? join(PROJECT_ROOT, '..', 'shared', 'pages');
const present = existsSync(join(SAVED_PAGES, 'README.md'));

if (!present) {
  const missing = `The saved news pages are missing: ${SAVED_PAGES} should hold them (see its README.md), or set SAVED_PAGES_DIR.`;
  if (process.env['CI']) throw new Error(missing);
  console.warn(`${missing} The tests that read them are skipped.`);
}

/** `describe`, for tests that read the saved pages: one skipped test in its place when they are missing. */
export function describeWithSavedPages(name: string, body: () => void): void {
  if (present) describe(name, body);
  else it.skip(`${name} (the saved news pages are missing from ${SAVED_PAGES})`, () => undefined);
}

/** `describe.each` over the saved pages, skipped in the same way. */
export function describeEachSavedPage<T extends { name: string }>(
  pages: readonly T[],
  name: string,
  body: (page: T) => void,
): void {
  if (present) describe.each(pages)(name, body);
  else
    it.skip(`${name.replace('$name', 'each page')} (the saved news pages are missing from ${SAVED_PAGES})`, () =>
      undefined);
}
