/**
 * `npm run source -- add` as an editor runs it: scripts/source.ts on a copy of the valid
 * fixture, with saved pages from ../shared/pages and with pages served from this process on
 * 127.0.0.1; then `npm run check` on what it wrote.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithSavedPages, SAVED_PAGES } from '../support/saved-pages.ts';
import { sourceSchema } from '../../src/schemas/source.ts';
import { fetchPage } from '../../scripts/lib/capture/fetch-page.ts';
import { shellEnv } from '../support/clean-env.ts';
import { PROJECT_ROOT, VALID_DIR } from '../support/invalid-cases.ts';

const NODE = join(PROJECT_ROOT, 'node_modules', '.bin', 'node');
const PAGES = SAVED_PAGES;
/** A command starts a Node with the page parser and the schemas: seconds, on a busy machine more. */
const SLOW = { timeout: 120_000 };

const work = mkdtempSync(join(tmpdir(), 'explainer-source-'));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  output: string;
}

/** Runs a script of the project without blocking this process, which may be serving the page. */
function run(script: string, args: string[], env: Record<string, string>): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(NODE, [script, ...args], {
      cwd: PROJECT_ROOT,
      env: shellEnv({ NO_COLOR: '1', ...env }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => {
      resolve({ status, stdout, stderr, output: `${stdout}\n${stderr}` });
    });
  });
}

/** A copy of the valid fixture to capture into. */
function contentCopy(name: string): string {
  const content = join(work, name);
  cpSync(VALID_DIR, content, { recursive: true });
  return content;
}

const savedPage = (name: string) => join(PAGES, name, 'source.html');
const capture = (content: string, ...args: string[]) => run('scripts/source.ts', args, { CONTENT_DIR: content });
const check = (content: string) => run('scripts/check.ts', [], { CONTENT_DIR: content });
/** Every file under a folder, with its text: to show that a refused command wrote nothing. */
const snapshot = (folder: string) =>
  readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((path) => statSync(join(folder, path)).isFile())
    .sort()
    .map((path) => [path, readFileSync(join(folder, path), 'utf8')]);

