import { expect, test, type Page } from '@playwright/test';
import { builtHtmlFiles, pagePath } from '../support/built-site.ts';
import { BASE } from './site.ts';

/**
 * The site runs no code it did not ship: on every page the browser reports no breach of the
 * Content-Security-Policy and makes no request to another origin.
 */
declare global {
  interface Window {
    cspViolations: string[];
  }
}

async function watch(page: Page, origin: string) {
  const problems: string[] = [];
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.cspViolations.push(`${event.violatedDirective}: ${event.blockedURI || 'inline'}`);
    });
  });
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) problems.push(`console: ${message.text()}`);
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.origin !== origin) problems.push(`request to ${request.url()}`);
  });
  return async () => [...problems, ...(await page.evaluate(() => window.cspViolations))];
}

for (const path of builtHtmlFiles().map((file) => pagePath(file, BASE))) {
  test(`${path} breaks no rule of its security policy and loads nothing from elsewhere`, async ({ page, baseURL }) => {
    const problems = await watch(page, new URL(baseURL ?? '').origin);
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
