/** Collects the `<Said>` elements of a story into statements, reporting malformed ones. */
import { statementAttributesSchema, statementSchema } from '../../schemas/statement.ts';
import { findStatements, STATEMENT_COMPONENT, type FoundStatement } from '../statements.ts';
import type { ParsedStatement, ParsedStory } from './content.ts';
import type { Problem } from './problems.ts';
import { didYouMean } from './text-hints.ts';
import { fieldsAt } from './schema-keys.ts';

const ATTRIBUTES = fieldsAt(statementAttributesSchema, []);

function unknownAttributeHint(name: string): string {
  const guess = didYouMean(name, ATTRIBUTES);
  return `${guess ? `${guess} ` : ''}attributes that exist: ${ATTRIBUTES.join(', ')}`;
}

function attributeProblems(found: FoundStatement, at: Omit<Problem, 'severity' | 'message'>): Problem[] {
  const problem = (message: string, hint?: string): Problem => ({
    severity: 'error',
    ...at,
    message,
    ...(hint === undefined ? {} : { hint }),
  });
  if (found.nested) {
    return [
      problem(
        `<${STATEMENT_COMPONENT}> inside another <${STATEMENT_COMPONENT}>`,
        'close the first statement before opening the next',
      ),
    ];
  }
  if (found.expressionAttributes.length > 0) {
    return found.expressionAttributes.map((name) =>
      name === '{…}'
        ? problem(
            `<${STATEMENT_COMPONENT}> has a spread {…}, which is code a story may not contain`,
            'write each attribute out as name="value", e.g. by="yuri-ushakov"',
          )
        : problem(`attribute ${name} is written as code in {…}`, `write the value in quotes, e.g. ${name}="…"`),
    );
  }
  const attributes = statementAttributesSchema.safeParse(found.attributes);
  if (attributes.success) return [];
  return attributes.error.issues.flatMap((issue) => {
    const field = issue.path.join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) =>
        problem(`<${STATEMENT_COMPONENT}> has no attribute "${key}"`, unknownAttributeHint(key)),
      );
    }
    const name = String(issue.path[0]);
    const written = found.attributes[name];
    if (written === undefined) {
      return [
        problem(
          `<${STATEMENT_COMPONENT}> is missing the attribute "${field}"`,
          field === 'source'
            ? 'every statement needs a source: add source="…" with the id of a source file'
            : `add ${field}="…" (${issue.message})`,
        ),
      ];
    }
    if (issue.path.length > 1) {
      const ids = written.split(/[\s,]+/).filter(Boolean);
      return [problem(`${name}="${written}": the id "${ids[Number(issue.path[1])] ?? ''}" ${issue.message}`)];
    }
    return [problem(`${field}="${written}" ${issue.message}`)];
  });
}

/** The statements of a story in reading order; those that are malformed are reported and left out. */
export function parseStatements(story: ParsedStory, problems: Problem[]): ParsedStatement[] {
  const files = [
    ...(story.index ? [{ mdx: story.index.mdx, section: undefined }] : []),
    ...story.sections.map((section) => ({ mdx: section.mdx, section: section.slug })),
  ];
  const statements: ParsedStatement[] = [];
  for (const { mdx, section } of files) {
    for (const found of findStatements(mdx.tree)) {
      const at = { file: mdx.file, line: found.line, column: found.column };
      const malformed = attributeProblems(found, at);
      if (malformed.length > 0) {
        problems.push(...malformed);
        continue;
      }
      const parsed = statementSchema.safeParse({
        ...found.attributes,
        id: found.id,
        story: story.slug,
        section,
        text: found.text,
        position: statements.length,
        file: mdx.file,
        line: found.line,
      });
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          const field = issue.path.join('.');
          if (field === 'text') {
            const empty = found.attributes['mode'] === 'direct' ? 'the quote is empty' : 'the paraphrase is empty';
            problems.push({ severity: 'error', ...at, message: empty, hint: issue.message });
          } else if (field === 'id') {
            problems.push({
              severity: 'error',
              ...at,
              message: `cannot make an anchor for this statement: ${issue.message} (got "${found.id}")`,
              hint: 'add id="a-short-kebab-case-name"',
            });
          } else problems.push({ severity: 'error', ...at, message: `${field} ${issue.message}` });
        }
        continue;
      }
      statements.push({ ...parsed.data, column: found.column, idWritten: Boolean(found.attributes['id']), found });
    }
  }
  return statements;
}
