/**
 * `npm start`: builds the site (`npm run build`'s script), then serves it with `astro preview`
 * in the foreground. The port is `PORT=4601 npm start` or `npm start -- --port 4601`; other
 * arguments go to `astro preview` as they are (`npm start -- --host`).
 */
import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { join, resolve } from 'node:path';

const PORT_FLAG = '--port';
const PORT_USAGE = 'a whole number from 1 to 65535, e.g. PORT=4601 npm start or npm start -- --port 4601';

function portNumber(value: string | undefined, from: string): string {
  const port = Number(value);
  if (value === undefined || !/^\d+$/.test(value) || port < 1 || port > 65535) {
    throw new Error(
      `${from} is ${value === undefined ? 'missing its number' : `"${value}"`}: the port must be ${PORT_USAGE}.`,
    );
  }
  return String(port);
}

/** Whether argv has the flag `--name value` or `--name=value`, and its value when one follows. */
function flagValue(argv: readonly string[], name: string): { present: boolean; value?: string } {
  for (const [index, arg] of argv.entries()) {
    if (arg === name) return { present: true, ...(argv[index + 1] === undefined ? {} : { value: argv[index + 1] }) };
    if (arg.startsWith(`${name}=`)) return { present: true, value: arg.slice(name.length + 1) };
  }
  return { present: false };
}

/**
 * The arguments of `astro preview` for `npm start`'s own arguments and environment: all
 * arguments as given; PORT as `--port` unless a `--port` is given (the command line wins);
 * OUT_DIR, where the build writes, as `--outDir`, so the site just built is the one served.
 * Throws, with what to write instead, on a port that is not one.
 */
export function previewArgs(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): string[] {
  const args = [...argv];
  const portFlag = flagValue(argv, PORT_FLAG);
  if (portFlag.present) {
    portNumber(portFlag.value, PORT_FLAG);
  } else if (env['PORT'] !== undefined && env['PORT'] !== '') {
    args.push(PORT_FLAG, portNumber(env['PORT'], 'PORT'));
  }
  if (env['OUT_DIR'] && !flagValue(argv, '--outDir').present) args.push('--outDir', resolve(env['OUT_DIR']));
  return args;
}

/** Runs a command in the foreground, passes on Ctrl-C and SIGTERM to it, and resolves to its exit code. */
function run(command: string, args: readonly string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((done, failed) => {
    const child = spawn(command, args, { stdio: 'inherit', env });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    child.on('error', failed);
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      // A child ended by a signal exits as a shell reports it: 128 + the signal's number.
      done(code ?? 128 + (signal ? constants.signals[signal] : 0));
    });
  });
}

async function start(): Promise<number> {
  const root = join(import.meta.dirname, '..');
  // As under npm, which runs scripts from the project's folder: OUT_DIR and dist/ are found from there.
  process.chdir(root);
  let args: string[];
  try {
    args = previewArgs(process.argv.slice(2), process.env);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  }
  // The build script finds `astro` on the PATH, as it does under npm.
  const env = { ...process.env, PATH: `${join(root, 'node_modules', '.bin')}:${process.env['PATH'] ?? ''}` };
  const built = await run(process.execPath, [join(root, 'scripts', 'build.ts')], env);
  if (built !== 0) return built;
  const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
  return run(process.execPath, [astro, 'preview', ...args], { ...env, ASTRO_PREVIEW_BACKGROUND: '0' });
}

if (import.meta.main) process.exit(await start());
