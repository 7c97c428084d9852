/**
 * The HTTP response headers the site asks of the host that serves it, as data: the security
 * headers every response carries and how long each kind of file may be cached. The build
 * renders them as the `_headers` file of Netlify and Cloudflare Pages
 * (`src/integrations/host-files.ts`), and `docs/nginx.conf` holds the nginx rendering; a unit
 * test keeps the three the same.
 */
import { normaliseBase, SEARCH_INDEX_FOLDER } from '../lib/paths.ts';

/** One HTTP response header. */
export interface ResponseHeader {
  /** The header's name, e.g. `X-Content-Type-Options`. */
  readonly name: string;
  /** Its value, e.g. `nosniff`. */
  readonly value: string;
}

/** How long the files under one folder of the site may be cached. */
export interface CacheRule {
  /** The folder, under the base path and ending in "/": every file inside it, e.g. `_astro/`. */
  readonly folder: string;
  /** The `Cache-Control` value for those files. */
  readonly cacheControl: string;
}

/**
 * What the header policy says. Each page already carries Astro's policy in a
 * `<meta http-equiv>` tag, with the hashes of its inline scripts and styles, and a browser
 * enforces every policy it is given, each on its own: a header with `default-src`,
 * `script-src` or `style-src` would block those inline scripts and styles, whose hashes only
 * the meta policy lists. So the header holds only what a meta policy cannot say
 * (`frame-ancestors`) and what no page ever relaxes.
 */
const CONTENT_SECURITY_POLICY = [
  "frame-ancestors 'none'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/**
 * The browser features no page uses. `browsing-topics` is the interest-based advertising that
 * replaced `interest-cohort`; browsers no longer know the older name and log an error for it.
 */
const DENIED_FEATURES = [
  'accelerometer',
  'browsing-topics',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'hid',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'serial',
  'usb',
];

/** The headers every response of the site carries. */
export const SECURITY_HEADERS: readonly ResponseHeader[] = [
  { name: 'Content-Security-Policy', value: CONTENT_SECURITY_POLICY.join('; ') },
  // For browsers that predate frame-ancestors.
  { name: 'X-Frame-Options', value: 'DENY' },
  { name: 'X-Content-Type-Options', value: 'nosniff' },
  { name: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { name: 'Permissions-Policy', value: DENIED_FEATURES.map((feature) => `${feature}=()`).join(', ') },
  { name: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  // Browsers heed it only over HTTPS, so a host on plain HTTP loses nothing by sending it. It
  // leaves out includeSubDomains and preload: those bind every site of the domain, which is the
  // domain owner's decision, not this site's.
  { name: 'Strict-Transport-Security', value: 'max-age=31536000' },
];

/** Files whose name changes whenever their content does: they may be kept for a year. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Everything else: the pages, the feed, the JSON exports, the sitemap, and Pagefind's entry
 * files (`pagefind.js`, `pagefind-worker.js`, `pagefind-entry.json`, `wasm.*.pagefind`), whose
 * names stay the same from one build to the next: a browser keeps them but asks each time
 * whether they changed. Pagefind's `pagefind.*.pf_meta` is named by its hash, but lies among
 * those entry files, where no folder rule of `_headers` can single it out.
 */
export const REVALIDATE = 'public, max-age=0, must-revalidate';

/** Where Astro puts the scripts, styles, fonts and images it bundles (its `build.assets`). */
export const ASTRO_ASSETS = '_astro';

/**
 * The folders whose files are named by their content's hash: Astro's bundle, and the chunks
 * of Pagefind's index.
 */
export function cacheRules(assets = ASTRO_ASSETS): CacheRule[] {
  const index = SEARCH_INDEX_FOLDER;
  return [`${assets}/`, `${index}fragment/`, `${index}index/`, `${index}filter/`].map((folder) => ({
    folder,
    cacheControl: IMMUTABLE,
  }));
}

/**
 * The `_headers` file of Netlify and Cloudflare Pages for a site under `base`.
 *
 * Cache-Control is set only for the hashed folders. Cloudflare Pages joins the values of a
 * header that several matching rules set, so a Cache-Control on every path would be joined
 * with the one of `_astro/`. The other files keep the hosts' own default, which is already
 * {@link REVALIDATE} on both.
 */
export function renderHeadersFile(base: string, assets = ASTRO_ASSETS): string {
  const root = normaliseBase(base);
  const block = (path: string, headers: readonly ResponseHeader[]) =>
    [path, ...headers.map((header) => `  ${header.name}: ${header.value}`)].join('\n');
  return [
    '# Response headers for Netlify and Cloudflare Pages, written by the build from',
    "# src/lib/security-headers.ts. Files outside the hashed folders below keep the host's",
    `# default caching, ${REVALIDATE}.`,
    '',
    block(`${root}*`, SECURITY_HEADERS),
    '',
    ...cacheRules(assets).flatMap((rule) => [
      block(`${root}${rule.folder}*`, [{ name: 'Cache-Control', value: rule.cacheControl }]),
      '',
    ]),
  ].join('\n');
}

/** Text that matches itself in a regular expression of nginx (PCRE). */
function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The `location` blocks of an nginx server for a site under `base`: one for the site, and one
 * for the folders of the immutable caching rules, matched by a regular expression so that it
 * takes precedence. nginx drops the add_header lines of an enclosing block in any block that
 * has its own, so each location repeats the security headers. They are sent with `always`, on
 * error pages too; an immutable Cache-Control is not, so that a missing file is not kept for a
 * year.
 */
export function renderNginxLocations(base: string, assets = ASTRO_ASSETS): string {
  const root = normaliseBase(base);
  const security = SECURITY_HEADERS.map((header) => `    add_header ${header.name} "${header.value}" always;`);
  const location = (match: string, lines: string[]) => [`location ${match} {`, ...lines, '}'].join('\n');
  const byValue = Map.groupBy(cacheRules(assets), (rule) => rule.cacheControl);
  return [
    location(root, [
      '    try_files $uri $uri/ =404;',
      ...security,
      `    add_header Cache-Control "${REVALIDATE}" always;`,
    ]),
    ...[...byValue].map(([cacheControl, rules]) =>
      location(`~ ^${literal(root)}(?:${rules.map((rule) => literal(rule.folder)).join('|')})`, [
        '    try_files $uri =404;',
        ...security,
        `    add_header Cache-Control "${cacheControl}";`,
      ]),
    ),
  ].join('\n\n');
}
