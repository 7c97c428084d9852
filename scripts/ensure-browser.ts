/**
 * Makes sure a Chromium for the browser tests is on this machine: Playwright's own, else the
 * system's; as root on Debian it installs the `chromium` package. Otherwise it stops with
 * one line saying what to install.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from '../tests/e2e/find-chromium.ts';

if (findChromium()) process.exit(0);

const isRoot = process.getuid?.() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  console.log('No Chromium found: installing Debian\'s "chromium" package…');
  const apt = (...args: string[]) =>
    execFileSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  apt('update', '-qq');
  apt('install', '-y', '-qq', 'chromium');
}
if (!findChromium()) {
  console.error(
    "No Chromium found for the browser tests: run `npx playwright install chromium`, or install your system's chromium package (Debian: `sudo apt-get install chromium`), or set CHROMIUM_PATH.",
  );
  process.exit(1);
}
