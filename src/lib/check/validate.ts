import type { z } from 'astro/zod';
import { basename } from 'node:path';
import type { RootContent } from 'mdast';
import { explainerSchema, type Explainer } from '../../schemas/explainer.ts';
import { personSchema, type Person } from '../../schemas/person.ts';
import { sectionSchema, type Section } from '../../schemas/section.ts';
import { sourceSchema, type Source } from '../../schemas/source.ts';
import { statementAttributesSchema, statementSchema, type Statement } from '../../schemas/statement.ts';
import { isJsxElement, walk, type MdxFile } from '../mdx.ts';
import { firstDay } from '../roles.ts';
import { findStatements, slugWords, STATEMENT_COMPONENT } from '../statements.ts';
import type { ContentFiles, StoryFiles, YamlRecord } from './read-content.ts';
import { unknownIdHint, type Problem } from './problems.ts';
import { fieldsAt } from './schema-keys.ts';
import { locate, schemaProblems, yamlSyntaxProblems, type YamlPlace } from './yaml-issues.ts';
import { ID_PATTERN } from '../../schemas/common.ts';

/** A source with the text stored for it, when there is any. */
export interface SourceRecord extends Source {
  id: string;
  /** The excerpt and the stored text file, joined: what quotes are checked against. */
  text?: string;
}

export interface PersonRecord extends Person {
  id: string;
}

export interface SectionRecord extends Section {
  slug: string;
  file: string;
}

/** A story whose every file passed validation. */
export interface StoryRecord extends Explainer {
  slug: string;
  file: string;
  sections: SectionRecord[];
  statements: Statement[];
}

/** The content, validated: what the site is built from. */
export interface ContentModel {
  people: Map<string, PersonRecord>;
  sources: Map<string, SourceRecord>;
  stories: StoryRecord[];
}

/** Anchors the page itself uses, which no section or statement may take. */
export const RESERVED_ANCHORS = ['main', 'article', 'who-said-what', 'sources', 'background', 'top'];

type Report = (problem: Omit<Problem, 'severity'> & { severity?: Problem['severity'] }) => void;

function validateYaml<S extends z.ZodType>(place: YamlPlace, schema: S, report: Report): z.output<S> | undefined {
  const syntax = yamlSyntaxProblems(place);
  if (syntax.length > 0) {
    syntax.forEach(report);
    return undefined;
  }
  const result = schema.safeParse(place.document.toJS() ?? {});
  if (result.success) return result.data;
  schemaProblems(place, result.error.issues, (path) => fieldsAt(schema, path)).forEach(report);
  return undefined;
}

function recordPlace(record: YamlRecord): YamlPlace {
  return { file: record.file, document: record.document, lineCounter: record.lineCounter, firstLine: 1 };
}

function frontmatterPlace(mdx: MdxFile, report: Report, example: string): YamlPlace | undefined {
  if (!mdx.frontmatter) {
    report({
      file: mdx.file,
      line: 1,
      column: 1,
      message: 'the file has no front matter',
      hint: `start it with a block between two "---" lines, e.g. ---\\n${example}\\n---`,
    });
    return undefined;
  }
  return { file: mdx.file, ...mdx.frontmatter };
}

/** A file or folder name that serves as an id must be one; reports it when it is not. */
function checkFileName(file: string, name: string, report: Report): boolean {
  if (ID_PATTERN.test(name)) return true;
  const suggestion = slugWords(name, Number.POSITIVE_INFINITY);
  report({
    file,
    line: 1,
    column: 1,
    message: `the name "${name}" is not an id: ids are lowercase letters, digits and hyphens`,
    hint: `rename it to "${suggestion}"`,
  });
  return false;
}

