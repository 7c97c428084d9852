/**
 * The problems that concern some stories: those in the stories' own files, and those in the
 * people and sources the stories cite. The whole content is still checked (a story can only
 * be judged against every person and source), but an editor working on one story sees only
 * what is theirs to fix.
 */
import type { MdxFile } from '../content/mdx.ts';
import { ACCOUNT_COMPONENT, findComponents, findStatements, VERSION_COMPONENT } from '../content/said-markup.ts';
import type { Problem } from '../content/problem.ts';
import type { ContentFiles } from '../content/read-content.ts';

/** The person and source ids some stories cite, read from the text as written (valid or not). */
export interface StoryReferences {
  people: Set<string>;
  sources: Set<string>;
}

/** Ids written in an attribute or a list: `"a b"`, `"a, b"` or `[a, b]`. */
function idsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(idsIn);
  return typeof value === 'string' ? value.split(/[\s,]+/).filter(Boolean) : [];
}

/** Every person and source the stories name, in `<Said by source>` and in `sources:` of their front matter. */
export function storyReferences(files: Pick<ContentFiles, 'stories'>, slugs: readonly string[]): StoryReferences {
  const people = new Set<string>();
  const sources = new Set<string>();
  for (const story of files.stories) {
    if (!slugs.includes(story.slug)) continue;
    const texts = [story.index, ...story.sections].filter((mdx): mdx is MdxFile => mdx !== undefined);
    for (const mdx of texts) {
      for (const statement of findStatements(mdx.tree)) {
        idsIn(statement.attributes['by']).forEach((id) => people.add(id));
        idsIn(statement.attributes['source']).forEach((id) => sources.add(id));
      }
      for (const element of [
        ...findComponents(mdx.tree, VERSION_COMPONENT),
        ...findComponents(mdx.tree, ACCOUNT_COMPONENT),
      ]) {
        idsIn(element.attributes['source']).forEach((id) => sources.add(id));
      }
    }
    const frontmatter: unknown = story.index?.frontmatter?.value;
    if (frontmatter !== null && typeof frontmatter === 'object') {
      if ('sources' in frontmatter) idsIn(frontmatter.sources).forEach((id) => sources.add(id));
      // Events and updates each name the source that reports them.
      for (const list of ['events', 'updates'] as const) {
        const items: unknown = list in frontmatter ? (frontmatter as Record<string, unknown>)[list] : undefined;
        if (!Array.isArray(items)) continue;
        for (const item of items as unknown[]) {
          if (item !== null && typeof item === 'object' && 'source' in item)
            idsIn(item.source).forEach((id) => sources.add(id));
        }
      }
    }
  }
  return { people, sources };
}

/** The publisher id a source file names, when it names one. */
function publisherOf(record: ContentFiles['sources'][number]): string {
  const { value } = record;
  return value !== null && typeof value === 'object' && 'publisher' in value && typeof value.publisher === 'string'
    ? value.publisher
    : '';
}

/** True when `file` is `folder` or lies inside it (paths as messages show them). */
function isInside(file: string, folder: string): boolean {
  return file === folder || file.startsWith(`${folder}/`) || file.startsWith(`${folder}\\`);
}

/**
 * The problems of some stories: in their folders, and in the files of the people and
 * sources (YAML and stored text) they cite.
 */
export function problemsOfStories<T extends Problem>(
  problems: readonly T[],
  files: Pick<ContentFiles, 'stories' | 'people' | 'sources' | 'sourceTexts' | 'publishers'>,
  slugs: readonly string[],
): T[] {
  const folders = files.stories.filter((story) => slugs.includes(story.slug)).map((story) => story.file);
  const cited = storyReferences(files, slugs);
  // A chain may cite a publisher by id, and every cited source names its publisher.
  const publishers = new Set([
    ...cited.sources,
    ...files.sources.filter((record) => cited.sources.has(record.id)).map(publisherOf),
  ]);
  const citedFiles = new Set([
    ...files.publishers.filter((record) => publishers.has(record.id)).map((record) => record.file),
    ...files.people.filter((record) => cited.people.has(record.id)).map((record) => record.file),
    ...files.sources.filter((record) => cited.sources.has(record.id)).map((record) => record.file),
    ...[...files.sourceTexts].filter(([id]) => cited.sources.has(id)).map(([, text]) => text.file),
  ]);
  return problems.filter(
    (problem) => citedFiles.has(problem.file) || folders.some((folder) => isInside(problem.file, folder)),
  );
}