describeWithSavedPages('npm run source -- add <saved page>', () => {
  const content = contentCopy('saved');
  const sources = join(content, 'sources');
  let captured: Run;
  beforeAll(async () => {
    // The BBC is known by another name here: the page is matched by its website.
    writeFileSync(
      join(content, 'publishers', 'bbc.yaml'),
      'name: British Broadcasting Corporation\ndescription: British public broadcaster\ncountry: GB\nurl: https://www.bbc.com/\n',
    );
    captured = await capture(content, 'add', savedPage('bbc-1'), '--id', 'bbc-2015-07-24');
  }, 120_000);

  it('writes the record and the text, the record holding the SHA-256 of the text file', SLOW, () => {
    expect(captured.status, captured.output).toBe(0);
    const yaml = readFileSync(join(sources, 'bbc-2015-07-24.yaml'), 'utf8');
    const text = readFileSync(join(sources, 'bbc-2015-07-24.txt'));
    expect(yaml.split('\n')[0]).toBe('# yaml-language-server: $schema=../../schemas/source.schema.json');
    const record = sourceSchema.parse(parse(yaml));
    expect(record).toMatchObject({
      publisher: 'bbc',
      title: "Obama admits US gun laws are his 'biggest frustration'",
      date: '2015-07-24',
      language: 'en',
      url: 'http://www.bbc.com/news/world-us-canada-33646704',
      sha256: createHash('sha256').update(text).digest('hex'),
    });
    expect(record.archiveUrl).toMatch(/^https:\/\/web\.archive\.org\/web\/\d{8}\/http:\/\/www\.bbc\.com\/news\//);
    expect(record.captured).toBe(new Date().toISOString().slice(0, 10));
    expect(text.toString('utf8')).toContain(
      'the greatest frustration of his presidency.\n\nIn an interview with the BBC',
    );
    expect(captured.stdout).toContain("found by the page's website");
    expect(captured.stdout).toContain('is a suggestion');
  });

  it('passes the check, and fails it at the sha256 line once the text is edited', SLOW, async () => {
    const clean = await check(content);
    expect(clean.status, clean.output).toBe(0);
    const textFile = join(sources, 'bbc-2015-07-24.txt');
    writeFileSync(textFile, readFileSync(textFile, 'utf8').replace('greatest frustration', 'biggest frustration'));
    const changed = await check(content);
    expect(changed.status).toBe(1);
    const line =
      readFileSync(join(sources, 'bbc-2015-07-24.yaml'), 'utf8')
        .split('\n')
        .findIndex((text) => text.startsWith('sha256:')) + 1;
    expect(changed.stderr).toMatch(
      new RegExp(
        `sources/bbc-2015-07-24\\.yaml:${String(line)}:\\d+ +error +the text of this source changed after it was captured on \\d{4}-\\d{2}-\\d{2}: capture it again`,
      ),
    );
    const accepted = await capture(content, 'accept', 'bbc-2015-07-24');
    expect(accepted.status, accepted.output).toBe(0);
    expect((await check(content)).status).toBe(0);
  });

  it('refuses an id whose files exist, and captures again with --force', SLOW, async () => {
    const before = snapshot(content);
    const again = await capture(content, 'add', savedPage('bbc-1'), '--id', 'bbc-2015-07-24');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('bbc-2015-07-24.yaml and');
    expect(again.stderr).toContain('already exist');
    expect(again.stderr).toContain('--force');
    expect(snapshot(content)).toEqual(before);
    const forced = await capture(content, 'add', savedPage('bbc-1'), '--id', 'bbc-2015-07-24', '--force');
    expect(forced.status, forced.output).toBe(0);
  });

  it('stops when the page does not say a needed fact, names the option, and writes nothing', SLOW, async () => {
    const before = snapshot(content);
    const missing = await capture(content, 'add', savedPage('la-nacion'), '--id', 'la-nacion-2017-12-07');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('Nothing was written');
    expect(missing.stderr).toContain('--date YYYY-MM-DD');
    expect(missing.stderr).toContain('--language');
    expect(missing.stderr).not.toContain('--title');
    expect(snapshot(content)).toEqual(before);
  });

  it('makes a publisher for a new site and asks for its description and country', SLOW, async () => {
    const added = await capture(content, 'add', savedPage('guardian-1'), '--id', 'guardian-2019-01-03');
    expect(added.status, added.output).toBe(0);
    const publisher = readFileSync(join(content, 'publishers', 'the-guardian.yaml'), 'utf8');
    expect(publisher).toContain('name: "the Guardian"');
    expect(publisher).toContain('url: "https://www.theguardian.com/"');
    expect(added.stdout).toMatch(/needs its one-line description and its country \(ISO code, .*"ZZ" if unknown\)/);
    const unfilled = await check(content);
    expect(unfilled.status).toBe(1);
    expect(unfilled.stderr).toContain('publishers/the-guardian.yaml');
    expect(unfilled.stderr).toContain('description must not be empty');
    expect(unfilled.stderr).toContain('two-letter country code');
  });

  it('says how it is used for --help, and refuses what it cannot do', SLOW, async () => {
    const help = await capture(content, '--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Capture a source from its page/);
    expect(help.stdout).toContain('npm run source -- add <address> --id <source-id>');
    const noId = await capture(content, 'add', savedPage('cnn'));
    expect(noId.status).toBe(1);
    expect(noId.stderr).toContain('--id <source-id>');
    const badDate = await capture(content, 'add', savedPage('cnn'), '--id', 'cnn-x', '--date', '2016-02-30');
    expect(badDate.status).toBe(1);
    expect(badDate.stderr).toContain('--date "2016-02-30" is not a day on the calendar');
    const noFile = await capture(content, 'add', join(work, 'nothing.html'), '--id', 'cnn-x');
    expect(noFile.status).toBe(1);
    expect(noFile.stderr).toContain('There is no file');
  });
});

describeWithSavedPages('npm run source -- add <address>', () => {
  const content = contentCopy('fetched');
  const cnn = readFileSync(savedPage('cnn'));
  let server: Server;
  let base = '';
  beforeAll(async () => {
    server = createServer((request, response) => {
      const path = request.url ?? '/';
      if (path === '/story') {
        response.writeHead(302, { location: '/news/story.html' }).end();
      } else if (path === '/news/story.html') {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(cnn);
      } else if (path === '/report.pdf') {
        response.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.7');
      } else if (path === '/slow') {
        // Never answers: the fetch must give up on its own.
      } else if (path === '/huge') {
        // No length announced: the size is counted as the page streams in.
        response.writeHead(200, { 'content-type': 'text/html' });
        const chunk = Buffer.alloc(1024 * 1024, 'a');
        for (let index = 0; index < 6; index++) response.write(chunk);
        response.end();
      } else {
        response.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('fetches the page, following a redirect, and records the address given', SLOW, async () => {
    const fetched = await capture(content, 'add', `${base}/story`, '--id', 'cnn-2016-02-01', '--language', 'en');
    expect(fetched.status, fetched.output).toBe(0);
    const record = sourceSchema.parse(parse(readFileSync(join(content, 'sources', 'cnn-2016-02-01.yaml'), 'utf8')));
    expect(record).toMatchObject({
      title: "The 'birth lottery' and economic mobility",
      date: '2016-02-01',
      language: 'en',
      author: 'Ahiza Garcia',
      url: `${base}/story`,
      publisher: 'cnnmoney',
    });
    expect(readFileSync(join(content, 'sources', 'cnn-2016-02-01.txt'), 'utf8')).toContain(
      "the class you're born into matters much more in the U.S.",
    );
  });

  it.each([
    ['/missing', /answered 404 Not Found/],
    ['/report.pdf', /is not a web page but application\/pdf/],
    ['/huge', /is larger than 5\.0 MB/],
  ])('refuses %s with a clear message and writes nothing', SLOW, async (path, message) => {
    const before = snapshot(content);
    const refused = await capture(content, 'add', `${base}${path}`, '--id', 'refused-page');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(message);
    expect(refused.stderr).not.toContain('    at ');
    expect(snapshot(content)).toEqual(before);
  });

  it.each(['file:///etc/hosts', 'ftp://example.org/page.html'])('refuses the address %s', SLOW, async (address) => {
    const refused = await capture(content, 'add', address, '--id', 'refused-page');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(
      /Only web pages can be captured from an address \(http:\/\/ or https:\/\/\), not (file|ftp): addresses/,
    );
  });

  it('gives up on a page that does not answer in time', SLOW, async () => {
    const limits = { timeoutMs: 300, maxBytes: 100 * 1024 };
    await expect(fetchPage(new URL(`${base}/slow`), limits)).rejects.toThrow(
      /did not answer within 0\.3 s\. Open the page in a browser, save it/,
    );
    await expect(fetchPage(new URL(`${base}/news/story.html`), limits)).rejects.toThrow(/is larger than 0\.1 MB/);
  });

  it('says when nothing answers, and to save the page and capture the file instead', SLOW, async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const refused = await capture(content, 'add', `http://127.0.0.1:${String(port)}/story`, '--id', 'refused-page');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('refused the connection');
    expect(refused.stderr).toContain('save it');
    expect(refused.stderr).toContain('npm run source -- add <file.html>');
  });
});
