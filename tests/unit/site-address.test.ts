import { describe, expect, it } from 'vitest';
import { checkBasePath, checkSiteUrl, SiteAddressError } from '../../src/lib/site-address.ts';

function refusal(check: () => unknown): string {
  try {
    check();
  } catch (error) {
    if (error instanceof SiteAddressError) return `${error.message} | ${error.hint}`;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('BASE_PATH', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['/news/explainers/', '/news/explainers/'],
    ['news/explainers', '/news/explainers/'],
    ['/v1.2/~team_a/', '/v1.2/~team_a/'],
  ])('takes %j as %j', (value, base) => {
    expect(checkBasePath(value)).toBe(base);
  });

  it.each([
    ['../', '".." would leave the site\'s folder'],
    ['/news/../admin/', '".." would leave the site\'s folder'],
    ['/my site/', '"my site" is not a plain path segment'],
    ['/news/?q=1', '"?q=1" is not a plain path segment'],
    ['javascript:alert(1)', '"javascript:alert(1)" is not a plain path segment'],
    ['/news#top/', '"news#top" is not a plain path segment'],
  ])('refuses %j, naming the variable', (value, why) => {
    const message = refusal(() => checkBasePath(value));
    expect(message).toContain(`BASE_PATH=${JSON.stringify(value)}`);
    expect(message).toContain(why);
    expect(message).toContain('e.g. BASE_PATH=/news/explainers/');
  });
});

describe('SITE_URL', () => {
  it.each([undefined, ''])('leaves the address unset for %j', (value) => {
    expect(checkSiteUrl(value)).toBeUndefined();
  });

  it.each(['https://example.org', 'http://localhost:4321', 'https://example.org/news'])('takes %j', (value) => {
    expect(checkSiteUrl(value)).toBe(value);
  });

  it.each([
    ['https://user:pass@example.org', 'it holds a user name or password'],
    ['javascript:alert(1)', 'only http: and https: addresses are allowed, not javascript:'],
    ['https://example .org', 'it holds a space'],
    ['example.org', 'it is not an absolute address'],
    ['https://example.org/?q=1', 'it holds a query or a fragment'],
    ['https://example.org/#top', 'it holds a query or a fragment'],
    ['ftp://example.org', 'not ftp:'],
  ])('refuses %j', (value, why) => {
    const message = refusal(() => checkSiteUrl(value));
    expect(message).toContain('SITE_URL=');
    expect(message).toContain(why);
    expect(message).toContain('e.g. SITE_URL=https://example.org');
  });

  it('does not repeat a password into the log', () => {
    expect(refusal(() => checkSiteUrl('https://user:secret@example.org'))).not.toContain('secret');
  });
});
