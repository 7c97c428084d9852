import { expect, test } from '@playwright/test';
import { builtHtmlFiles, pagePath } from '../support/built-site.ts';
import { watchPolicy } from './policy.ts';
import { BASE } from './site.ts';

/**
 * The site runs no code it did not ship: on every page the browser reports no breach of the
 * Content-Security-Policy and makes no request to another origin.
 */
for (const path of builtHtmlFiles().map((file) => pagePath(file, BASE))) {
  test(`${path} breaks no rule of its security policy and loads nothing from elsewhere`, async ({ page, baseURL }) => {
    const problems = await watchPolicy(page, new URL(baseURL ?? '').origin);
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(policy).toContain("default-src 'self'");
    expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    expect(await problems()).toEqual([]);
  });
}

test('the policy is enforced: a script injected into a story page does not run', async ({ page }) => {
  await page.goto(`${BASE}putin-trump-meeting-2025/`);
  const violations = page.waitForEvent('console', (message) => /Content.Security.Policy/i.test(message.text()));
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'document.documentElement.dataset.injected = "ran"';
    document.head.append(script);
  });
  await violations;
  await expect(page.locator('html')).not.toHaveAttribute('data-injected', 'ran');
});
