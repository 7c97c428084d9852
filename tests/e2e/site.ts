import { BASE } from '../support/built-site.ts';

/**
 * Where the site under test lives: the browser tests run against a build at the domain root
 * and against one under a sub-path (`BASE_PATH=/news/explainers/`), so every path they visit
 * or expect goes through `at()`.
 */
export { BASE };

/** A site path under the base path the site was built for: `at('/people/')` → "/news/explainers/people/". */
export function at(path: string): string {
  return `${BASE}${path.replace(/^\//, '')}`;
}