/** Elements, expressions and attributes that would run code or escape the page's design. */
function checkMdxSafety(mdx: MdxFile, report: Report): void {
  walk(mdx.tree, (node: RootContent) => {
    const at = { file: mdx.file, line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
    if (node.type === 'mdxjsEsm') {
      report({
        ...at,
        message: 'import and export are not allowed in a story',
        hint: `remove the line; <${STATEMENT_COMPONENT}> needs no import`,
      });
    } else if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      // A comment, {/* like this */}, is the one expression a story may hold.
      if (node.data?.estree?.body.length === 0) return;
      report({
        ...at,
        message: `{${node.value.trim().slice(0, 40)}} is code, which a story may not contain`,
        hint: 'write the text itself, or \\{ for a literal brace',
      });
    } else if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(node.url.trim())?.[1]?.toLowerCase();
      if (scheme && !['http', 'https', 'mailto'].includes(scheme)) {
        report({
          ...at,
          message: `the link "${node.url.slice(0, 40)}" is not a web address`,
          hint: 'links must start with https://, http:// or mailto:, or point inside the site',
        });
      }
    } else if (isJsxElement(node)) {
      const name = node.name ?? '<>';
      if (name !== STATEMENT_COMPONENT) {
        const raw = ['script', 'iframe', 'style', 'object', 'embed'].includes(name.toLowerCase());
        report({
          ...at,
          message: raw
            ? `<${name}> is not allowed: a story may not run code or embed pages`
            : `<${name}> is not a component of this engine`,
          hint: `use Markdown for formatting, and <${STATEMENT_COMPONENT}> for statements`,
        });
      }
      for (const attribute of node.attributes) {
        if (attribute.type !== 'mdxJsxAttribute') continue;
        if (/^on/i.test(attribute.name) || attribute.name === 'set:html') {
          report({
            ...at,
            message: `the attribute ${attribute.name} is not allowed: a story may not run code`,
            hint: 'remove it',
          });
        }
      }
    }
  });
}

interface StoryContext {
  people: Map<string, PersonRecord>;
  sources: Map<string, SourceRecord>;
  /** `person/<id>` and `source/<id>` of files that exist but have errors of their own. */
  invalid: Set<string>;
  report: Report;
}

function collectStatements(
  story: StoryFiles,
  files: { mdx: MdxFile; section?: string }[],
  context: StoryContext,
): Statement[] {
  const { people, sources, invalid, report } = context;
  const statements: Statement[] = [];
  const firstUse = new Map<string, Statement>();
  for (const { mdx, section } of files) {
    for (const found of findStatements(mdx.tree)) {
      const at = { file: mdx.file, line: found.line, column: found.column };
      if (found.nested) {
        report({
          ...at,
          message: `<${STATEMENT_COMPONENT}> inside another <${STATEMENT_COMPONENT}>`,
          hint: 'close the first statement before opening the next',
        });
        continue;
      }
      if (found.expressionAttributes.length > 0) {
        report({
          ...at,
          message: `attribute ${found.expressionAttributes.join(', ')} is written as code in {…}`,
          hint: 'write attribute values in quotes, e.g. by="yuri-ushakov"',
        });
        continue;
      }
      const attributes = statementAttributesSchema.safeParse(found.attributes);
      if (!attributes.success) {
        for (const issue of attributes.error.issues) {
          const field = issue.path.join('.');
          if (issue.code === 'unrecognized_keys') {
            report({
              ...at,
              message: `<${STATEMENT_COMPONENT}> has no attribute ${issue.keys.map((k) => `"${k}"`).join(', ')}`,
              hint: `attributes that exist: ${fieldsAt(statementAttributesSchema, []).join(', ')}`,
            });
          } else if (found.attributes[String(issue.path[0])] === undefined) {
            report({
              ...at,
              message: `<${STATEMENT_COMPONENT}> is missing the attribute "${field}"`,
              hint:
                field === 'source'
                  ? `every statement needs a source: add source="…" with one of: ${[...sources.keys()].join(', ')}`
                  : `add ${field}="…" (${issue.message})`,
            });
          } else if (issue.path.length > 1) {
            const [name, index] = issue.path;
            const ids = (found.attributes[String(name)] ?? '').split(/[\s,]+/).filter(Boolean);
            report({
              ...at,
              message: `${String(name)}="${found.attributes[String(name)] ?? ''}": the id "${ids[Number(index)] ?? ''}" ${issue.message}`,
            });
          } else {
            report({ ...at, message: `${field}="${found.attributes[field] ?? ''}" ${issue.message}` });
          }
        }
        continue;
      }
      const data = attributes.data;
      const parsed = statementSchema.safeParse({
        ...data,
        date: found.attributes['date'],
        source: found.attributes['source'],
        id: found.id,
        explainer: story.slug,
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
            report({
              ...at,
              message: data.mode === 'direct' ? 'the quote is empty' : 'the paraphrase is empty',
              hint: issue.message,
            });
          } else if (field === 'id') {
            report({
              ...at,
              message: `cannot make an anchor for this statement: ${issue.message} (got "${found.id}")`,
              hint: 'add id="a-short-kebab-case-name"',
            });
          } else report({ ...at, message: `${field} ${issue.message}` });
        }
        continue;
      }
      const statement = parsed.data;
      let valid = true;
      if (!people.has(statement.by)) {
        valid = false;
        if (!invalid.has(`person/${statement.by}`))
          report({
            ...at,
            message: `unknown person "${statement.by}" in by="${statement.by}"`,
            hint: unknownIdHint(statement.by, [...people.keys()], 'person'),
          });
      }
      for (const sourceId of statement.source) {
        const source = sources.get(sourceId);
        if (!source) {
          valid = false;
          if (!invalid.has(`source/${sourceId}`))
            report({
              ...at,
              message: `unknown source "${sourceId}" in source="${found.attributes['source'] ?? ''}"`,
              hint: unknownIdHint(sourceId, [...sources.keys()], 'source'),
            });
        } else if (statement.date && firstDay(statement.date.value) > source.date) {
          valid = false;
          report({
            ...at,
            message: `dated ${statement.date.value}, after its source "${sourceId}" was published on ${source.date}`,
            hint: 'a source cannot report what had not yet been said: check the date or the source',
          });
        }
      }
      const earlier = firstUse.get(statement.id);
      if (earlier) {
        valid = false;
        report({
          ...at,
          message: `duplicate statement id "${statement.id}": ${earlier.file}:${earlier.line} has it too`,
          hint: found.attributes['id']
            ? 'give each statement its own id'
            : 'the two start with the same words: add id="…" with a different name to one of them',
        });
      }
      if (RESERVED_ANCHORS.includes(statement.id)) {
        valid = false;
        report({
          ...at,
          message: `the id "${statement.id}" is used by the page itself`,
          hint: `choose another id; reserved: ${RESERVED_ANCHORS.join(', ')}`,
        });
      }
      if (valid) {
        firstUse.set(statement.id, statement);
        statements.push(statement);
      }
    }
  }
  return statements;
}

