/**
 * `npm run source -- add <address | saved .html file> --id <source-id>`: captures a news
 * source from its page, so that quotes are checked against the article's own text rather than
 * text typed in by hand. Writes `content/sources/<id>.yaml` (the record, with the day of the
 * capture and the SHA-256 of the text) and `content/sources/<id>.txt` (the article's text),
 * and a publisher file when the site is not yet one of `content/publishers/`. Run with --help.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import type { z } from 'astro/zod';
import { MAX_CONTENT_FILE_BYTES } from '../src/lib/content/read-content.ts';
import { contentDir } from '../src/lib/content/content-dir.ts';
import { fieldDocs } from './lib/json-schemas.ts';
import { readYaml } from '../src/lib/content/read-yaml.ts';
import { calendarDate, id as idSchema, languageTag, nonBlank, webUrl } from '../src/schemas/common.ts';
import { storedText } from './lib/capture/article-text.ts';
import { CaptureError } from './lib/capture/capture-error.ts';
import { decodeHtml } from './lib/capture/decode-html.ts';
import { extractPage } from './lib/capture/extract.ts';
import { DEFAULT_LIMITS, fetchPage, looksLikeAddress, webPageAddress } from './lib/capture/fetch-page.ts';
import type { KnownPublisher } from './lib/capture/publisher-match.ts';
import { planCapture, type CaptureOptions, type CapturePlan, type MissingFact } from './lib/capture/source-record.ts';
import { publisherYaml, sha256Hex, sourceYaml, withSha256, writeFiles } from './lib/capture/write-source.ts';

const USAGE = `Capture a source from its page, so that quotes are checked against the article's own text:
  npm run source -- add <address> --id <source-id>       fetch the page, e.g. https://…
  npm run source -- add <file.html> --id <source-id>     a page saved from a browser
  npm run source -- accept <source-id>                   keep the .txt as you edited it

add writes content/sources/<source-id>.yaml and content/sources/<source-id>.txt (the article's
text), and content/publishers/<id>.yaml when the site is not yet a publisher there.

Options:
  --id <source-id>      the new source's id, e.g. bbc-2015-07-24 (required)
  --publisher <id>      its publisher, e.g. bbc-news, when the page does not name its site
  --title "…"           its headline, when the page does not give it
  --date YYYY-MM-DD     the day it was published, when the page does not give it
  --language <code>     its language, e.g. en, when the page does not say it
  --url <address>       where readers can read it (a saved file takes it from the page)
  --force               replace the source's .yaml and .txt if they exist
  -h, --help            print this help

npm run check reports a captured text that changed. When the extractor kept something that
is not the article's (a caption, an advert) or lost a paragraph, edit the .txt and run
accept: it records the text as it now is.`;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/** A path as the editor can open it from where the command runs. */
const shown = (path: string) => relative(process.cwd(), path) || path;

/** The command line as options and words, or a message for the editor when it cannot be read. */
function readCommandLine() {
  const text = { type: 'string' } as const;
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        id: text,
        publisher: text,
        title: text,
        date: text,
        language: text,
        url: text,
        force: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? error.code : undefined;
    const option = error instanceof Error ? /'(--?[\w-]+)/.exec(error.message)?.[1] : undefined;
    // parseArgs' own messages give advice for programmers; say it for an editor.
    const problem =
      code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE'
        ? `${option ?? 'The option'} needs a value after it.`
        : `npm run source has no option "${option ?? String(error)}".`;
    fail(`${problem}\n\n${USAGE}`);
  }
}

/** An option's value checked against the schema of the field it fills; the schema's message when it fails. */
function checked(option: string, value: string | undefined, schema: z.ZodType): string | undefined {
  if (value === undefined) return undefined;
  const result = schema.safeParse(value);
  if (!result.success) fail(`--${option} "${value}" ${result.error.issues[0]?.message ?? 'is not valid'}.`);
  return value.trim();
}

/** The publishers of the content folder: their ids, names and websites. */
function readPublishers(folder: string): KnownPublisher[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => ['.yaml', '.yml'].includes(extname(name)))
    .map((name) => {
      const { value } = readYaml(readFileSync(join(folder, name), 'utf8'));
      const record = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
      const text = (field: string) => (typeof record[field] === 'string' ? record[field] : undefined);
      return { id: basename(name, extname(name)), name: text('name'), url: text('url') };
    });
}

