import { describe, expect, it } from 'vitest';
import { parseMdx } from '../../src/lib/content/mdx.ts';
import { deriveStatementId, findStatements } from '../../src/lib/content/said-markup.ts';

const SOURCE = `---
title: Test
---

The aide said <Said by="yuri-ushakov" mode="direct" source="unn">It could happen at any moment.</Said> on air.

<Said by="donald-trump" mode="paraphrase" source="unn" id="no-ceasefire-talk">
He did not talk about a ceasefire.

He wants to talk to Putin.
</Said>

Later <Said by="volodymyr-zelensky" mode="paraphrase" source="unn">обговорив системи Patriot</Said>.
`;

describe('findStatements', () => {
  const statements = findStatements(parseMdx('story.mdx', SOURCE).tree);

  it('finds every statement in reading order with its speaker and mode', () => {
    expect(statements.map((s) => [s.attributes['by'], s.attributes['mode']])).toEqual([
      ['yuri-ushakov', 'direct'],
      ['donald-trump', 'paraphrase'],
      ['volodymyr-zelensky', 'paraphrase'],
    ]);
  });
  it('gives the line and column where each statement starts', () => {
    expect(statements.map((s) => [s.line, s.column])).toEqual([
      [5, 15],
      [7, 1],
      [13, 7],
    ]);
  });
  it('tells inline statements from block ones', () => {
    expect(statements.map((s) => s.display)).toEqual(['inline', 'block', 'inline']);
  });
  it('joins the paragraphs of a block statement into one text', () => {
    expect(statements[1]?.text).toBe('He did not talk about a ceasefire. He wants to talk to Putin.');
  });
  it('keeps the paragraphs of a block statement apart, and an inline one as one paragraph', () => {
    expect(statements.map((s) => s.paragraphs)).toEqual([
      ['It could happen at any moment.'],
      ['He did not talk about a ceasefire.', 'He wants to talk to Putin.'],
      ['обговорив системи Patriot'],
    ]);
  });
  it('keeps a written id and derives the others from speaker and first words', () => {
    expect(statements.map((s) => s.id)).toEqual([
      'yuri-ushakov-it-could-happen-at-any',
      'no-ceasefire-talk',
      expect.stringMatching(/^volodymyr-zelensky-patriot$/),
    ]);
  });
});

describe('deriveStatementId', () => {
  it('drops accents and punctuation', () => {
    expect(deriveStatementId('ana-lopez', '¡Él dijo: «sí», mañana!')).toBe('ana-lopez-el-dijo-si-manana');
  });
  it('falls back to a stable hash for text with no Latin letters', () => {
    const id = deriveStatementId('yuri-ushakov', 'Это может произойти');
    expect(id).toMatch(/^yuri-ushakov-[0-9a-z]+$/);
    expect(deriveStatementId('yuri-ushakov', 'Это может произойти')).toBe(id);
  });
});
