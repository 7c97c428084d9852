import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findAll, textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';
import { buildSite } from '../support/build-site.ts';
import { afterAll, describe, expect, it } from 'vitest';
import { cases, withContent } from '../support/invalid-cases.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const VALID = join(ROOT, 'tests', 'fixtures', 'valid');
const work = mkdtempSync(join(tmpdir(), 'explainer-build-'));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

/** `npm run build` on a content folder, into an output folder, with this file's cache. */
function build(contentDir: string, outDir: string, extraEnv: Record<string, string> = {}) {
  return buildSite(contentDir, outDir, join(work, 'cache'), extraEnv);
}

describe('the build', () => {
  const outDir = join(work, 'dist');

  it('builds a valid content set into pages, sidebar and export, reading and checking the content once', () => {
    const { status, output } = build(VALID, outDir, { EXPLAINER_TRACE_CHECK: '1' });
    expect(status, output).toBe(0);
    expect(output.match(/\[explainer\] checked /g), 'one content check for the whole build').toHaveLength(1);
    const page = readFileSync(join(outDir, 'sample-story', 'index.html'), 'utf8');
    expect(page).toContain('aria-label="Who said what"');
    expect(page).toContain('Zoë Okafor');
    const exported = JSON.parse(readFileSync(join(outDir, 'sample-story', 'statements.json'), 'utf8')) as {
      statements: { id: string; speaker: { name: string }; role: string }[];
    };
    expect(exported.statements.map((s) => [s.speaker.name, s.role])).toEqual([
      ['Ana López', 'Mayor'],
      ['Ana López', 'Mayor'],
      ['Zoë Okafor', 'Spokesperson for the regional council'],
      ['Ana López', 'Councillor'],
      ['Zoë Okafor', 'Spokesperson for the regional council'],
    ]);
  });

  it.each(['unknown-speaker', 'direct-quote-not-in-source', 'mdx-unclosed-tag'])(
    'stops on the mistake of %s with its file and line, leaving dist/ as it was',
    (name) => {
      const invalid = cases.find((candidate) => candidate.name === name);
      if (!invalid) throw new Error(`the case ${name} is missing`);
      writeFileSync(join(outDir, 'marker.txt'), 'from the last good build');
      const { status, output } = withContent(invalid, (_root, contentDir) => build(contentDir, outDir));
      expect(status).not.toBe(0);
      expect(output).toContain(`${invalid.expect.file}:${String(invalid.expect.line)}:`);
      for (const words of invalid.expect.message) expect(output).toContain(words);
      expect(output).toContain('The content has mistakes; nothing was built.');
      expect(output, 'an editor sees the content problem, not a stack trace').not.toMatch(/^\s+at /m);
      expect(readFileSync(join(outDir, 'marker.txt'), 'utf8')).toBe('from the last good build');
      expect(existsSync(join(outDir, 'sample-story', 'index.html'))).toBe(true);
      expect(existsSync(`${outDir}.building`)).toBe(false);
    },
  );

  it('names the ids that exist when a speaker is unknown', () => {
    const invalid = cases.find((candidate) => candidate.name === 'unknown-speaker');
    if (!invalid) throw new Error('the case unknown-speaker is missing');
    const { output } = withContent(invalid, (_root, contentDir) => build(contentDir, outDir));
    expect(output).toMatch(
      /unknown person "ana-lopes" in by="ana-lopes" {2}\(did you mean "ana-lopez"\? person ids that exist: ana-lopez, silent-sam, zoe-okafor\)/,
    );
  });

  it('replaces the whole of dist/ after a good build', () => {
    mkdirSync(outDir, { recursive: true });
    const { status } = build(VALID, outDir);
    expect(status).toBe(0);
    expect(existsSync(join(outDir, 'marker.txt'))).toBe(false);
    expect(existsSync(join(outDir, 'index.html'))).toBe(true);
  });

  it('builds for a sub-path: every internal link and the export carry the base path', () => {
    const subDir = join(work, 'sub');
    const { status, output } = build(VALID, subDir, {
      BASE_PATH: '/news/explainers/',
      SITE_URL: 'https://example.org',
    });
    expect(status, output).toBe(0);
    for (const page of ['index.html', join('sample-story', 'index.html')]) {
      const html = readFileSync(join(subDir, page), 'utf8');
      const internal = [...html.matchAll(/(?:href|src)="(\/[^"]*)"/g)].map((match) => match[1]);
      expect(internal.length).toBeGreaterThan(0);
      for (const link of internal) expect(link).toMatch(/^\/news\/explainers\//);
    }
    const exported = JSON.parse(readFileSync(join(subDir, 'sample-story', 'statements.json'), 'utf8')) as {
      story: { url: string };
      statements: { anchor: string }[];
    };
    expect(exported.story.url).toBe('https://example.org/news/explainers/sample-story/');
    expect(exported.statements[0]?.anchor).toMatch(/^https:\/\/example\.org\/news\/explainers\/sample-story\/#/);
  });
});

describe('a content folder moved after a build', () => {
  it('builds from its new place, reading it afresh, though its files are the same', () => {
    const cache = join(work, 'moved-cache');
    const before = join(work, 'moved-before');
    const after = join(work, 'moved-after');
    cpSync(VALID, before, { recursive: true });
    const first = buildSite(before, join(work, 'moved-dist'), cache);
    expect(first.status, first.output).toBe(0);
    renameSync(before, after);
    const moved = buildSite(after, join(work, 'moved-dist'), cache);
    expect(moved.status, moved.output).toBe(0);
    expect(moved.output).toContain(`The content folder is now ${after} (it was ${before}): reading it afresh.`);
    expect(readFileSync(join(work, 'moved-dist', 'sample-story', 'index.html'), 'utf8')).toContain('Zoë Okafor');
    const again = buildSite(after, join(work, 'moved-dist'), cache);
    expect(again.status, again.output).toBe(0);
    expect(again.output).not.toContain('reading it afresh');
  });
});

describe('content that tries to inject markup', () => {
  const HOSTILE = '</script><script>alert(1)</script>"><img src=x onerror=alert(1)>';

  it('renders as text wherever a front-matter or YAML field is shown', () => {
    const content = join(work, 'hostile');
    cpSync(VALID, content, { recursive: true });
    const edit = (file: string, from: string | RegExp, to: string) => {
      const path = join(content, file);
      writeFileSync(path, readFileSync(path, 'utf8').replace(from, to));
    };
    const yamlText = JSON.stringify(HOSTILE);
    edit('explainers/sample-story/index.mdx', /^title: .*$/m, `title: ${yamlText}`);
    edit('explainers/sample-story/index.mdx', /^summary: .*$/m, `summary: ${yamlText}`);
    edit('explainers/sample-story/council.mdx', /^title: .*$/m, `title: ${yamlText}`);
    edit('people/ana-lopez.yaml', /^name: .*$/m, `name: ${yamlText}`);
    edit('people/zoe-okafor.yaml', /^description: .*$/m, `description: ${yamlText}`);
    edit('sources/town-gazette-2024-05-02.yaml', /^title: .*$/m, `title: ${yamlText}`);
    edit('publishers/council-radio.yaml', /^name: .*$/m, `name: ${yamlText}`);
    edit('publishers/council-radio.yaml', /^description: .*$/m, `description: ${yamlText}`);
    edit(
      'explainers/sample-story/index.mdx',
      /^tags: .*$/m,
      `$&\nupdates:\n  - date: "2024-05-04"\n    text: ${yamlText}`,
    );
    const outDir = join(work, 'hostile-dist');
    const { status, output } = build(content, outDir, { SITE_URL: 'https://example.org' });
    expect(status, output).toBe(0);
    for (const page of ['index.html', join('sample-story', 'index.html')]) {
      const document = parseDocument(readFileSync(join(outDir, page), 'utf8'));
      const elements = findAll(() => true, document.children);
      // The page's own images (a story's thumbnail) are there; the injected one is not.
      expect(elements.filter((element) => element.name === 'img').map((image) => image.attribs['src'])).not.toContain(
        'x',
      );
      // The page's own enhancement is a module script; anything else that runs would be injected.
      const scripts = elements.filter((element) => element.name === 'script');
      const code = scripts.filter((script) => script.attribs['type'] !== 'application/ld+json');
      expect(code.map((script) => [script.attribs['type'], textContent(script).includes('alert(1)')])).toEqual(
        code.map(() => ['module', false]),
      );
      // The structured data holds the text as data, with "<" escaped: it cannot close its element.
      for (const data of scripts.filter((script) => script.attribs['type'] === 'application/ld+json')) {
        expect(textContent(data)).not.toContain('<');
        expect(JSON.stringify(JSON.parse(textContent(data)))).toContain(JSON.stringify(HOSTILE).slice(1, -1));
      }
      expect(elements.flatMap((element) => Object.keys(element.attribs).filter((name) => /^on/i.test(name)))).toEqual(
        [],
      );
      expect(textContent(document)).toContain(HOSTILE);
    }
    // Feed readers show an item's title and description as HTML once the XML is read: each
    // must hold the text, and no element.
    const feed = parseDocument(readFileSync(join(outDir, 'rss.xml'), 'utf8'), { xmlMode: true });
    const items = findAll((element) => element.name === 'item', feed.children);
    expect(items.length).toBeGreaterThanOrEqual(2);
    for (const item of items) {
      for (const field of ['title', 'description']) {
        const [node] = findAll((element) => element.name === field, item.children);
        const html = parseDocument(node ? textContent(node) : '');
        expect(findAll(() => true, html.children).map((element) => element.name)).toEqual([]);
      }
    }
    expect(textContent(feed)).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});

describe('a wrong site address or base path', () => {
  it.each([
    ['SITE_URL', 'https://user:pass@example.org'],
    ['SITE_URL', 'javascript:alert(1)'],
    ['BASE_PATH', '../'],
    ['BASE_PATH', '/news/?q=1'],
  ])('%s=%s stops the build with one line naming it, and no stack trace', (name, value) => {
    const outDir = join(work, 'address-dist');
    const { status, output } = build(VALID, outDir, { [name]: value });
    expect(status).not.toBe(0);
    expect(output).toMatch(new RegExp(`^${name}=".*" is not`, 'm'));
    expect(output).not.toMatch(/^\s+at /m);
    expect(output).not.toContain('pass@');
    expect(existsSync(outDir)).toBe(false);
  });
});
