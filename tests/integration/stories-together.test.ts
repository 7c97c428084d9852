/**
 * A content set of several stories, built for real: a reply across stories links both ways,
 * a draft stays out of the built site, its listings and its exports, and a list longer than
 * a page is split into pages that link to one another.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-site.ts';
import { VALID_DIR } from '../support/invalid-cases.ts';
import { PAGE_SIZES } from '../../src/lib/models/pages.ts';

const work = mkdtempSync(join(tmpdir(), 'stories-together-'));
const content = join(work, 'content');
const dist = join(work, 'dist');
let output = '';

function copyStory(from: string, to: string, edit: (text: string) => string) {
  cpSync(join(content, 'explainers', from), join(content, 'explainers', to), { recursive: true });
  const index = join(content, 'explainers', to, 'index.mdx');
  writeFileSync(index, edit(readFileSync(index, 'utf8')));
}

beforeAll(() => {
  cpSync(VALID_DIR, content, { recursive: true });
  // A follow-up story whose statement answers one of the first story's.
  copyStory('sample-story', 'follow-up', (text) =>
    text
      .replace('title: "Will the bridge reopen?"', 'title: "The bridge, a week on"')
      .replace('id="every-bolt"', 'id="every-bolt-again" answers="sample-story#every-bolt" replyBasis="ours"'),
  );
  copyStory('sample-story', 'unfinished', (text) =>
    text.replace('title: "Will the bridge reopen?"', 'title: "A draft"\nstatus: draft'),
  );
  // Enough published stories for the home page to need a second page.
  for (let n = 1; n < PAGE_SIZES.stories; n += 1) {
    copyStory('sample-story', `archive-${String(n)}`, (text) =>
      text.replace('title: "Will the bridge reopen?"', `title: "Will the bridge reopen? Part ${String(n)}"`),
    );
  }
  const result = buildSite(content, dist, join(work, 'cache'));
  output = result.output;
  expect(result.status, output).toBe(0);
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

const page = (path: string) => readFileSync(join(dist, path), 'utf8');

describe('a reply across stories', () => {
  it('links from the answer to what it answers, on the other story’s page', () => {
    const entry = /<li[^>]*id="wsw-every-bolt-again"[\s\S]*?<\/li>/.exec(page('follow-up/index.html'))?.[0] ?? '';
    expect(entry).toMatch(/href="\/sample-story\/#wsw-every-bolt"/);
    // No source says it is a reply: the page says it is the explainer's reading.
    expect(entry).toContain('We read this as a reply to');
  });
  it('says beside the statement in the text whose reading the reply is, linking to what it answers', () => {
    const figure = /<figure[^>]*id="every-bolt-again"[\s\S]*?<\/figure>/.exec(page('follow-up/index.html'))?.[0] ?? '';
    expect(figure).toMatch(
      /We read this as a reply to\s*<a href="\/sample-story\/#every-bolt"[^>]*>López, May 2024<\/a>/,
    );
    expect(figure).not.toContain('the source says so');
  });
  it('links back from what was answered to the answer', () => {
    const entry = /<li[^>]*id="wsw-every-bolt"[\s\S]*?<\/li>/.exec(page('sample-story/index.html'))?.[0] ?? '';
    expect(entry).toMatch(/href="\/follow-up\/#wsw-every-bolt-again"/);
    expect(entry).toContain('Answered by');
    expect(entry).toContain('(as we read it)');
  });
  it('is in the exports', () => {
    const exported = JSON.parse(page('statements.json')) as {
      statements: { id: string; answers: unknown; answeredBy: unknown[] }[];
    };
    const answer = exported.statements.find((statement) => statement.id === 'every-bolt-again');
    expect(answer?.answers).toEqual({ story: 'sample-story', id: 'every-bolt', basis: 'ours', passage: null });
  });
});

describe('a draft', () => {
  it('is not built, listed or exported', () => {
    expect(existsSync(join(dist, 'unfinished'))).toBe(false);
    expect(page('index.html')).not.toContain('A draft');
    expect(page('page/2/index.html')).not.toContain('A draft');
    expect(page('statements.json')).not.toContain('"unfinished"');
    expect(page('people.json')).not.toContain('unfinished');
    expect(page('timeline/index.html')).not.toContain('/unfinished/');
  });
});

describe('the list of stories, longer than a page', () => {
  const storyLinks = (html: string) =>
    [...html.matchAll(/<li class="story"[\s\S]*?<h2[^>]*><a href="\/([^/"]+)\/"/g)].map((match) => match[1]);

  it('is split into pages of a fixed size, each story on exactly one of them', () => {
    const first = storyLinks(page('index.html'));
    const second = storyLinks(page('page/2/index.html'));
    expect(first).toHaveLength(PAGE_SIZES.stories);
    expect(second).toHaveLength(1);
    expect(new Set([...first, ...second]).size).toBe(PAGE_SIZES.stories + 1);
    expect(existsSync(join(dist, 'page/3'))).toBe(false);
  });
  it('links each page to the next and back', () => {
    expect(page('index.html')).toMatch(/<a href="\/page\/2\/" rel="next"/);
    expect(page('index.html')).not.toContain('rel="prev"');
    expect(page('page/2/index.html')).toMatch(/<a href="\/" rel="prev"/);
    expect(page('page/2/index.html')).not.toContain('rel="next"');
  });
  it('says on a later page where the reader stands, in its heading and its title', () => {
    const later = page('page/2/index.html');
    expect(later).toMatch(/<h1[^>]*>Stories<span[^>]*>, page 2 of 2<\/span><\/h1>/);
    expect(later).toContain('<title>Stories, page 2 of 2');
    expect(page('index.html')).toMatch(/<h1[^>]*>Stories<\/h1>/);
  });
});
