/**
 * `npm run build`: builds the site into a temporary folder and puts it in place of `dist/`
 * only when the whole build succeeded, so a failed build never leaves a half-built site.
 * Extra arguments are passed to `astro build`.
 *
 * An interrupted build leaves `dist/` as it was and removes its temporary folder, whether the
 * interrupt is a signal (Ctrl-C, SIGTERM, a closed terminal) or the end of the process that
 * started it (npm killed on its own leaves its script running), and the next build puts back
 * what a build killed outright left behind.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { constants } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { contentDir } from '../src/lib/content/content-dir.ts';

const outDir = resolve(process.env['OUT_DIR'] ?? 'dist');
const building = `${outDir}.building`;
const previous = `${outDir}.previous`;
const name = basename(outDir);

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
type StopSignal = (typeof SIGNALS)[number];
/** How often to look whether the parent process is still there. */
const PARENT_POLL_MS = 200;
/** How long astro has to stop after a signal before it is killed. */
const STOP_GRACE_MS = 5000;
const SHELLS = new Set(['sh', 'dash', 'bash', 'zsh', 'ksh', 'ash']);
/** On POSIX, astro runs in a process group of its own, so that stopping it stops all it started. */
const OWN_GROUP = process.platform !== 'win32';

/** Puts back what a build killed outright (SIGKILL, a power cut) left behind. */
function recover(): void {
  if (!existsSync(outDir) && existsSync(previous)) {
    // Killed between the two renames of the swap: the last good site is dist.previous.
    renameSync(previous, outDir);
    console.log(`Restored ${name}/ from ${name}.previous/, left by a build that was stopped while replacing it.`);
  }
  if (existsSync(building)) console.log(`Removing ${name}.building/, left by a build that was stopped.`);
  rmSync(building, { recursive: true, force: true });
  rmSync(previous, { recursive: true, force: true });
}

/** Astro's cache, and in it the content it read, stored by the path of each file. */
const cacheDir = resolve(process.env['ASTRO_CACHE_DIR'] ?? join('node_modules', '.astro'));
const dataStore = join(cacheDir, 'data-store.json');
/** The content folder the stored content was read from. */
const readFromFile = join(cacheDir, 'explainer-content-dir');
const content = contentDir();

/**
 * Forgets the stored content when it was read from another folder: Astro would otherwise
 * keep the entries of files it finds unchanged, with the paths of a folder that may be gone,
 * and fail to resolve them.
 */
function forgetContentOfAnotherFolder(): void {
  if (!existsSync(dataStore)) return;
  const readFrom = existsSync(readFromFile) ? readFileSync(readFromFile, 'utf8') : undefined;
  if (readFrom === content) return;
  rmSync(dataStore, { force: true });
  if (readFrom !== undefined)
    console.log(`The content folder is now ${content} (it was ${readFrom}): reading it afresh.`);
}

/** The parent process of `pid` and its command's name: from /proc on Linux, else from ps. */
function processInfo(pid: number): { ppid: number; command: string } | undefined {
  try {
    // "pid (command) state ppid …": the command may hold spaces and brackets, so read from the last ")".
    const stat = readFileSync(`/proc/${String(pid)}/stat`, 'utf8');
    const end = stat.lastIndexOf(')');
    return { ppid: Number(stat.slice(end + 2).split(' ')[1]), command: stat.slice(stat.indexOf('(') + 1, end) };
  } catch {
    const ps = spawnSync('ps', ['-o', 'ppid=,comm=', '-p', String(pid)], { encoding: 'utf8' });
    const match = /^\s*(\d+)\s+(.+)$/.exec(ps.stdout.trim());
    return match?.[1] && match[2] ? { ppid: Number(match[1]), command: basename(match[2]) } : undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Whether the process that started the build has ended: the parent, or, when the parent is the
 * shell npm runs scripts with, npm itself. That shell outlives npm and does not pass on the
 * signals npm forwards to it until the build is over.
 */
const parent = process.ppid;
const launcher = processInfo(parent);
const npm = launcher && SHELLS.has(launcher.command) && launcher.ppid > 1 ? launcher.ppid : undefined;
const launcherIsGone = () => (parent > 1 && process.ppid !== parent) || (npm !== undefined && !isAlive(npm));

let astro: ChildProcess | undefined;
let stopping: StopSignal | undefined;

function signalAstro(signal: NodeJS.Signals): void {
  if (!astro?.pid || astro.exitCode !== null || astro.signalCode !== null) return;
  try {
    if (OWN_GROUP) process.kill(-astro.pid, signal);
    else astro.kill(signal);
  } catch {
    // Already gone.
  }
}

/** Stops the build: astro first; the clean-up follows when astro has exited. */
function stop(signal: StopSignal, why: string): void {
  if (stopping) {
    // A second interrupt: no more waiting.
    signalAstro('SIGKILL');
    return;
  }
  stopping = signal;
  console.error(`\n${why}: stopping the build.`);
  signalAstro(signal === 'SIGHUP' ? 'SIGTERM' : signal);
  setTimeout(() => {
    signalAstro('SIGKILL');
  }, STOP_GRACE_MS).unref();
  if (!astro) finishInterrupted(signal);
}

function finishInterrupted(signal: StopSignal): never {
  rmSync(building, { recursive: true, force: true });
  console.error(
    `The build was interrupted: ${existsSync(outDir) ? `${name}/ was left as it was` : 'nothing was written'}.`,
  );
  process.exit(128 + constants.signals[signal]);
}

for (const signal of SIGNALS) {
  process.on(signal, () => {
    stop(signal, `${signal} received`);
  });
}
// When the parent has ended, whatever read the output may have gone with it: a failed write
// must not end this process before it has cleaned up.
for (const stream of [process.stdout, process.stderr]) stream.on('error', () => undefined);
const watchParent = setInterval(() => {
  if (launcherIsGone()) stop('SIGHUP', 'The process that started the build has ended');
}, PARENT_POLL_MS);

recover();
forgetContentOfAnotherFolder();

const status = await new Promise<number>((done) => {
  astro = spawn('astro', ['build', '--outDir', building, ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: process.env,
    detached: OWN_GROUP,
  });
  astro.on('error', (error) => {
    console.error(`Could not start astro: ${error.message}`);
    done(1);
  });
  astro.on('exit', (code, signal) => {
    done(code ?? 128 + (signal ? constants.signals[signal] : 0));
  });
});
clearInterval(watchParent);

if (!stopping && launcherIsGone()) stopping = 'SIGHUP';
if (stopping) finishInterrupted(stopping);
if (status !== 0) {
  rmSync(building, { recursive: true, force: true });
  console.error(`\nThe build failed: ${existsSync(outDir) ? `${outDir} was left as it was` : 'nothing was written'}.`);
  process.exit(status);
}
// The swap runs in one synchronous step: a signal, with its handler installed above, is only
// dispatched after both renames, so it can never leave dist/ missing. (SIGKILL can: recover()
// puts dist/ back on the next run.)
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(building, outDir);
rmSync(previous, { recursive: true, force: true });
mkdirSync(cacheDir, { recursive: true });
writeFileSync(readFromFile, content);
console.log(`Built into ${outDir}`);
process.exit(0);
