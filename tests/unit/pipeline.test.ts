/**
 * The steps between the content and the page that run inside Astro: the shared content pass,
 * the statements loader, the remark plugin, the export, and the dates the page prints.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, describe, expect, it } from 'vitest';
import { contentFingerprint, contentPass } from '../../src/lib/check/pass.ts';
import { formatDate, formatPartialDate, formatPeriod } from '../../src/lib/text/dates.ts';
import { buildStoryModel } from '../../src/lib/models/story-model.ts';
import { statementsExport } from '../../src/lib/exports/statements-export.ts';
import { statementsLoader } from '../../src/loaders.ts';
import { VALID_DIR } from '../support/invalid-cases.ts';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function copyOfValidContent(): string {
  const root = mkdtempSync(join(tmpdir(), 'pipeline-'));
  folders.push(root);
  const content = join(root, 'content');
  cpSync(VALID_DIR, content, { recursive: true });
  return content;
}

const COUNCIL = ['explainers', 'sample-story', 'council.mdx'];

describe('the content pass', () => {
  it('checks the content once and reuses the result until a file changes', () => {
    const content = copyOfValidContent();
    const first = contentPass(content);
    expect(contentPass(content)).toBe(first);
    const council = join(content, ...COUNCIL);
    writeFileSync(council, readFileSync(council, 'utf8').replace('zoe-okafor', 'zoe-okafr'));
    const second = contentPass(content);
    expect(second).not.toBe(first);
    expect(second.problems.some((problem) => problem.message.includes('unknown person "zoe-okafr"'))).toBe(true);
  });

  it('changes its fingerprint when a file is added, removed or edited', () => {
    const content = copyOfValidContent();
    const before = contentFingerprint(content);
    writeFileSync(join(content, 'people', 'extra.yaml'), 'name: x\n');
    const added = contentFingerprint(content);
    expect(added).not.toBe(before);
    rmSync(join(content, 'people', 'extra.yaml'));
    expect(contentFingerprint(content)).not.toBe(added);
  });
});

/** A loader context that records what the loader stores and logs. */
function fakeLoaderContext(withWatcher: boolean) {
  const stored = new Map<string, unknown>();
  const logged: string[] = [];
  const listeners: ((event: string, path: string) => void)[] = [];
  const reannounced: string[] = [];
  const context = {
    store: {
      clear: () => {
        stored.clear();
      },
      set: ({ id, data }: { id: string; data: unknown }) => {
        stored.set(id, data);
      },
    },
    logger: {
      error: (message: string) => logged.push(`error ${message}`),
      info: (message: string) => logged.push(`info ${message}`),
      warn: (message: string) => logged.push(`warn ${message}`),
    },
    parseData: ({ data }: { data: unknown }) => Promise.resolve(data),
    watcher: withWatcher
      ? {
          on: (_: string, listener: (event: string, path: string) => void) => listeners.push(listener),
          emit: (event: string, path: string) => reannounced.push(`${event} ${path}`),
        }
      : undefined,
  };
  return { context: context as unknown as LoaderContext, stored, logged, listeners, reannounced };
}

describe('the statements loader', () => {
  it('stores every statement of every story under <story>/<anchor>', async () => {
    const content = copyOfValidContent();
    const { context, stored, logged } = fakeLoaderContext(false);
    await statementsLoader(content).load(context);
    expect([...stored.keys()]).toContain('sample-story/every-bolt');
    expect(stored.size).toBe(5);
    expect(logged).toEqual([]);
  });

  it('in the dev server, reports a mistake once per change and says when the content is clean again', async () => {
    const content = copyOfValidContent();
    const { context, logged, listeners, reannounced } = fakeLoaderContext(true);
    await statementsLoader(content).load(context);
    const council = join(content, ...COUNCIL);
    const original = readFileSync(council, 'utf8');
    writeFileSync(council, original.replace('zoe-okafor', 'zoe-okafr'));
    const change = async () => {
      for (const listener of listeners) listener('change', council);
      await new Promise((resolve) => setTimeout(resolve, 400));
    };
    await change();
    await change();
    expect(logged.filter((line) => line.includes('unknown person "zoe-okafr"'))).toHaveLength(1);
    writeFileSync(council, original);
    await change();
    expect(logged.at(-1)).toBe('info The content is clean again.');
    // Each quiet save is announced once more, so that Astro's own loader reads the file whole.
    expect(reannounced).toEqual([`change ${council}`, `change ${council}`, `change ${council}`]);
  });
});

