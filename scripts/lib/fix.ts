/**
 * `npm run check -- --fix`: the changes of the content format that can be made without a
 * judgement (CHANGELOG.md), made in place, each reported with its file and line:
 * - a source's `publisher:` written as the outlet's name becomes the id of its publisher
 *   file, and a publisher file with that name is made when there is none, its other values
 *   left empty for the editor;
 * - a source's `relays: <id>` moves to each statement taken from it, as `source="… citing <id>"`;
 * - `lang` on a `<Said>`, which named the language spoken, becomes `spoken` where the words are
 *   not in that language (the cited source is in another), as it would otherwise be an error.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parse } from 'yaml';
import { ID_PATTERN, suggestId } from '../../src/schemas/id-hints.ts';
import { CITING, splitCitations } from '../../src/schemas/statement.ts';
import { publisherYaml } from './new/publisher.ts';

/** One change made: where, and what. */
export interface Fix {
  file: string;
  line: number;
  what: string;
}

/** The `.yaml` files of a folder of the content, by id. */
function records(folder: string): Map<string, string> {
  if (!existsSync(folder)) return new Map();
  return new Map(
    readdirSync(folder)
      .filter((name) => name.endsWith('.yaml'))
      .map((name) => [name.slice(0, -'.yaml'.length), join(folder, name)]),
  );
}

/** A source's file and its values as read before any fix. */
interface SourceFile {
  id: string;
  path: string;
  data: Record<string, unknown>;
}

/** The `.mdx` files of every story folder. */
function storyFiles(contentDir: string): string[] {
  const explainers = join(contentDir, 'explainers');
  if (!existsSync(explainers)) return [];
  return readdirSync(explainers, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) =>
      readdirSync(join(explainers, entry.name))
        .filter((name) => name.endsWith('.mdx'))
        .map((name) => join(explainers, entry.name, name)),
    );
}