/** A page read: its HTML, the address the editor gave (undefined for a file), the address it was read from after redirects, and how to name it. */
interface ReadPage {
  html: string;
  address: string | undefined;
  finalUrl: string | undefined;
  from: string;
}

async function readPage(target: string): Promise<ReadPage> {
  if (looksLikeAddress(target)) {
    const url = webPageAddress(target);
    const page = await fetchPage(url);
    return { html: page.html, address: url.href, finalUrl: page.finalUrl, from: url.href };
  }
  if (!existsSync(target) || !statSync(target).isFile()) {
    throw new CaptureError(`There is no file ${target}: give the path of a saved page, or a web address.`);
  }
  if (statSync(target).size > DEFAULT_LIMITS.maxBytes) {
    const limit = `${String(DEFAULT_LIMITS.maxBytes / (1024 * 1024))} MB`;
    throw new CaptureError(`${target} is larger than ${limit}, more than a news page should be: is it the right file?`);
  }
  const html = decodeHtml(readFileSync(target));
  return { html, address: undefined, finalUrl: undefined, from: `a saved page (${basename(target)})` };
}

function missingMessage(missing: readonly MissingFact[], target: string, id: string): string {
  const options = missing.map((fact) => `${fact.option.split(/[ ,]/)[0] ?? ''} …`).join(' ');
  return [
    'Nothing was written: the page does not say',
    ...missing.map((fact) => `  - ${fact.what}: pass ${fact.option}`),
    `Run it again with ${missing.length === 1 ? 'it' : 'them'}: npm run source -- add ${target} --id ${id} ${options}`,
  ].join('\n');
}

/** What the editor reads after a capture: what was written, and what is left to do. */
function report(plan: CapturePlan, paths: { yaml: string; text: string; publisher: string }, paragraphs: number) {
  const { source, newPublisher } = plan;
  const found = {
    option: 'named with --publisher',
    name: "found by the page's site name",
    website: "found by the page's website",
    id: 'found by the id made from the site name',
    new: '',
  }[plan.publisherFound];
  const lines = [
    `Captured "${source.title}" (${source.date}, ${source.language}):`,
    `  ${shown(paths.yaml)}  the record`,
    `  ${shown(paths.text)}  the article's text, ${String(paragraphs)} paragraphs`,
  ];
  if (newPublisher) {
    const missing = newPublisher.name === undefined ? 'its name, its one-line description' : 'its one-line description';
    lines.push(
      `  ${shown(paths.publisher)}  a new publisher, ${newPublisher.name === undefined ? 'with no name yet' : `"${newPublisher.name}"`}`,
      `The new publisher needs ${missing} and its country (ISO code, e.g. "FR"; "ZZ" if unknown): ` +
        'npm run check names each field until it is filled.',
    );
  } else {
    lines.push(`Publisher: ${source.publisher}, ${found}.`);
  }
  if (source.archiveUrl !== undefined) {
    lines.push(`archiveUrl ${source.archiveUrl} is a suggestion: open it and check that it shows this page.`);
  }
  lines.push(
    `Read ${shown(paths.text)} against the page. A fact wrong: capture again with --force and --title, --date,`,
    `--language or --publisher. The text wrong: edit it, then npm run source -- accept ${basename(paths.yaml, '.yaml')}.`,
    `Then cite it with source="${basename(paths.yaml, '.yaml')}".`,
  );
  console.log(lines.join('\n'));
}

