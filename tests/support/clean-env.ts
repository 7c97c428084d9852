/**
 * The environment a person's shell would give a command: Vitest's own variables (BASE_URL,
 * MODE, NODE_ENV=test, VITEST…) removed, since Astro would read them as its configuration.
 */
export function shellEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const vitestOwn = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST']);
  const inherited = Object.entries(process.env).filter(([name]) => !vitestOwn.has(name) && !name.startsWith('VITEST'));
  return { ...Object.fromEntries(inherited), ...extra };
}