function validateStory(story: StoryFiles, context: StoryContext): StoryRecord | undefined {
  const { report } = context;
  if (!story.hasIndex) {
    for (const section of story.sections) {
      report({
        file: section.file,
        line: 1,
        column: 1,
        message: 'this section belongs to no explainer: its folder has no index.mdx',
        hint: `add ${story.file}/index.mdx with the story's front matter, or move the section into a story folder`,
      });
    }
    return undefined;
  }
  let ok = true;
  const counting: Report = (problem) => {
    if ((problem.severity ?? 'error') === 'error') ok = false;
    report(problem);
  };
  checkFileName(story.index?.file ?? story.file, story.slug, counting);
  let explainer: Explainer | undefined;
  if (story.index) {
    const place = frontmatterPlace(story.index, counting, 'title: "…"\\nsummary: "…"');
    explainer = place ? validateYaml(place, explainerSchema, counting) : undefined;
    checkMdxSafety(story.index, counting);
    for (const [index, sourceId] of (explainer?.sources ?? []).entries()) {
      if (!context.sources.has(sourceId) && !context.invalid.has(`source/${sourceId}`)) {
        counting({
          file: story.index.file,
          ...(place ? locate(place, ['sources', index]) : { line: 1, column: 1 }),
          message: `unknown source "${sourceId}" in the story's sources`,
          hint: unknownIdHint(sourceId, [...context.sources.keys()], 'source'),
        });
      }
    }
  } else ok = false;

  const sectionFiles: { mdx: MdxFile; section: SectionRecord }[] = [];
  const orders = new Map<number, string>();
  for (const mdx of story.sections) {
    const slug = basename(mdx.file, '.mdx');
    if (!checkFileName(mdx.file, slug, counting)) continue;
    const place = frontmatterPlace(mdx, counting, 'title: "…"\\norder: 1');
    const data = place ? validateYaml(place, sectionSchema, counting) : undefined;
    checkMdxSafety(mdx, counting);
    if (!data) continue;
    const taken = orders.get(data.order);
    if (taken) {
      counting({
        file: mdx.file,
        ...(place ? locate(place, ['order']) : { line: 1, column: 1 }),
        message: `order ${data.order} is already used by ${taken}`,
        hint: 'give each section its own order number',
      });
    }
    orders.set(data.order, mdx.file);
    sectionFiles.push({ mdx, section: { ...data, slug, file: mdx.file } });
  }
  if (story.index && story.sectionFileCount === 0) {
    counting({
      file: story.index.file,
      line: 1,
      column: 1,
      message: 'the explainer has no background sections',
      hint: `add at least one section as another .mdx file in ${story.file}/, with title and order in its front matter`,
    });
  }
  sectionFiles.sort((a, b) => a.section.order - b.section.order);
  const sections = sectionFiles.map(({ section }) => section);
  const ordered = [
    ...(story.index ? [{ mdx: story.index }] : []),
    ...sectionFiles.map(({ mdx, section }) => ({ mdx, section: section.slug })),
  ];
  const statements = collectStatements(story, ordered, { ...context, report: counting });
  const statementIds = new Set(statements.map((statement) => statement.id));
  for (const section of sections) {
    if (statementIds.has(section.slug) || RESERVED_ANCHORS.includes(section.slug)) {
      counting({
        file: section.file,
        line: 1,
        column: 1,
        message: `the section name "${section.slug}" is also the id of a statement or of the page`,
        hint: 'rename the file so that its anchor is unique on the page',
      });
    }
  }
  if (!ok || !explainer) return undefined;
  return { ...explainer, slug: story.slug, file: story.file, sections, statements };
}

