/**
 * What the richer statement model shows a reader: versions of one statement, relay chains,
 * replies between statements, and the language of quoted words.
 */
import { expect, test } from '@playwright/test';
import { at } from './site.ts';

const ALASKA = at('/alaska-summit-2025/');
const OCTOBER = at('/anchorage-momentum-2025/');
const JUNE = at('/putin-trump-meeting-2025/');

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the versions of Putin’s greeting open from the text', async ({ page }) => {
    await page.goto(ALASKA);
    const greeting = page.locator('#putin-greeting');
    await greeting.getByRole('link', { name: '3 versions' }).click();
    await expect(page).toHaveURL(/#versions-putin-greeting$/);
    const versions = page.locator('#versions-putin-greeting');
    await expect(page.locator('details.versions').filter({ has: versions })).toHaveJSProperty('open', true);
    await expect(versions).toBeVisible();
    await expect(versions.locator('li')).toHaveCount(3);
    await expect(versions.locator('li').nth(1)).toContainText('Good afternoon, neighbor');
    await expect(versions.locator('li').nth(1)).toContainText('Voz');
  });

  test('the versions of Putin’s greeting open from the sidebar', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(ALASKA);
    const versions = page.locator('details.versions').filter({ has: page.locator('#versions-putin-greeting') });
    await expect(versions).toHaveJSProperty('open', false);
    await versions.locator('summary').click();
    await expect(versions).toHaveJSProperty('open', true);
    await expect(versions.locator('li')).toHaveCount(3);
  });
});

test('the Russian words carry lang="ru" and say they are a copy, not the original', async ({ page }) => {
  await page.goto(ALASKA);
  const russian = page.locator('#versions-putin-greeting li').filter({ hasText: 'Добрый день' });
  await expect(russian.locator('q')).toHaveAttribute('lang', 'ru');
  await expect(russian).toContainText('a copy in Russian, published by lifelines.name');
  await expect(russian).not.toContainText('original');
  // The English words shown in the text are in the page's language.
  await expect(page.locator('#putin-greeting blockquote')).not.toHaveAttribute('lang', /./);
});

test('each citation says its relay chain, and the 4 June words of Trump relay no one', async ({ page }) => {
  await page.goto(OCTOBER);
  const entry = page.locator('#wsw-ushakov-completely-incorrect .entry__text');
  await expect(entry).toHaveAccessibleDescription(/Anadolu Agency.*citing TASS/);
  await page.goto(JUNE);
  const trump = page.locator('.entry__text').filter({ hasText: 'it was a good conversation' });
  await expect(trump).toHaveAccessibleDescription(/Source: UNN/);
  await expect(trump).not.toHaveAccessibleDescription(/citing/);
  // UNN cites "Russian media" without naming the channel: the chain says no more than UNN does.
  const ushakov = page.locator('.entry__text').filter({ hasText: 'It could happen at any moment' });
  await expect(ushakov).toHaveAccessibleDescription(/Source: UNN/);
  await expect(ushakov).not.toHaveAccessibleDescription(/citing/);
});

test('the aide’s words are not linked as a reply to the deputy minister’s, which no report says they are', async ({
  page,
}) => {
  await page.goto(OCTOBER);
  await expect(page.locator('#wsw-ushakov-completely-incorrect')).toBeAttached();
  await expect(page.locator('.entry__reply')).toHaveCount(0);
  await expect(page.locator('#wsw-ryabkov-momentum-exhausted')).not.toContainText('Answered by');
});

test('the default story links on to the Alaska story, which links on to October', async ({ page }) => {
  await page.goto(JUNE);
  await page.locator('a[href="../alaska-summit-2025/"]').first().click();
  await expect(page).toHaveURL(/\/alaska-summit-2025\/$/);
  await page.locator('a[href^="../anchorage-momentum-2025/"]').first().click();
  await expect(page).toHaveURL(/\/anchorage-momentum-2025\/$/);
});

test('sources that differ are shown side by side, each attributed', async ({ page }) => {
  await page.goto(ALASKA);
  const differ = page.locator('.differ');
  await expect(differ).toContainText('How long the press conference lasted');
  await expect(differ.locator('.account')).toHaveCount(2);
  await expect(differ.locator('.account').first()).toContainText('TASS');
  await expect(page.locator('#sources')).toBeAttached();
  await expect(page.locator('[id="source-alaska-public-2025-08-15"]')).toBeAttached();
});
