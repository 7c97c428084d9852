/**
 * `npm run compare-builds -- <git-ref>`: builds the site as it was at a commit and as it is in
 * the working tree, with the same content and environment (BASE_PATH, SITE_URL), and compares
 * the two outputs file by file. It exits 1 when a file differs, is missing or is new. This is
 * how a change meant to alter no behaviour proves it: "the site did not change by a byte".
 *
 * `--scopes` compares modulo the names Astro derives from a component's path (the scope
 * attribute `data-astro-cid-…`, the hashed names of bundled assets and the policy hashes of
 * styles holding them): for a change that moves components and nothing else.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const USAGE = `Usage: npm run compare-builds -- <git-ref> [--scopes] [--keep]

Builds the site at <git-ref> and in the working tree into test-output/compare/, and compares
every file. BASE_PATH and SITE_URL apply to both builds.
  --scopes  ignore the names Astro derives from component paths (scope ids, asset hashes)
  --keep    keep both builds for a closer look`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { scopes: { type: 'boolean' }, keep: { type: 'boolean' }, help: { type: 'boolean' } },
});
if (values.help || positionals.length !== 1) {
  console.log(USAGE);
  process.exit(values.help ? 0 : 1);
}
const ref = positionals[0] ?? 'HEAD';
const root = process.cwd();
const work = resolve(root, 'test-output/compare');

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): void {
  const result = spawnSync(command, args, { cwd, env, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`${command} ${args.join(' ')} failed in ${cwd}`);
    process.exit(1);
  }
}

/** Builds the project at `projectRoot` into `outDir`, with a cache of its own and the shared content. */
function build(projectRoot: string, outDir: string, name: string): void {
  const env = {
    ...process.env,
    OUT_DIR: outDir,
    ASTRO_CACHE_DIR: join(work, `${name}.astro-cache`),
    EXPLAINER_CACHE: '0',
    CONTENT_DIR: process.env['CONTENT_DIR'] ?? join(root, 'content'),
  };
  run(join(root, 'node_modules/.bin/node'), ['scripts/build.ts'], projectRoot, env);
}

function filesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

/** Names that depend on where a component lives, replaced by their order of first appearance. */
function withoutScopeNames(text: string, names: Map<string, string>): string {
  const named = (kind: string, key: string) => {
    if (!names.has(key)) names.set(key, `${kind}${String(names.size)}`);
    return names.get(key) ?? key;
  };
  return text
    .replace(/astro-cid-[a-z0-9]+/g, (match) => named('cid', match))
    .replace(/(_astro\/[^"'.\s/]+)\.[A-Za-z0-9_-]{8}\.(css|js)/g, '$1.$2')
    .replace(/'sha256-[A-Za-z0-9+/=]+'/g, "'sha256'");
}

function normalisedPath(path: string): string {
  return values.scopes ? path.replace(/\.[A-Za-z0-9_-]{8}\.(css|js)$/, '.$1') : path;
}

function compare(before: string, after: string): string[] {
  const differences: string[] = [];
  const names = { before: new Map<string, string>(), after: new Map<string, string>() };
  const read = (dir: string, file: string, side: 'before' | 'after') => {
    const bytes = readFileSync(join(dir, file));
    if (!values.scopes || !/\.(html|css|js|json|xml)$/.test(file)) return bytes;
    return Buffer.from(withoutScopeNames(bytes.toString('utf8'), names[side]));
  };
  const beforeFiles = new Map(filesIn(before).map((file) => [normalisedPath(file), file]));
  const afterFiles = new Map(filesIn(after).map((file) => [normalisedPath(file), file]));
  for (const [key, file] of beforeFiles) {
    const other = afterFiles.get(key);
    if (!other) differences.push(`missing now: ${file}`);
    else if (!read(before, file, 'before').equals(read(after, other, 'after'))) differences.push(`differs: ${file}`);
  }
  for (const [key, file] of afterFiles) if (!beforeFiles.has(key)) differences.push(`new: ${file}`);
  return differences;
}

function digest(dir: string): string {
  const hash = createHash('sha256');
  for (const file of filesIn(dir)) hash.update(file).update(readFileSync(join(dir, file)));
  return hash.digest('hex').slice(0, 16);
}

rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const checkout = join(work, 'checkout');
run('git', ['worktree', 'add', '--detach', checkout, ref], root);
try {
  if (!existsSync(join(checkout, 'node_modules')))
    symlinkSync(join(root, 'node_modules'), join(checkout, 'node_modules'));
  build(checkout, join(work, 'before'), 'before');
  build(root, join(work, 'after'), 'after');
} finally {
  run('git', ['worktree', 'remove', '--force', checkout], root);
}
const differences = compare(join(work, 'before'), join(work, 'after'));
const files = filesIn(join(work, 'after')).length;
if (!values.keep) {
  rmSync(join(work, 'before'), { recursive: true, force: true });
  rmSync(join(work, 'after'), { recursive: true, force: true });
}
if (differences.length > 0) {
  console.error(`\n${String(differences.length)} difference(s) between ${ref} and the working tree:`);
  for (const line of differences.slice(0, 50)) console.error(`  ${line}`);
  process.exit(1);
}
const how = values.scopes ? 'identical but for component scope names' : 'byte-identical';
console.log(`\n${String(files)} files, ${how}: the build of ${ref} and of the working tree.`);
if (values.keep) console.log(`Both builds are in ${work} (digest ${digest(join(work, 'after'))}).`);