/** A YAML file's top-level mapping, or an empty one when it does not parse. */
function readRecord(path: string): Record<string, unknown> {
  try {
    const value: unknown = parse(readFileSync(path, 'utf8'));
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

/** The 1-based line of a character offset. */
function lineAt(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

/** A name folded for comparison: "The Independent" and "the  independent" are one. */
const folded = (name: string) => name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Sources whose publisher is written as a name: each becomes the id of the publisher file of
 * that name, made when missing.
 */
function fixPublisherNames(contentDir: string, sources: readonly SourceFile[], shown: (path: string) => string): Fix[] {
  const fixes: Fix[] = [];
  const publishers = records(join(contentDir, 'publishers'));
  const byName = new Map(
    [...publishers].flatMap(([id, path]) => {
      const name = readRecord(path)['name'];
      return typeof name === 'string' ? [[folded(name), id] as const] : [];
    }),
  );
  for (const { path, data } of sources) {
    const text = readFileSync(path, 'utf8');
    const written = data['publisher'];
    if (typeof written !== 'string' || ID_PATTERN.test(written)) continue;
    const id = byName.get(folded(written)) ?? suggestId(written);
    if (!id) continue;
    const line = /^publisher:.*$/m.exec(text);
    if (!line) continue;
    writeFileSync(path, `${text.slice(0, line.index)}publisher: ${id}${text.slice(line.index + line[0].length)}`);
    fixes.push({
      file: shown(path),
      line: lineAt(text, line.index),
      what: `publisher: "${written}" is now the id ${id}`,
    });
    if (publishers.has(id)) continue;
    const file = join(contentDir, 'publishers', `${id}.yaml`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(
      file,
      publisherYaml(
        [
          `Made by npm run check -- --fix for sources that named the outlet "${written}".`,
          'Fill in every value left "".',
        ],
        { name: written, description: '', country: '' },
      ),
    );
    publishers.set(id, file);
    byName.set(folded(written), id);
    fixes.push({
      file: shown(file),
      line: 1,
      what: `made the publisher ${id} ("${written}"): fill in its description and country`,
    });
  }
  return fixes;
}

/** The opening tags of the components that cite sources, quotes inside attribute values kept whole. */
const CITING_TAG = /<(Said|Version|Account)\b(?:[^>"']|"[^"]*"|'[^']*')*>/g;

/** Rewrites each matching opening tag of the story files; the fixes made. */
function editTags(
  contentDir: string,
  shown: (path: string) => string,
  edit: (tag: string, component: string) => { tag: string; what: string } | undefined,
): Fix[] {
  const fixes: Fix[] = [];
  for (const path of storyFiles(contentDir)) {
    const text = readFileSync(path, 'utf8');
    const result = text.replace(CITING_TAG, (tag: string, component: string, offset: number) => {
      const edited = edit(tag, component);
      if (!edited) return tag;
      fixes.push({ file: shown(path), line: lineAt(text, offset), what: edited.what });
      return edited.tag;
    });
    if (result !== text) writeFileSync(path, result);
  }
  return fixes;
}

/** Sources that relay another: the relay moves to every citation of the source alone. */
function fixRelays(contentDir: string, sources: readonly SourceFile[], shown: (path: string) => string): Fix[] {
  const fixes: Fix[] = [];
  const relays = new Map<string, string>();
  for (const { id, path, data } of sources) {
    const relayed = data['relays'];
    if (typeof relayed !== 'string') continue;
    const text = readFileSync(path, 'utf8');
    const line = /^relays:.*\n?/m.exec(text);
    if (!line) continue;
    relays.set(id, relayed);
    writeFileSync(path, `${text.slice(0, line.index)}${text.slice(line.index + line[0].length)}`);
    fixes.push({
      file: shown(path),
      line: lineAt(text, line.index),
      what: `relays: ${relayed} moved to the statements taken from ${id}`,
    });
  }
  if (relays.size === 0) return fixes;
  const moved = editTags(contentDir, shown, (tag) => {
    const source = /\bsource="([^"]*)"/.exec(tag);
    if (!source?.[1]) return undefined;
    const chains = splitCitations(source[1]);
    if (!chains.some((chain) => chain.length === 1 && relays.has(chain[0] ?? ''))) return undefined;
    const written = chains
      .map((chain) =>
        chain.length === 1 && relays.has(chain[0] ?? '') ? [...chain, relays.get(chain[0] ?? '')] : chain,
      )
      .map((chain) => chain.join(` ${CITING} `))
      .join(', ');
    return { tag: tag.replace(source[0], `source="${written}"`), what: `source="${written}"` };
  });
  return [...fixes, ...moved];
}

/** `lang` on a `<Said>` naming the language spoken, where the source is in another: now `spoken`. */
function fixSpokenLanguage(contentDir: string, sources: readonly SourceFile[], shown: (path: string) => string): Fix[] {
  const languages = new Map(sources.map(({ id, data }) => [id, data['language']] as const));
  return editTags(contentDir, shown, (tag, component) => {
    if (component !== 'Said' || /\bspoken=/.test(tag)) return undefined;
    const lang = /\blang="([^"]*)"/.exec(tag);
    const source = /\bsource="([^"]*)"/.exec(tag)?.[1];
    const first = source ? splitCitations(source)[0]?.[0] : undefined;
    const language = first ? languages.get(first) : undefined;
    if (!lang?.[1] || typeof language !== 'string' || language.split('-')[0] === lang[1].split('-')[0]) {
      return undefined;
    }
    return {
      tag: tag.replace(lang[0], `spoken="${lang[1]}"`),
      what: `lang="${lang[1]}" is now spoken="${lang[1]}": ${first ?? ''} is in ${language}`,
    };
  });
}

/** Makes every mechanical change of the content format in `contentDir`; the changes made. */
export function fixContent(contentDir: string, displayBase: string = process.cwd()): Fix[] {
  const shown = (path: string) => relative(displayBase, path) || path;
  // Each source read once: the fixes change lines of it, never the values the others read.
  const sources = [...records(join(contentDir, 'sources'))].map(([id, path]) => ({ id, path, data: readRecord(path) }));
  return [
    ...fixPublisherNames(contentDir, sources, shown),
    ...fixRelays(contentDir, sources, shown),
    ...fixSpokenLanguage(contentDir, sources, shown),
  ];
}
