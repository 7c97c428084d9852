import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './tests/e2e/find-chromium.ts';
import { BASE } from './tests/support/built-site.ts';

/** Ports of the servers the tests start; another pair may be chosen when these are taken. */
const port = Number(process.env['E2E_PORT'] ?? 4329);
/**
 * Whether the site is at the root: the browser tests also run against a build under a sub-path
 * (`npm run test:published`), served from that path. The dev preview tests run at the root.
 */
const atRoot = BASE === '/';
const devPort = Number(process.env['E2E_DEV_PORT'] ?? 4331);
/** The dev server's content: a copy of the valid fixture that the preview tests edit. */
export const DEV_CONTENT = 'test-output/dev-content';
const executablePath = findChromium();
const browser = {
  ...devices['Desktop Chrome'],
  launchOptions: {
    ...(executablePath ? { executablePath } : {}),
    // A closed network: no background requests, no sandbox when running as root.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  },
};
const serverEnv = { ASTRO_PREVIEW_BACKGROUND: '0', ASTRO_DEV_BACKGROUND: '0', ASTRO_TELEMETRY_DISABLED: '1' };

export default defineConfig({
  // No test may fail because the machine is busy: limits far above what an idle machine needs.
  timeout: 120_000,
  expect: { timeout: 20_000 },
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env['CI']),
  retries: 0,
  reporter: process.env['CI'] ? 'list' : [['list'], ['html', { open: 'never' }]],
  use: { trace: 'retain-on-failure' },
  projects: [
    {
      name: 'chromium',
      testDir: 'tests/e2e',
      use: { ...browser, baseURL: `http://127.0.0.1:${port}${BASE}` },
    },
    ...(atRoot
      ? [
          {
            // What an editor sees in `npm run dev` while writing: one file, its tests in order.
            name: 'dev-preview',
            testDir: 'tests/e2e-dev',
            fullyParallel: false,
            use: { ...browser, baseURL: `http://127.0.0.1:${devPort}` },
          },
        ]
      : []),
  ],
  webServer: [
    {
      command: `npm run preview -- --host 127.0.0.1 --port ${port}`,
      url: `http://127.0.0.1:${port}${BASE}`,
      reuseExistingServer: false,
      timeout: 180_000,
      env: serverEnv,
    },
    ...(atRoot
      ? [
          {
            command: `rm -rf ${DEV_CONTENT} && mkdir -p test-output && cp -R tests/fixtures/valid ${DEV_CONTENT} && astro dev --host 127.0.0.1 --port ${devPort}`,
            url: `http://127.0.0.1:${devPort}/`,
            reuseExistingServer: false,
            timeout: 180_000,
            env: { ...serverEnv, CONTENT_DIR: DEV_CONTENT },
          },
        ]
      : []),
  ],
});
