/**
 * The dev server as an editor uses it: make a mistake, see it in the page with its place
 * and its fix, correct it, see the story again, without restarting anything.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEV_CONTENT } from '../../playwright.config.ts';

const STORY = join(DEV_CONTENT, 'explainers', 'sample-story');
const INDEX = join(STORY, 'index.mdx');
const COUNCIL = join(STORY, 'council.mdx');

/** Replaces text in a content file and returns a function that puts it back. */
function edit(file: string, from: string, to: string): () => void {
  const original = readFileSync(file, 'utf8');
  if (!original.includes(from)) throw new Error(`${file} does not contain ${from}`);
  writeFileSync(file, original.replace(from, to));
  return () => {
    writeFileSync(file, original);
  };
}

/** Loads the story until `check` passes: the server picks a saved file up within moments. */
async function untilPage(page: Page, check: () => Promise<void>) {
  await expect(async () => {
    await page.goto('/sample-story/');
    await check();
  }).toPass({ timeout: 90_000 });
}

async function expectStory(page: Page) {
  await untilPage(page, async () => {
    await expect(page.getByRole('heading', { level: 1, name: 'Will the bridge reopen?' })).toBeVisible({
      timeout: 1000,
    });
    await expect(page.getByRole('complementary', { name: 'Who said what' })).toBeVisible({ timeout: 1000 });
  });
}

async function expectProblem(page: Page, place: RegExp, message: string, hint: string) {
  await untilPage(page, async () => {
    const problems = page.locator('#content-problems');
    await expect(problems.getByRole('heading', { name: 'This story cannot be shown yet' })).toBeVisible({
      timeout: 1000,
    });
    const item = problems.locator('.problem--error').filter({ hasText: message });
    await expect(item).toHaveCount(1, { timeout: 1000 });
    await expect(item.locator('.problem__place')).toHaveText(place);
    await expect(item.locator('.problem__hint')).toContainText(hint);
  });
  // An editor's mistake, never the engine's stack trace.
  await expect(page.locator('body')).not.toContainText(/node_modules|at async|Said\.astro/);
}

test.describe.configure({ mode: 'serial' });

test('the story shows as it is before any mistake', async ({ page }) => {
  await expectStory(page);
});

test('an unknown speaker shows in the page with its place and fix, and clears once fixed', async ({ page }) => {
  const restore = edit(COUNCIL, 'by="zoe-okafor"', 'by="zoe-okafr"');
  try {
    await expectProblem(
      page,
      /error\s+test-output\/dev-content\/explainers\/sample-story\/council\.mdx:7:\d+/,
      'unknown person "zoe-okafr"',
      'did you mean "zoe-okafor"?',
    );
  } finally {
    restore();
  }
  await expectStory(page);
});

test('a misquote shows in the page with the source passage, and clears once fixed', async ({ page }) => {
  const restore = edit(INDEX, 'The bridge will reopen in June,', 'The bridge will reopen in July,');
  try {
    await expectProblem(page, /index\.mdx:10:\d+/, 'is not in its source "town-gazette-2024-05-02"', 'June');
  } finally {
    restore();
  }
  await expectStory(page);
});

test('a misspelt front-matter field shows in the page, and clears once fixed', async ({ page }) => {
  const restore = edit(INDEX, '\nsummary:', '\nsumary:');
  try {
    await expectProblem(page, /index\.mdx:3:1/, 'unknown field "sumary"', 'summary');
  } finally {
    restore();
  }
  await expectStory(page);
});

test('an unclosed <Said> shows in the page at the line it was opened, and clears once fixed', async ({ page }) => {
  const restore = edit(COUNCIL, 'the inspection was not finished</Said>', 'the inspection was not finished');
  try {
    await expectProblem(page, /council\.mdx:7:33/, '<Said> opened here is never closed', 'add </Said>');
  } finally {
    restore();
  }
  await expectStory(page);
});

test('a draft is previewed with a banner', async ({ page }) => {
  const restore = edit(INDEX, '\ntitle:', '\nstatus: draft\ntitle:');
  try {
    await untilPage(page, async () => {
      await expect(page.getByRole('note')).toContainText('Draft', { timeout: 1000 });
    });
    await page.goto('/');
    await expect(page.locator('.story').filter({ hasText: 'Will the bridge reopen?' })).toContainText('Draft');
  } finally {
    restore();
  }
  await expectStory(page);
  await expect(page.getByRole('note')).toHaveCount(0);
});
