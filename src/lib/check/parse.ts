/**
 * The second step of the check, after reading: validates every record and front matter
 * against its schema and collects the statements, into the content the rules run over.
 */
import type { z } from 'astro/zod';
import { basename } from 'node:path';
import { storySchema } from '../../schemas/story.ts';
import { personSchema } from '../../schemas/person.ts';
import { publisherSchema } from '../../schemas/publisher.ts';
import { sectionSchema } from '../../schemas/section.ts';
import { sourceSchema } from '../../schemas/source.ts';
import type { MdxFile } from '../content/mdx.ts';
import type { ParsedContent, ParsedMdx, ParsedRecord, ParsedSection, ParsedSource, ParsedStory } from './content.ts';
import { parseAccounts, parseStatements, parseVersions } from './parse-statements.ts';
import { parseCites } from './parse-cites.ts';
import type { StoredText } from './quote-match.ts';
import type { Problem } from '../content/problem.ts';
import { readingProblem } from '../content/reading-problems.ts';
import type { ContentFiles, StoryFiles, YamlRecord } from '../content/read-content.ts';
import { fieldsAt } from './schema-keys.ts';
import { schemaProblems, yamlSyntaxProblems, type YamlPlace } from './yaml-issues.ts';

function validateYaml<S extends z.ZodType>(place: YamlPlace, schema: S, problems: Problem[]): z.output<S> | undefined {
  const syntax = yamlSyntaxProblems(place);
  if (syntax.length > 0) {
    problems.push(...syntax);
    return undefined;
  }
  // Unsafe or unreadable YAML has been reported where it was read.
  if (place.value === undefined && place.document.contents !== null) return undefined;
  const result = schema.safeParse(place.value ?? {});
  if (result.success) return result.data;
  problems.push(...schemaProblems(place, result.error.issues, (path) => fieldsAt(schema, path)));
  return undefined;
}

function recordPlace(record: YamlRecord): YamlPlace {
  return { ...record, firstLine: 1 };
}

function parseRecord<S extends z.ZodType>(
  record: YamlRecord,
  schema: S,
  problems: Problem[],
): ParsedRecord<z.output<S>> {
  const place = recordPlace(record);
  return { id: record.id, file: record.file, place, data: validateYaml(place, schema, problems) };
}

function parseFrontmatter<S extends z.ZodType>(
  mdx: MdxFile,
  schema: S,
  example: string,
  problems: Problem[],
): ParsedMdx<z.output<S>> {
  if (!mdx.frontmatter) {
    problems.push(
      readingProblem(
        'missing-front-matter',
        { file: mdx.file, line: 1, column: 1 },
        'the file has no front matter',
        `start it with a block between two "---" lines, e.g. ---\\n${example}\\n---`,
      ),
    );
    return { mdx, place: undefined, data: undefined };
  }
  const place: YamlPlace = { file: mdx.file, ...mdx.frontmatter };
  return { mdx, place, data: validateYaml(place, schema, problems) };
}

function parseStory(story: StoryFiles, problems: Problem[]): ParsedStory {
  const index = story.index
    ? parseFrontmatter(story.index, storySchema, 'title: "…"\\nsummary: "…"', problems)
    : undefined;
  const sections: ParsedSection[] = story.sections.map((mdx) => ({
    slug: basename(mdx.file, '.mdx'),
    ...parseFrontmatter(mdx, sectionSchema, 'title: "…"\\norder: 1', problems),
  }));
  sections.sort((a, b) => (a.data?.order ?? Infinity) - (b.data?.order ?? Infinity) || a.slug.localeCompare(b.slug));
  const parsed: ParsedStory = {
    slug: story.slug,
    file: story.file,
    hasIndex: story.hasIndex,
    index,
    sections,
    sectionFileCount: story.sectionFileCount,
    statements: [],
    unparsedIds: new Set(),
    versions: [],
    accounts: [],
    cites: [],
  };
  parsed.statements = parseStatements(parsed, problems);
  parsed.versions = parseVersions(parsed, problems);
  parsed.accounts = parseAccounts(parsed, problems);
  parsed.cites = parseCites(parsed, problems);
  return parsed;
}

/** Validates everything that was read, gathering what passed into the content the rules see. */
export function parseContent(files: ContentFiles): ParsedContent {
  const problems: Problem[] = [...files.problems];
  const publishers = new Map<string, ParsedRecord<z.output<typeof publisherSchema>>>();
  for (const record of files.publishers) {
    const parsed = parseRecord(record, publisherSchema, problems);
    if (!publishers.has(record.id)) publishers.set(record.id, parsed);
  }
  const people = new Map<string, ParsedRecord<z.output<typeof personSchema>>>();
  for (const record of files.people) {
    const parsed = parseRecord(record, personSchema, problems);
    if (!people.has(record.id)) people.set(record.id, parsed);
  }
  const sources = new Map<string, ParsedSource>();
  for (const record of files.sources) {
    const parsed = parseRecord(record, sourceSchema, problems);
    const stored = files.sourceTexts.get(record.id)?.text;
    const excerpt = parsed.data?.excerpt;
    const text: StoredText | undefined = excerpt || stored ? { excerpt, file: stored } : undefined;
    if (!sources.has(record.id)) sources.set(record.id, { ...parsed, text });
  }
  const stories = files.stories.map((story) => parseStory(story, problems));
  return { files, publishers, people, sources, stories, problems };
}
