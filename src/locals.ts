/**
 * What a story page hands to the components its MDX renders, as `Astro.locals.story`. The
 * middleware gives every request a `story` that throws until a story page sets it, so a
 * `<Said>`, `<Version>` or `<Account>` used anywhere else says so plainly instead of
 * rendering nothing. Starlight's `locals.starlightRoute` works the same way.
 */
import { AstroError } from 'astro/errors';
import type { SourceBook } from './lib/models/sources.ts';
import type { StatementView } from './lib/models/statement-view.ts';
import type { CiteView } from './lib/models/story-model.ts';

export interface StoryLocals {
  /** The statements of the story being rendered, by anchor: each `<Said>` finds its own. */
  statements: ReadonlyMap<string, StatementView>;
  /** The sources of the story, for `<Account>`, which names one by id. */
  sources: SourceBook;
  /** The story's `<Cite>`s by key ("index/1"): each finds its numbered mark. */
  cites: ReadonlyMap<string, CiteView>;
}

/** Gives `locals` a `story` that a story page sets before its MDX renders. */
export function attachStoryLocals(locals: App.Locals): void {
  let story: StoryLocals | undefined;
  Object.defineProperty(locals, 'story', {
    enumerable: true,
    configurable: true,
    get(): StoryLocals {
      if (story) return story;
      throw new AstroError(
        'A statement component was rendered outside a story page.',
        '<Said>, <Version>, <SourcesDiffer>, <Account> and <Cite> belong in the MDX files of content/explainers/<slug>/, which the story page renders.',
      );
    },
    set(value: StoryLocals) {
      story = value;
    },
  });
}
