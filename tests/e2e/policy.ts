import type { Page } from '@playwright/test';

declare global {
  interface Window {
    cspViolations?: string[];
  }
}

/**
 * Watches a page, from before it loads, for what its security policy forbids: every breach the
 * browser reports (as an event and in the console) and every request to another origin than
 * `origin`. Returns what was seen so far.
 */
export async function watchPolicy(page: Page, origin: string): Promise<() => Promise<string[]>> {
  const problems: string[] = [];
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.cspViolations?.push(`${event.violatedDirective}: ${event.blockedURI || 'inline'}`);
    });
  });
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) problems.push(`console: ${message.text()}`);
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.origin !== origin) problems.push(`request to ${request.url()}`);
  });
  return async () => [...problems, ...(await page.evaluate(() => window.cspViolations ?? []))];
}
