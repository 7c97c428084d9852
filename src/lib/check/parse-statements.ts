/**
 * Collects the engine's components of a story: statements, their versions, and sources that
 * differ; and reads the attributes of any of them (parse-cites.ts reads `<Cite>` with these).
 */
import type { z } from 'astro/zod';
import {
  accountAttributesSchema,
  splitCitations,
  statementAttributesSchema,
  statementSchema,
  sourcesDifferAttributesSchema,
  versionAttributesSchema,
} from '../../schemas/statement.ts';
import type { MdxFile } from '../content/mdx.ts';
import {
  ACCOUNT_COMPONENT,
  findComponents,
  findStatements,
  SOURCES_DIFFER_COMPONENT,
  STATEMENT_COMPONENT,
  VERSION_COMPONENT,
  type FoundComponent,
} from '../content/said-markup.ts';
import type { ParsedAccount, ParsedStatement, ParsedStory, ParsedVersion } from './content.ts';
import type { Problem } from '../content/problem.ts';
import { readingProblem } from '../content/reading-problems.ts';
import { fieldsAt } from './schema-keys.ts';
import { didYouMean } from '../text/edit-distance.ts';

export type Place = Pick<Problem, 'file' | 'line' | 'column'>;

/** The id at `path` of what an editor wrote in `source="…"`, for messages. */
function citationIdAt(written: string, path: readonly PropertyKey[]): string {
  const chain = splitCitations(written)[Number(path[1])] ?? [];
  return (path[2] === 'citing' ? chain[Number(path[3]) + 1] : chain[0]) ?? '';
}

/** Validates the attributes of one element against its schema: the data, or what is wrong with them. */
export function readAttributes<S extends z.ZodType>(
  component: string,
  found: Pick<FoundComponent, 'attributes' | 'expressionAttributes'>,
  schema: S,
  at: Place,
): { data: z.output<S> } | { problems: Problem[] } {
  if (found.expressionAttributes.length > 0) {
    return {
      problems: found.expressionAttributes.map((name) =>
        name === '{…}'
          ? readingProblem(
              'attributes-as-code',
              at,
              `<${component}> has a spread {…}, which is code a story may not contain`,
              'write each attribute out as name="value", e.g. by="yuri-ushakov"',
            )
          : readingProblem(
              'attributes-as-code',
              at,
              `attribute ${name} is written as code in {…}`,
              `write the value in quotes, e.g. ${name}="…"`,
            ),
      ),
    };
  }
  const parsed = schema.safeParse(found.attributes);
  if (parsed.success) return { data: parsed.data };
  const known = fieldsAt(schema, []);
  return {
    problems: parsed.error.issues.flatMap((issue) => {
      if (issue.code === 'unrecognized_keys') {
        return issue.keys.map((key) => {
          const guess = didYouMean(key, known);
          return readingProblem(
            'unknown-attributes',
            at,
            `<${component}> has no attribute "${key}"`,
            `${guess ? `${guess} ` : ''}attributes that exist: ${known.join(', ')}`,
          );
        });
      }
      const name = String(issue.path[0]);
      const written = found.attributes[name];
      if (written === undefined) {
        return [
          readingProblem(
            'missing-attributes',
            at,
            `<${component}> is missing the attribute "${name}"`,
            name === 'source'
              ? 'every statement needs a source: add source="…" with the id of a source file'
              : `add ${name}="…" (${issue.message})`,
          ),
        ];
      }
      if (name === 'source' && issue.path.length > 1) {
        return [
          readingProblem(
            'attribute-values',
            at,
            `source="${written}": the id "${citationIdAt(written, issue.path)}" ${issue.message}`,
          ),
        ];
      }
      // A closed list of values (mode, delivery): the one meant, read from the first word written.
      const guess =
        issue.code === 'invalid_value'
          ? didYouMean(written.trim().split(/\s+/)[0]?.toLowerCase() ?? '', issue.values.map(String))
          : undefined;
      return [readingProblem('attribute-values', at, `${name}="${written}" ${issue.message}`, guess)];
    }),
  };
}

export function placeOf(mdx: MdxFile, found: { line: number; column: number }): Place {
  return { file: mdx.file, line: found.line, column: found.column };
}

export function storyFiles(story: ParsedStory) {
  return [
    ...(story.index ? [{ mdx: story.index.mdx, section: undefined }] : []),
    ...story.sections.map((section) => ({ mdx: section.mdx, section: section.slug })),
  ];
}

/** What is wrong with a `<Said>` written inside another component of the engine, and what to write instead. */
function insideMessage(around: string): [message: string, hint: string] {
  if (around === STATEMENT_COMPONENT) {
    return [
      `<${STATEMENT_COMPONENT}> inside another <${STATEMENT_COMPONENT}>`,
      'close the first statement before opening the next',
    ];
  }
  if (around === VERSION_COMPONENT) {
    return [
      `<${STATEMENT_COMPONENT}> inside <${VERSION_COMPONENT}>: a version is another rendering of a statement, and shows nothing where it is written`,
      `write the version's words without a <${STATEMENT_COMPONENT}>, and the statement itself as a <${STATEMENT_COMPONENT}> in the text`,
    ];
  }
  return [
    `<${STATEMENT_COMPONENT}> inside <${around}>: what sources that differ say is shown as their accounts, not as statements in "Who said what"`,
    `close the <${SOURCES_DIFFER_COMPONENT}> before the <${STATEMENT_COMPONENT}>, or write the account's words without it`,
  ];
}

