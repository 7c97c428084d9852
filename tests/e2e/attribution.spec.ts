/**
 * Whose words a reader is shown, on the built default stories: which words are an original
 * record and which a copy, who translated each translation, which report is another outlet's
 * republished, and what each source's quotes were checked against.
 */
import { expect, test } from '@playwright/test';
import { at } from './site.ts';

const ALASKA = at('/alaska-summit-2025/');
const OCTOBER = at('/anchorage-momentum-2025/');
const JUNE = at('/putin-trump-meeting-2025/');

test('two English wordings of one Trump sentence are not both “the original”', async ({ page }) => {
  await page.goto(ALASKA);
  const versions = page.locator('#versions-trump-productive-meeting li');
  await expect(versions).toHaveCount(2);
  // Neither report is an original record: each is a copy, named by its outlet.
  expect(await versions.filter({ hasText: 'original' }).count()).toBeLessThanOrEqual(1);
  await expect(versions.nth(0)).toContainText('a copy in English, published by Voz');
  await expect(versions.nth(1)).toContainText('a copy in English, published by Zee News');
});

test('each translation names its translator, in the versions and in the sidebar', async ({ page }) => {
  await page.goto(ALASKA);
  const talks = page.locator('#versions-putin-talks li');
  await expect(talks.nth(0)).toContainText(
    'the official translation from Russian, published by The Kremlin, as republished by europesays.com',
  );
  await expect(talks.nth(1)).toContainText('translated from Russian and published by Voz');
  await expect(talks.nth(2)).toContainText('a copy in Russian, published by lifelines.name');
  await expect(page.locator('#wsw-putin-talks .entry__head')).toContainText(
    'The Kremlin’s official translation from Russian',
  );
  await expect(page.locator('#wsw-putin-lowest-point .entry__head')).toContainText(
    'Translated from Russian by Zee News',
  );
  // No translation goes unattributed: every note that says "Translated from" says by whom.
  const notes = await page.locator('.entry__head, .translated').allTextContents();
  const translated = notes.filter((note) => note.includes('Translated from'));
  expect(translated.length).toBeGreaterThan(0);
  for (const note of translated) expect(note).toMatch(/Translated from \p{L}+ by \S/u);
});

test('a Reuters report republished by Arab News says so at the quote and in the source list', async ({ page }) => {
  await page.goto(OCTOBER);
  const entry = page.locator('#wsw-putin-remain-committed .entry__text');
  await expect(entry).toHaveAccessibleDescription(/Source: Reuters .*, as republished by Arab News/);
  await expect(entry).not.toHaveAccessibleDescription(/citing Reuters/);
  await expect(page.locator('#wsw-putin-remain-committed .entry__head')).toContainText(
    'Translated from Russian by Reuters',
  );
  await expect(page.locator('#source-arab-news-2025-10-11')).toContainText(
    'Reuters (International news agency, based in London), as republished by Arab News',
  );
});

test('the source list says what each source’s quotes were checked against', async ({ page }) => {
  await page.goto(JUNE);
  await expect(page.locator('#source-unn-2025-06-29')).toContainText(/checked against the full report/i);
  await expect(page.locator('#source-adn-2025-08-15')).toContainText(/checked against the quoted passage only/i);
  await expect(page.locator('#source-adn-2025-08-15')).toContainText(
    'Anchorage Daily News (Daily newspaper in Anchorage, Alaska), as republished by The Spokesman-Review',
  );
  const broadcast = page.locator('#source-russia-1-2025-06-29');
  await expect(broadcast).toContainText('An original record');
  await expect(broadcast).toContainText(/not checked: no text of it is kept/i);
  await page.goto(ALASKA);
  await expect(page.locator('#source-tass-2025-08-16')).toContainText(/checked against the quoted passage only/i);
});

test('the statements export knows both outlets of a republished report, and the translator', async ({ request }) => {
  const response = await request.get(at('/statements.json'));
  expect(response.ok()).toBe(true);
  const { statements } = (await response.json()) as {
    statements: {
      id: string;
      translator: { id: string; name: string } | null;
      citations: { publisher: string; originalPublisher: string }[];
    }[];
  };
  const edifice = statements.find((statement) => statement.id === 'ryabkov-edifice');
  expect(edifice?.citations).toEqual([
    expect.objectContaining({ publisher: 'arab-news', originalPublisher: 'reuters' }),
  ]);
  expect(edifice?.translator).toMatchObject({ id: 'reuters', name: 'Reuters' });
});

test('a person’s page names the translator of each translated quote', async ({ page }) => {
  await page.goto(at('/people/vladimir-putin/'));
  await expect(page.locator('.said').filter({ hasText: 'timely and very useful' })).toContainText(
    'Translated from Russian by TASS',
  );
});