/** Validates everything that was read and gathers it into the content model. */
export function validateContent(files: ContentFiles): { problems: Problem[]; model: ContentModel } {
  const problems: Problem[] = [...files.problems];
  const report: Report = (problem) => problems.push({ severity: 'error', ...problem });

  const people = new Map<string, PersonRecord>();
  const sources = new Map<string, SourceRecord>();
  const seen = new Map<string, string>();
  const dedupe = (kind: string, record: YamlRecord) => {
    const key = `${kind}/${record.id}`;
    const earlier = seen.get(key);
    if (earlier) {
      report({
        file: record.file,
        line: 1,
        column: 1,
        message: `duplicate ${kind} id "${record.id}": ${earlier} has it too`,
        hint: 'keep one file per id',
      });
      return false;
    }
    seen.set(key, record.file);
    return true;
  };
  const invalid = new Set<string>();
  const accept = <S extends z.ZodType>(kind: string, record: YamlRecord, schema: S): z.output<S> | undefined => {
    const named = checkFileName(record.file, record.id, report);
    const data = validateYaml(recordPlace(record), schema, report);
    if (named && data && dedupe(kind, record)) return data;
    invalid.add(`${kind}/${record.id}`);
    return undefined;
  };
  for (const record of files.people) {
    const data = accept('person', record, personSchema);
    if (data) people.set(record.id, { ...data, id: record.id });
  }
  const sourcePlaces = new Map<string, YamlPlace>();
  for (const record of files.sources) {
    const data = accept('source', record, sourceSchema);
    if (!data) continue;
    const stored = files.sourceTexts.get(record.id)?.text;
    const text = [data.excerpt, stored].filter(Boolean).join('\n\n');
    sources.set(record.id, { ...data, id: record.id, ...(text ? { text } : {}) });
    sourcePlaces.set(record.id, recordPlace(record));
  }
  for (const [id, { file }] of files.sourceTexts) {
    if (!sources.has(id) && !files.sources.some((record) => record.id === id)) {
      report({
        file,
        line: 1,
        column: 1,
        message: `this text belongs to no source: there is no sources/${id}.yaml`,
        hint: unknownIdHint(id, [...sources.keys()], 'source'),
      });
    }
  }
  for (const source of sources.values()) {
    if (source.relays && !sources.has(source.relays) && !invalid.has(`source/${source.relays}`)) {
      const place = sourcePlaces.get(source.id);
      report({
        file: place?.file ?? '',
        ...(place ? locate(place, ['relays']) : { line: 1, column: 1 }),
        message: `unknown source "${source.relays}" in relays`,
        hint: unknownIdHint(source.relays, [...sources.keys()], 'source'),
      });
    }
  }

  const context: StoryContext = { people, sources, invalid, report };
  const stories = files.stories
    .map((story) => validateStory(story, context))
    .filter((story): story is StoryRecord => story !== undefined);
  return { problems, model: { people, sources, stories } };
}
