import { defineMdastPlugin, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { satteriTypography, smartPunctuation } from '../../src/markdown/satteri-typography.ts';
import { typeset } from '../../src/lib/text/typography.ts';

/** The text of a story's body as the page gets it, set with the site's Markdown settings. */
async function bodyText(source: string): Promise<string> {
  let text = '';
  const reader = defineMdastPlugin({
    name: 'read-back',
    after(root, ctx) {
      text = ctx.textContent(root);
    },
  });
  await mdxToJs(source, { mdastPlugins: [satteriTypography, reader], features: { smartPunctuation } });
  return text;
}

describe('the typography of a story’s body', () => {
  it('makes two hyphens an em dash and leaves three as written', async () => {
    expect(await bodyText('No -- not yet --- and never.\n')).toBe('No — not yet --- and never.');
  });

  it('makes the mark before a year cut short an apostrophe', async () => {
    expect(await bodyText("In the '90s. In '25, in the '90s-era.\n")).toBe('In the ’90s. In ’25, in the ’90s-era.');
  });

  it('leaves code as written', async () => {
    expect(await bodyText("Run `a--b` and `'90s`.\n")).toBe("Run a--b and '90s.");
  });

  it('is the typography of text from YAML', async () => {
    for (const prose of [
      "He said \"no\" -- it's the '90s... and '25, the Europeans' view.",
      '"Quote," she said, "with \'nested\' words" (and "brackets").',
      'Asked when, the aide answered: "It could happen at any moment."',
    ]) {
      expect(await bodyText(`${prose}\n`)).toBe(typeset(prose));
    }
  });
});