describe('the statements export', () => {
  it('lists each statement with its speaker, role, date precision, sources and anchor', () => {
    const model = buildStoryModel({
      mainSources: ['gazette'],
      sections: [],
      statements: [
        {
          id: 'every-bolt',
          by: 'ana-lopez',
          mode: 'direct',
          source: [{ source: 'gazette', citing: ['wire'] }],
          text: 'We checked.',
          idWritten: true,
          versions: [],
          date: { value: '2024-05', precision: 'month' },
          delivery: { kind: 'posted', platform: 'Town Forum' },
          story: 'bridge',
          position: 0,
          file: 'x.mdx',
          line: 1,
        },
      ],
      people: new Map([
        ['ana-lopez', { name: 'Ana López', spellings: [], description: 'Mayor.', roles: [{ title: 'Mayor' }] }],
      ]),
      sources: new Map([['gazette', { publisher: 'gazette', title: 'Bridge', date: '2024-05-02', language: 'en' }]]),
      publishers: new Map([
        ['gazette', { name: 'Gazette', description: 'Local newspaper', country: 'GB' }],
        ['wire', { name: 'Wire', description: 'News agency', country: 'GB' }],
      ]),
    });
    const exported = statementsExport({ slug: 'bridge', title: 'Bridge', asOf: '2024-05-03', url: '/bridge/' }, model);
    expect(exported.statements).toEqual([
      {
        id: 'every-bolt',
        story: 'bridge',
        speaker: { id: 'ana-lopez', name: 'Ana López' },
        role: 'Mayor',
        mode: 'direct',
        delivery: 'posted',
        platform: 'Town Forum',
        text: 'We checked.',
        displayText: 'We checked.',
        date: '2024-05',
        datePrecision: 'month',
        venue: null,
        channel: null,
        spokenLanguage: null,
        language: 'en',
        translator: null,
        citations: [
          {
            source: 'gazette',
            publisher: 'gazette',
            originalPublisher: 'gazette',
            republishes: null,
            checkedAgainst: { kind: 'none', stored: null },
            citing: [{ source: null, publisher: 'wire' }],
            label: 'Gazette, citing Wire',
          },
        ],
        renderings: [
          {
            text: 'We checked.',
            displayText: 'We checked.',
            language: 'en',
            original: false,
            kind: 'unknown',
            translator: null,
            label: 'published by Gazette, citing Wire',
            citations: [
              {
                source: 'gazette',
                publisher: 'gazette',
                originalPublisher: 'gazette',
                republishes: null,
                checkedAgainst: { kind: 'none', stored: null },
                citing: [{ source: null, publisher: 'wire' }],
                label: 'Gazette, citing Wire',
              },
            ],
          },
        ],
        answers: null,
        answeredBy: [],
        section: { id: 'article', title: 'The story' },
        anchor: '/bridge/#every-bolt',
      },
    ]);
  });
});

describe('dates as the page prints them', () => {
  it('writes days, months and years', () => {
    expect(formatDate('2025-06-29')).toBe('29 June 2025');
    expect(formatDate('2025-06')).toBe('June 2025');
    expect(formatDate('2025')).toBe('2025');
    expect(formatPartialDate(undefined)).toBe('Date not given');
  });
  it('writes periods within a month, across months, and of one day', () => {
    expect(formatPeriod({ from: '2025-06-24', to: '2025-06-25' })).toBe('24–25 June 2025');
    expect(formatPeriod({ from: '2025-04-30', to: '2025-08-15' })).toBe('30 April 2025 – 15 August 2025');
    expect(formatPeriod({ from: '2025-06-04' })).toBe('4 June 2025');
    expect(formatPeriod({ from: '2025-06-04', to: '2025-06-04' })).toBe('4 June 2025');
  });
});