/** The statements of a story in reading order; those that are malformed are reported and left out. */
export function parseStatements(story: ParsedStory, problems: Problem[]): ParsedStatement[] {
  const statements: ParsedStatement[] = [];
  for (const { mdx, section } of storyFiles(story)) {
    for (const found of findStatements(mdx.tree)) {
      const at = placeOf(mdx, found);
      const written = found.attributes['id'];
      const drop = () => {
        if (written) story.unparsedIds.add(written);
      };
      const around = found.inside.at(-1);
      if (around) {
        drop();
        problems.push(readingProblem('component-nesting', at, ...insideMessage(around)));
        continue;
      }
      const attributes = readAttributes(STATEMENT_COMPONENT, found, statementAttributesSchema, at);
      if ('problems' in attributes) {
        drop();
        problems.push(...attributes.problems);
        continue;
      }
      const parsed = statementSchema.safeParse({
        ...attributes.data,
        id: found.id,
        story: story.slug,
        section,
        text: found.text,
        idWritten: Boolean(found.attributes['id']),
        position: statements.length,
        file: mdx.file,
        line: found.line,
      });
      if (!parsed.success) {
        drop();
        for (const issue of parsed.error.issues) {
          const field = issue.path.join('.');
          if (field === 'text') {
            const empty = found.attributes['mode'] === 'direct' ? 'the quote is empty' : 'the paraphrase is empty';
            problems.push(readingProblem('empty-words', at, empty, issue.message));
          } else if (field === 'id') {
            problems.push(
              readingProblem(
                'attribute-values',
                at,
                `cannot make an anchor for this statement: ${issue.message} (got "${found.id}")`,
                'add id="a-short-kebab-case-name"',
              ),
            );
          } else problems.push(readingProblem('attribute-values', at, `${field} ${issue.message}`));
        }
        continue;
      }
      statements.push({ ...parsed.data, column: found.column, found });
    }
  }
  return statements;
}

/** The `<Version>` elements of a story: other renderings of its statements. */
export function parseVersions(story: ParsedStory, problems: Problem[]): ParsedVersion[] {
  return storyFiles(story).flatMap(({ mdx }) =>
    findComponents(mdx.tree, VERSION_COMPONENT).flatMap((found): ParsedVersion[] => {
      const at = placeOf(mdx, found);
      if (found.inside.length > 0) {
        problems.push(
          readingProblem(
            'component-nesting',
            at,
            `<${VERSION_COMPONENT}> inside <${found.inside.at(-1) ?? ''}>`,
            `put it on lines of its own after the paragraph of its <${STATEMENT_COMPONENT}>`,
          ),
        );
        return [];
      }
      const attributes = readAttributes(VERSION_COMPONENT, found, versionAttributesSchema, at);
      if ('problems' in attributes) {
        problems.push(...attributes.problems);
        return [];
      }
      if (!found.text) {
        problems.push(
          readingProblem(
            'empty-words',
            at,
            'the version is empty',
            `write the words of this rendering between <${VERSION_COMPONENT}> and </${VERSION_COMPONENT}>`,
          ),
        );
        return [];
      }
      return [{ ...attributes.data, text: found.text, paragraphs: found.paragraphs, ...at }];
    }),
  );
}

/** The `<Account>`s of every `<SourcesDiffer>` of a story. */
export function parseAccounts(story: ParsedStory, problems: Problem[]): ParsedAccount[] {
  const accounts: ParsedAccount[] = [];
  for (const { mdx } of storyFiles(story)) {
    for (const differ of findComponents(mdx.tree, SOURCES_DIFFER_COMPONENT)) {
      const at = placeOf(mdx, differ);
      const attributes = readAttributes(SOURCES_DIFFER_COMPONENT, differ, sourcesDifferAttributesSchema, at);
      if ('problems' in attributes) problems.push(...attributes.problems);
      const inside = findComponents({ type: 'root', children: [differ.element] } as never, ACCOUNT_COMPONENT);
      if (inside.length < 2) {
        problems.push(
          readingProblem(
            'sources-differ-accounts',
            at,
            `<${SOURCES_DIFFER_COMPONENT}> needs at least two <${ACCOUNT_COMPONENT}>s`,
            `write what each source says as <${ACCOUNT_COMPONENT} source="…">its words</${ACCOUNT_COMPONENT}>`,
          ),
        );
      }
    }
    for (const found of findComponents(mdx.tree, ACCOUNT_COMPONENT)) {
      const at = placeOf(mdx, found);
      if (found.inside.at(-1) !== SOURCES_DIFFER_COMPONENT) {
        problems.push(
          readingProblem(
            'component-nesting',
            at,
            `<${ACCOUNT_COMPONENT}> outside <${SOURCES_DIFFER_COMPONENT}>`,
            `put each <${ACCOUNT_COMPONENT}> inside the <${SOURCES_DIFFER_COMPONENT}> it belongs to`,
          ),
        );
        continue;
      }
      const attributes = readAttributes(ACCOUNT_COMPONENT, found, accountAttributesSchema, at);
      if ('problems' in attributes) {
        problems.push(...attributes.problems);
        continue;
      }
      if (!found.text) {
        problems.push(
          readingProblem(
            'empty-words',
            at,
            'the account is empty',
            `write the source's words between <${ACCOUNT_COMPONENT}> and </${ACCOUNT_COMPONENT}>`,
          ),
        );
        continue;
      }
      accounts.push({ source: attributes.data.source, text: found.text, paragraphs: found.paragraphs, ...at });
    }
  }
  return accounts;
}