async function add(target: string, options: CaptureOptions, force: boolean) {
  const content = contentDir();
  const paths = {
    yaml: join(content, 'sources', `${options.id}.yaml`),
    text: join(content, 'sources', `${options.id}.txt`),
    publisher: '',
  };
  const taken = [paths.yaml, paths.text].filter((path) => existsSync(path));
  if (taken.length > 0 && !force) {
    fail(
      `${taken.map(shown).join(' and ')} already exist${taken.length === 1 ? 's' : ''}: choose another id, or pass --force to capture the source again.`,
    );
  }
  const asPublisher = join(content, 'publishers', `${options.id}.yaml`);
  if (existsSync(asPublisher)) {
    fail(
      `"${options.id}" is the id of a publisher (${shown(asPublisher)}), and a citation names sources and publishers by id alone: choose another id.`,
    );
  }
  const page = await readPage(target);
  // Relative addresses in the page are read from where it was finally served.
  const extracted = extractPage(page.html, page.finalUrl);
  const text = storedText(extracted.paragraphs);
  if (Buffer.byteLength(text) > MAX_CONTENT_FILE_BYTES) {
    throw new CaptureError("The article's text is larger than a content file may be (1 MiB): is the page an article?");
  }
  const today = new Date().toISOString().slice(0, 10);
  const result = planCapture({
    facts: extracted.facts,
    options,
    fetchedFrom: page.address,
    publishers: readPublishers(join(content, 'publishers')),
    captured: today,
    sha256: sha256Hex(text),
  });
  if (result.missing) fail(missingMessage(result.missing, target, options.id));
  const { plan } = result;
  const files = [
    { path: paths.yaml, text: sourceYaml(options.id, plan.source, page.from), replace: force },
    { path: paths.text, text, replace: force },
  ];
  if (plan.newPublisher) {
    paths.publisher = join(content, 'publishers', `${plan.newPublisher.id}.yaml`);
    const docs = fieldDocs(join(import.meta.dirname, '..', 'src', 'schemas', 'publisher.ts'));
    files.push({
      path: paths.publisher,
      text: publisherYaml(plan.newPublisher, (field) => docs.get(field) ?? ''),
      replace: false,
    });
  }
  const inTheWay = writeFiles(files);
  if (inTheWay.length > 0) fail(`Nothing was written: ${inTheWay.map(shown).join(' and ')} already exist.`);
  report(plan, paths, extracted.paragraphs.length);
}

/** Records the `.txt` of a captured source as the editor left it: its `sha256:` is set to the file's hash. */
function accept(id: string) {
  const sources = join(contentDir(), 'sources');
  const yamlPath = join(sources, `${id}.yaml`);
  const textPath = join(sources, `${id}.txt`);
  const missing = [yamlPath, textPath].filter((path) => !existsSync(path));
  if (missing.length > 0) fail(`There is no ${missing.map(shown).join(' and no ')}: check the id.`);
  const sha256 = sha256Hex(readFileSync(textPath, 'utf8'));
  const yaml = readFileSync(yamlPath, 'utf8');
  const updated = withSha256(yaml, sha256);
  if (updated === undefined) {
    fail(
      `${shown(yamlPath)} has no sha256: its text was not captured. Capture it with npm run source -- add <page> --id ${id} --force.`,
    );
  }
  if (updated === yaml) {
    console.log(`${shown(textPath)} already has the sha256 written in its record: nothing to record.`);
    return;
  }
  writeFileSync(yamlPath, updated);
  console.log(`Recorded ${shown(textPath)} as it is now: sha256 in ${shown(yamlPath)} is ${sha256}.
Check with git diff that the text lost only what is not the article's.`);
}

const { positionals, values } = readCommandLine();
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const [command, target, ...extra] = positionals;
if (command !== 'add' && command !== 'accept') {
  fail(command === undefined ? USAGE : `npm run source has no command "${command}".\n\n${USAGE}`);
}
if (target === undefined) fail(`Say what to ${command}.\n\n${USAGE}`);
if (extra.length > 0) fail(`One ${command} at a time: "${extra.join(' ')}" is one too many.\n\n${USAGE}`);
if (command === 'accept') {
  const given = Object.keys(values).filter((option) => option !== 'help');
  if (given.length > 0) fail(`accept takes only the source's id, not --${given.join(', --')}.\n\n${USAGE}`);
  accept(checked('id', target, idSchema) ?? target);
  process.exit(0);
}
if (values.id === undefined) {
  fail(`Give the new source an id: npm run source -- add ${target} --id <source-id>, e.g. bbc-2015-07-24.`);
}
const options: CaptureOptions = {
  id: checked('id', values.id, idSchema) ?? '',
  publisher: checked('publisher', values.publisher, idSchema),
  title: checked('title', values.title, nonBlank('the title')),
  date: checked('date', values.date, calendarDate),
  language: checked('language', values.language, languageTag),
  url: checked('url', values.url, webUrl),
};
try {
  await add(target, options, values.force === true);
} catch (error) {
  if (!(error instanceof CaptureError)) throw error;
  fail(error.message);
}
