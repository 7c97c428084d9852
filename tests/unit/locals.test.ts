import { AstroError } from 'astro/errors';
import { describe, expect, it } from 'vitest';
import { attachStoryLocals, type StoryLocals } from '../../src/locals.ts';

describe('Astro.locals.story', () => {
  it('throws an AstroError with a hint when a statement component renders outside a story page', () => {
    const locals = {} as App.Locals;
    attachStoryLocals(locals);
    expect(() => locals.story).toThrow(AstroError);
    expect(() => locals.story).toThrow('outside a story page');
  });

  it('hands over what the story page sets', () => {
    const locals = {} as App.Locals;
    attachStoryLocals(locals);
    const story = { statements: new Map(), sources: {} } as unknown as StoryLocals;
    locals.story = story;
    expect(locals.story).toBe(story);
  });
});
