/**
 * The cascade: every component's styles sit in the `components` layer, which comes after the
 * reset, the tokens and the base, so that a component beats base.css by its layer and never by
 * the order or the specificity of its selectors; and each breakpoint is written in one place.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = 'src';
const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).map((file) => join(SRC, file));
const read = (file: string) => readFileSync(file, 'utf8');
const withoutComments = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, '');

/** The style sheets a component bundles: its `<style>` blocks, not those written into the page as they are. */
function componentStyles(source: string): string[] {
  return [...source.matchAll(/<style(\s[^>]*)?>([\s\S]*?)<\/style>/g)]
    .filter(([, attributes = '']) => !attributes.includes('is:inline'))
    .map(([, , css = '']) => css);
}

/** Whether the whole sheet is one `@layer components { … }` block. */
function inComponentsLayer(css: string): boolean {
  const text = withoutComments(css).trim();
  const opening = /^@layer components\s*\{/.exec(text);
  if (!opening) return false;
  let depth = 0;
  for (let at = opening[0].length - 1; at < text.length; at++) {
    if (text[at] === '{') depth++;
    else if (text[at] === '}' && --depth === 0) return at === text.length - 1;
  }
  return false;
}

const astroFiles = files.filter((file) => file.endsWith('.astro'));
const sheets = astroFiles.flatMap((file) => componentStyles(read(file)).map((css) => [file, css] as const));

describe('component styles', () => {
  it('are found', () => {
    expect(sheets.length).toBeGreaterThan(20);
  });

  it.each(sheets)('%s: its <style> is one @layer components block', (_file, css) => {
    expect(inComponentsLayer(css)).toBe(true);
  });

  it('shared in src/styles/components.css are in the components layer too', () => {
    expect(inComponentsLayer(read(join(SRC, 'styles', 'components.css')))).toBe(true);
  });

  it('never need !important', () => {
    expect(sheets.filter(([, css]) => css.includes('!important')).map(([file]) => file)).toEqual([]);
  });
});

describe('the order of the layers', () => {
  const statement = /@layer [\w\s,-]+;/;
  it('is declared in the head before any sheet, as base.css declares it', () => {
    const head = /const CASCADE_LAYERS = '([^']*)'/.exec(read(join(SRC, 'layouts', 'BaseLayout.astro')))?.[1];
    expect(head).toBe('@layer reset, tokens, base, components;');
    expect(statement.exec(withoutComments(read(join(SRC, 'styles', 'base.css'))))?.[0]).toBe(head);
  });
});

describe('breakpoints', () => {
  const tokens = read(join(SRC, 'styles', 'tokens.css'));
  const named = new Map(
    [...tokens.matchAll(/breakpoint "([\w-]+)", ([\d.]+rem):/g)].map(([, name, width]) => [width, name]),
  );
  const uses = files
    .filter((file) => /\.(astro|css)$/.test(file))
    .flatMap((file) =>
      [...read(file).matchAll(/@media[^{]*\((?:min|max)-width:\s*([\d.]+rem)\)/g)].map(([query, width = '']) => ({
        file,
        query,
        width,
      })),
    );

  it('are all named in tokens.css', () => {
    expect(named.size).toBeGreaterThan(0);
    expect(uses.filter((use) => !named.has(use.width)).map((use) => `${use.file}: ${use.query}`)).toEqual([]);
  });

  it('are each written in one file, under a comment naming it', () => {
    for (const [width, name] of named) {
      const where = [...new Set(uses.filter((use) => use.width === width).map((use) => use.file))];
      expect(where, `${width} ("${name}")`).toHaveLength(1);
      const file = where[0] ?? '';
      expect(read(file).toLowerCase().includes(`breakpoint "${name}"`), `${file} names breakpoint "${name}"`).toBe(
        true,
      );
    }
  });
});
