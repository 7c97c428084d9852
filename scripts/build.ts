/**
 * `npm run build`: builds the site into a temporary folder and puts it in place of `dist/`
 * only when the whole build succeeded, so a failed build never leaves a half-built site.
 * Extra arguments are passed to `astro build`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const outDir = resolve(process.env['OUT_DIR'] ?? 'dist');
const building = `${outDir}.building`;
const previous = `${outDir}.previous`;

rmSync(building, { recursive: true, force: true });
const result = spawnSync('astro', ['build', '--outDir', building, ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: process.env,
});
if (result.status !== 0) {
  rmSync(building, { recursive: true, force: true });
  console.error(`\nThe build failed: ${existsSync(outDir) ? `${outDir} was left as it was` : 'nothing was written'}.`);
  process.exit(result.status ?? 1);
}
rmSync(previous, { recursive: true, force: true });
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(building, outDir);
rmSync(previous, { recursive: true, force: true });
console.log(`Built into ${outDir}`);
