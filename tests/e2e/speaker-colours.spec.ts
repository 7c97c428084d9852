/** A person's mark has one colour on every page: a reader who learns a colour keeps it across stories. */
import { expect, test } from '@playwright/test';
import { at } from './site.ts';

const STORIES = ['/putin-trump-meeting-2025/', '/alaska-summit-2025/', '/anchorage-momentum-2025/'];

test('each speaker keeps one colour across the stories, and speakers of one story differ', async ({ page }) => {
  const seen = new Map<string, Set<string>>();
  for (const story of STORIES) {
    await page.goto(at(story));
    const items = page.locator('.roster__item');
    const inStory: string[] = [];
    for (const item of await items.all()) {
      const speaker = (await item.getAttribute('data-speaker')) ?? '';
      const mark = item.locator('.mark').first();
      const colour = await mark.evaluate((element) => getComputedStyle(element).backgroundColor);
      inStory.push(colour);
      seen.set(speaker, (seen.get(speaker) ?? new Set()).add(colour));
    }
    expect(new Set(inStory).size, `${story}: one colour per speaker`).toBe(inStory.length);
  }
  expect(seen.get('vladimir-putin')?.size).toBe(1);
  for (const [speaker, colours] of seen) expect([...colours], speaker).toHaveLength(1);
});
