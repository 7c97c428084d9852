import { defineMdastPlugin, type MdastPluginEntry, type SmartPunctuationOptions } from 'satteri';

/**
 * Sätteri's smart punctuation, less its dashes: it sets two hyphens as an en dash and three as
 * an em dash, where this site, like SmartyPants and `typeset` for text from YAML, makes two
 * hyphens an em dash. `satteriTypography` sets them instead.
 */
export const smartPunctuation: SmartPunctuationOptions = { dashes: false };

/** Two hyphens, not three or more: `--` is an em dash, `---` stays as written. */
const TWO_HYPHENS = /(?<!-)--(?!-)/g;
/** An opening quote before a year cut short (‘90s, ‘25): it is an apostrophe, ’90s. */
const QUOTE_BEFORE_YEAR = /\u2018(?=\d\d(?:s)?(?![\p{L}\p{N}]))/gu;

/** What a story's text needs, written straight: two hyphens, or an apostrophe before digits. */
const NEEDS_SETTING = /--|'\d/;

/**
 * Sets the two marks in which Sätteri's smart punctuation and the site's typography differ:
 * two hyphens as an em dash, and the apostrophe that shortens a year (’90s), which Sätteri
 * sometimes turns into an opening quote. Text nodes only, so code stays as written.
 */
export const satteriTypography: MdastPluginEntry = (document) =>
  NEEDS_SETTING.test(document.source)
    ? defineMdastPlugin({
        name: 'explainer-typography',
        text(node) {
          const value = node.value.replace(TWO_HYPHENS, '\u2014').replace(QUOTE_BEFORE_YEAR, '\u2019');
          return value === node.value ? undefined : { type: 'text', value };
        },
      })
    : null;
