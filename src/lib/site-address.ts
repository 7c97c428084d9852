/**
 * The site's address and base path, as the environment gives them (`SITE_URL`, `BASE_PATH`),
 * checked before anything is built: a wrong value stops the build with one line that names
 * the variable and what it may be, instead of ending in a stack trace or in pages that carry
 * credentials or a script address.
 */

export interface SiteAddress {
  /** The site's address, e.g. "https://example.org"; undefined when SITE_URL is not set. */
  site: string | undefined;
  /** The path the site is served under, e.g. "/news/explainers/". */
  base: string;
}

/** A mistake in the environment, said in one line with what to write instead. */
export class SiteAddressError extends Error {
  readonly hint: string;
  constructor(message: string, hint: string) {
    super(message);
    this.name = 'SiteAddressError';
    this.hint = hint;
  }
}

const BASE_HINT = 'write a path of letters, digits, "-", "_", "." and "~" segments, e.g. BASE_PATH=/news/explainers/';
const SITE_HINT = 'write the address readers use, e.g. SITE_URL=https://example.org';
/** One segment of a base path: URL-safe characters only, so it needs no escaping anywhere it is written. */
const SEGMENT = /^[A-Za-z0-9._~-]+$/;

/** The base path, checked: "/" when unset or empty. */
export function checkBasePath(value: string | undefined): string {
  if (value === undefined || value.trim() === '' || value === '/') return '/';
  const segments = value.replace(/^\/+|\/+$/g, '').split('/');
  const wrong = segments.find((segment) => !SEGMENT.test(segment) || segment === '.' || segment === '..');
  if (wrong !== undefined) {
    const why =
      wrong === '.' || wrong === '..'
        ? `"${wrong}" would leave the site's folder`
        : `"${wrong}" is not a plain path segment`;
    throw new SiteAddressError(
      `BASE_PATH=${JSON.stringify(value)} is not a path the site can be served under: ${why}`,
      BASE_HINT,
    );
  }
  return `/${segments.join('/')}/`;
}

/** The site's address, checked: an http(s) address with no credentials, query or fragment. */
export function checkSiteUrl(value: string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined;
  // A password in the address is not repeated into a build log.
  const shown = value.replace(/\/\/[^/@\s]*@/, '//…@');
  const refuse = (why: string): never => {
    throw new SiteAddressError(`SITE_URL=${JSON.stringify(shown)} is not the site's address: ${why}`, SITE_HINT);
  };
  if (/\s/.test(value)) refuse('it holds a space');
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return refuse('it is not an absolute address');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    refuse(`only http: and https: addresses are allowed, not ${url.protocol}`);
  if (url.username || url.password) refuse('it holds a user name or password, which every page would publish');
  if (url.search || url.hash) refuse('it holds a query or a fragment');
  if (
    url.pathname !== '/' &&
    !url.pathname
      .split('/')
      .filter(Boolean)
      .every((segment) => SEGMENT.test(segment))
  ) {
    refuse('its path is not made of plain segments (use BASE_PATH for the path)');
  }
  return value;
}

/** Both values, checked. */
export function siteAddress(env: Readonly<Record<string, string | undefined>>): SiteAddress {
  return { site: checkSiteUrl(env['SITE_URL']), base: checkBasePath(env['BASE_PATH']) };
}
