/**
 * The problems met before any rule runs, while the content is read and parsed: files that
 * cannot be read, YAML and MDX that do not parse, fields and attributes their schemas refuse.
 * Each kind has a stable id, printed after its problems and documented in CONTENT.md beside
 * the rules (check/rules/).
 */
import type { Problem, ProblemGroup, ProblemKind } from './problem.ts';

export const READING_GROUPS = [
  {
    title: 'Files and folders',
    kinds: [
      {
        id: 'regular-files',
        severity: 'error',
        docs: 'Content files are regular files inside `content/`: symbolic links, named pipes and devices are not read.',
        fix: 'Put the file itself (a copy, not a link) in its place, or remove it.',
        example:
          'content/sources/town-gazette-2024-05-02.txt is a symbolic link; content files must be regular files inside content/  (replace the link with the file or folder itself (a copy, not a link): links are not followed)',
      },
      {
        id: 'unreadable-files',
        severity: 'error',
        docs: 'Every content file can be opened and read.',
        fix: 'Check that the file exists and that its permissions let it be read.',
        example: 'the file cannot be read (EACCES)  (check that the file exists and may be read)',
      },
      {
        id: 'file-size',
        severity: 'error',
        docs: 'No content file is larger than 1 MiB.',
        fix: 'Split a long story into sections, and keep in a source text only the passages its quotes need.',
        example:
          'the file is 1.3 MiB, more than the 1.0 MiB a content file may have  (split a long story into sections, and keep in a source text only the passages that hold its quotes)',
      },
      {
        id: 'reserved-story-names',
        severity: 'error',
        docs: "A story folder does not take the name of one of the site's own pages, such as `people`, `search` or `timeline`.",
        fix: 'Rename the folder: a story is published at `/<folder name>/`.',
        example: 'the story folder "search" has the name of one of the site\'s own pages (/search/)  (rename the folder: a story is published at /<folder name>/, and /search/ belongs to the site)',
      },
      {
        id: 'md-files',
        severity: 'error',
        docs: 'A story is written in `.mdx` files: a `.md` file in a story folder would be left out.',
        fix: 'Rename the file to `.mdx`.',
        example: 'a story is written in .mdx files; this .md file would be left out  (rename it to timeline.mdx)',
      },
      {
        id: 'sections-outside-stories',
        severity: 'error',
        docs: 'No `.mdx` file sits directly in `explainers/`, outside a story folder.',
        fix: "Move it into its story's folder, `content/explainers/<story-slug>/`.",
        example: 'this section belongs to no explainer: it is not inside a story folder  (move it to content/explainers/<story-slug>/notes.mdx)',
      },
    ],
  },
  {
    title: 'YAML and front matter',
    kinds: [
      {
        id: 'yaml-syntax',
        severity: 'error',
        docs: 'Every YAML file and every front matter parses.',
        fix: 'Check the indentation, and put text containing `: ` or `#` in quotes.',
        example: 'the YAML does not parse: Nested mappings are not allowed in compact mappings  (check the indentation and put text containing ": " or "#" in quotes)',
      },
      {
        id: 'unsafe-yaml',
        severity: 'error',
        docs: 'YAML repeats its aliases (`*name`) no more than 100 times, and each names an anchor (`&name`) above it and outside it: anything else could exhaust the memory.',
        fix: 'Write the values out in full instead of repeating them with `&anchor` and `*alias`.',
        example: 'the YAML repeats its aliases (*a) more than 100 times, which could exhaust the memory: it is not read  (write the values out in full instead of repeating them with &anchor and *alias)',
      },
      {
        id: 'missing-front-matter',
        severity: 'error',
        docs: 'Every story and section file starts with its front matter, between two `---` lines.',
        fix: 'Start the file with its front matter; the tables above list its fields.',
        example: 'the file has no front matter  (start it with a block between two "---" lines, e.g. ---\\ntitle: "…"\\norder: 1\\n---)',
      },
      {
        id: 'unknown-fields',
        severity: 'error',
        docs: 'Records and front matter have only the fields their schema knows.',
        fix: 'Fix the spelling: the hint names the field meant and lists the fields that exist.',
        example: 'unknown field "sumary": did you mean "summary"?  (rename it "summary:"; fields that exist here: title, summary, published, asOf, status, sources, events, updates, corrections, series, facts, tags, keyQuote, acknowledge)',
      },
      {
        id: 'missing-fields',
        severity: 'error',
        docs: 'Records and front matter have every field they require.',
        fix: 'Add the field with its value (the tables above say which are required).',
        example: 'required field "title" is missing  (add "title:" with its value (the title is required))',
      },
      {
        id: 'field-values',
        severity: 'error',
        docs: 'Every value has the form its field asks for: dates written `YYYY-MM-DD`, web addresses starting with `https://` or `http://`, ids in kebab-case, and so on.',
        fix: 'Write the value as the message asks, e.g. a date as `2025-06-29` and one that is on the calendar; the tables above describe each field.',
        example: 'published must be a date written YYYY-MM-DD, e.g. "2025-06-29" (got "2024/05/03")',
      },
    ],
  },
  {
    title: 'Components and their attributes',
    kinds: [
      {
        id: 'mdx-syntax',
        severity: 'error',
        docs: 'Every story file parses as MDX, each tag closed.',
        fix: 'Close every tag you open, and write `<` and `{` in text as `\\<` and `\\{`.',
        example: 'the MDX does not parse: <Said> opened here is never closed  (close every tag you open: add </Said> after the statement\'s words)',
      },
      {
        id: 'attributes-as-code',
        severity: 'error',
        docs: 'Attributes of the components are written as `name="value"`, never as code in `{…}` or a spread.',
        fix: 'Write each value in quotes, e.g. `by="yuri-ushakov"`.',
        example: 'attribute by is written as code in {…}  (write the value in quotes, e.g. by="…")',
      },
      {
        id: 'unknown-attributes',
        severity: 'error',
        docs: 'Components have only the attributes they know.',
        fix: 'Fix the spelling: the hint lists the attributes that exist.',
        example: '<Said> has no attribute "idd"  (did you mean "id"? attributes that exist: by, mode, source, date, venue, channel, spoken, lang, translator, translation, delivery, answers, replyPassage, replyBasis, id)',
      },
      {
        id: 'missing-attributes',
        severity: 'error',
        docs: 'Components have every attribute they require: a `<Said>` its `by`, `mode` and `source`.',
        fix: 'Add the attribute, e.g. `source="…"` with the id of a source file.',
        example: '<Said> is missing the attribute "source"  (every statement needs a source: add source="…" with the id of a source file)',
      },
      {
        id: 'attribute-values',
        severity: 'error',
        docs: 'Every attribute has a value of the form it asks for: a `mode` of `direct` or `paraphrase`, a `delivery` of `said`, `told`, `wrote` or `posted on <platform>`, one source for a `<Cite>`, dates written `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, ids in kebab-case, and so on.',
        fix: 'Write the value as the message asks: `mode="direct"` for exact words and `mode="paraphrase"` otherwise, dates as `2025-06-29`, `2025-06` or `2025`; the tables above describe each attribute.',
        example: 'mode="quote" must be one of: direct, paraphrase',
      },
      {
        id: 'empty-words',
        severity: 'error',
        docs: 'Every statement, version and account has words between its tags.',
        fix: 'Put the words between the opening and the closing tag.',
        example: 'the quote is empty  (has no words: write the quote or the paraphrase between <Said> and </Said>)',
      },
      {
        id: 'component-nesting',
        severity: 'error',
        docs: 'No `<Said>` is inside another, nor inside a `<Version>` (which would hide it) or an `<Account>` (which would put a source\'s words in "Who said what"); a `<Version>` stands on lines of its own, an `<Account>` is inside a `<SourcesDiffer>`, and a `<Cite>` is outside any other component.',
        fix: "Close the first statement before opening the next, and write a version's or an account's words without a `<Said>`; put each `<Version>` after its statement's paragraph, each `<Account>` inside its `<SourcesDiffer>`, and each `<Cite>` after the words it backs.",
        example: '<Said> inside another <Said>  (close the first statement before opening the next)',
      },
      {
        id: 'self-closing-cites',
        severity: 'error',
        docs: "A `<Cite>` closes at once: the source's words that back the claim are its `passage`, not words between its tags.",
        fix: 'Write `<Cite source="…" passage="…" />` after the words it backs.',
        example:
          '<Cite> has words between its tags  (write the source\'s words in passage="…" and close it at once: <Cite source="…" passage="…" />)',
      },
      {
        id: 'sources-differ-accounts',
        severity: 'error',
        docs: 'A `<SourcesDiffer>` holds at least two `<Account>`s: what each source says.',
        fix: 'Write what each source says as `<Account source="…">its words</Account>`.',
        example: '<SourcesDiffer> needs at least two <Account>s  (write what each source says as <Account source="…">its words</Account>)',
      },
    ],
  },
] as const satisfies readonly ProblemGroup[];

/** The id of a problem met while reading, e.g. "yaml-syntax". */
export type ReadingProblemId = (typeof READING_GROUPS)[number]['kinds'][number]['id'];

const KINDS = new Map<string, ProblemKind>(
  READING_GROUPS.flatMap((group) => group.kinds.map((kind): [string, ProblemKind] => [kind.id, kind])),
);

/** A problem met while reading, at a place, of the kind `id`. */
export function readingProblem(
  id: ReadingProblemId,
  at: { file: string; line: number; column: number },
  message: string,
  hint?: string,
): Problem {
  return {
    severity: KINDS.get(id)?.severity ?? 'error',
    ...at,
    message,
    ...(hint === undefined ? {} : { hint }),
    rule: id,
  };
}
