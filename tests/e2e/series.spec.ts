/** The three stories are one series: the home page lists it in order, each story says its part and links to its neighbours. */
import { expect, test } from '@playwright/test';
import { at } from './site.ts';

test.use({ javaScriptEnabled: false });

test('a story says which part of its series it is and links to the parts on either side', async ({ page }) => {
  await page.goto(at('/alaska-summit-2025/'));
  const series = page.getByRole('navigation', { name: 'Putin and Trump, 2025: the series' });
  await expect(series).toContainText('Part 2 of 3 in the series Putin and Trump, 2025');
  await series.getByRole('link', { name: /^Previous, part 1:/ }).click();
  await expect(page).toHaveURL(/\/putin-trump-meeting-2025\/$/);
  await expect(page.getByRole('navigation', { name: 'Putin and Trump, 2025: the series' })).toContainText(
    'Part 1 of 3',
  );
  await page
    .getByRole('navigation', { name: 'Putin and Trump, 2025: the series' })
    .getByRole('link', { name: /^Next, part 2:/ })
    .click();
  await expect(page).toHaveURL(/\/alaska-summit-2025\/$/);
});

test('the home page lists the series in reading order, and each story its part', async ({ page }) => {
  await page.goto(at('/'));
  const series = page.getByRole('region', { name: 'A series: Putin and Trump, 2025' });
  await expect(series.getByRole('link')).toHaveText([/June 2025/, /Alaska summit/, /momentum of Anchorage/]);
  await expect(page.locator('.story__series').first()).toHaveText('Part 3 of 3 · Putin and Trump, 2025');
});
