import { describe, expect, it } from 'vitest';
import { Document, LineCounter } from 'yaml';
import { problemsOfStories, storyReferences } from '../../src/lib/check/scope.ts';
import type { Problem } from '../../src/lib/content/problem.ts';
import type { ContentFiles, StoryFiles, YamlRecord } from '../../src/lib/content/read-content.ts';
import { parseMdx } from '../../src/lib/content/mdx.ts';

function record(folder: 'people' | 'sources', id: string): YamlRecord {
  return {
    id,
    file: `content/${folder}/${id}.yaml`,
    document: new Document({}),
    lineCounter: new LineCounter(),
    value: {},
  };
}

function story(slug: string, index: string | undefined, sections: Record<string, string> = {}): StoryFiles {
  const folder = `content/explainers/${slug}`;
  return {
    slug,
    file: folder,
    hasIndex: true,
    index: index === undefined ? undefined : parseMdx(`${folder}/index.mdx`, index),
    sections: Object.entries(sections).map(([name, text]) => parseMdx(`${folder}/${name}.mdx`, text)),
    sectionFileCount: Object.keys(sections).length,
  };
}

const files: ContentFiles = {
  publishers: [],
  people: ['ana', 'bo', 'cy', 'dee'].map((id) => record('people', id)),
  sources: ['gazette', 'radio', 'tv', 'paper'].map((id) => record('sources', id)),
  sourceTexts: new Map([
    ['radio', { file: 'content/sources/radio.txt', text: 'On air.' }],
    ['tv', { file: 'content/sources/tv.txt', text: 'On screen.' }],
  ]),
  stories: [
    story('bridge', '---\ntitle: "Bridge"\nsources: [gazette]\n---\n\n<Said by="ana" source="radio">Soon.</Said>\n', {
      council: '---\ntitle: "Council"\norder: 1\n---\n\nThen <Said by="bo" source="paper, radio">later</Said>.\n',
    }),
    // A story whose name begins with the other's: its folder is not inside the other's.
    story('bridge-2', '---\ntitle: "Again"\nsources: tv\n---\n\n<Said by="cy" source="tv">No.</Said>\n'),
    // A story whose index does not parse: its problems still belong to it.
    story('broken', undefined),
  ],
  problems: [],
};

function problemIn(file: string, severity: Problem['severity'] = 'error'): Problem {
  return { severity, file, line: 1, column: 1, message: `a problem in ${file}` };
}

const everywhere = [
  'content/explainers/bridge/index.mdx',
  'content/explainers/bridge/council.mdx',
  'content/explainers/bridge',
  'content/explainers/bridge-2/index.mdx',
  'content/explainers/broken/index.mdx',
  'content/explainers/stray.mdx',
  'content/people/ana.yaml',
  'content/people/bo.yaml',
  'content/people/cy.yaml',
  'content/people/dee.yaml',
  'content/sources/gazette.yaml',
  'content/sources/paper.yaml',
  'content/sources/radio.yaml',
  'content/sources/radio.txt',
  'content/sources/tv.yaml',
  'content/sources/tv.txt',
].map((file) => problemIn(file));

const filesOf = (problems: readonly Problem[]) => problems.map((problem) => problem.file);

describe('storyReferences', () => {
  it('collects speakers and sources from <Said> and the front matter, as written', () => {
    const cited = storyReferences(files, ['bridge']);
    expect([...cited.people].sort()).toEqual(['ana', 'bo']);
    expect([...cited.sources].sort()).toEqual(['gazette', 'paper', 'radio']);
  });
  it('reads a front matter sources list written as one string', () => {
    expect([...storyReferences(files, ['bridge-2']).sources]).toEqual(['tv']);
  });
  it('takes the sources that the story’s events and updates name', () => {
    const withChanges = story(
      'later',
      '---\ntitle: "Later"\nsources: [gazette]\nevents:\n  - { date: "2024-05-01", what: "A", source: tv }\nupdates:\n  - { date: "2024-05-02", text: "B", source: paper }\n---\n',
    );
    expect([...storyReferences({ stories: [withChanges] }, ['later']).sources].sort()).toEqual([
      'gazette',
      'paper',
      'tv',
    ]);
  });
  it('finds nothing for a story that does not exist', () => {
    const cited = storyReferences(files, ['nowhere']);
    expect([cited.people.size, cited.sources.size]).toEqual([0, 0]);
  });
});

describe('problemsOfStories', () => {
  it('keeps the problems of the story folder and of the people and sources it cites', () => {
    expect(filesOf(problemsOfStories(everywhere, files, ['bridge']))).toEqual([
      'content/explainers/bridge/index.mdx',
      'content/explainers/bridge/council.mdx',
      'content/explainers/bridge',
      'content/people/ana.yaml',
      'content/people/bo.yaml',
      'content/sources/gazette.yaml',
      'content/sources/paper.yaml',
      'content/sources/radio.yaml',
      'content/sources/radio.txt',
    ]);
  });
  it('does not take a folder whose name merely begins with the story slug', () => {
    expect(filesOf(problemsOfStories(everywhere, files, ['bridge-2']))).toEqual([
      'content/explainers/bridge-2/index.mdx',
      'content/people/cy.yaml',
      'content/sources/tv.yaml',
      'content/sources/tv.txt',
    ]);
  });
  it('keeps the problems of a story whose index does not parse', () => {
    expect(filesOf(problemsOfStories(everywhere, files, ['broken']))).toEqual(['content/explainers/broken/index.mdx']);
  });
  it('takes several stories at once, and keeps warnings as well as errors', () => {
    const problems = [problemIn('content/people/cy.yaml', 'warning'), problemIn('content/people/dee.yaml')];
    expect(problemsOfStories(problems, files, ['bridge', 'bridge-2'])).toEqual([problems[0]]);
  });
  it('leaves the problems it is given unchanged', () => {
    const before = structuredClone(everywhere);
    problemsOfStories(everywhere, files, ['bridge']);
    expect(everywhere).toEqual(before);
  });
});
