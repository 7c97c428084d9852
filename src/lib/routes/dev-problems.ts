/**
 * The content problems the dev server shows in the page. Only the dev server imports this
 * module (the build stops on any error before a page is rendered), so the checker never
 * enters the built site.
 */
import { contentDir } from '../content/content-dir.ts';
import { buildReplyIndex } from '../models/replies.ts';
import { contentPass } from '../check/pass.ts';
import type { Problem } from '../content/problem.ts';
import { problemsOfStories } from '../check/scope.ts';
import { sortProblems } from '../content/problem.ts';

/** Every problem of the content, or only those of the named stories and what they use. */
export function contentProblems(slugs?: readonly string[]): Problem[] {
  const { problems, files } = contentPass(contentDir());
  return sortProblems(slugs ? problemsOfStories(problems, files, slugs) : problems);
}

/** The story folders of the content, broken ones included, so each has a page to show its problems on. */
export function storySlugs(): string[] {
  return contentPass(contentDir())
    .files.stories.filter((story) => story.hasIndex)
    .map((story) => story.slug);
}

/** A story's statements and the people and sources they name, as the check found them. */
export function checkedStory(slug: string) {
  const { model } = contentPass(contentDir());
  const story = model.stories.find((candidate) => candidate.slug === slug);
  if (!story) return undefined;
  const statements = model.stories.flatMap((candidate) => candidate.statements);
  return {
    statements: story.statements,
    accounts: story.accounts,
    cites: story.cites,
    people: model.people,
    sources: model.sources,
    publishers: model.publishers,
    fullTexts: new Set([...model.sources.values()].flatMap((source) => (source.text?.file ? [source.id] : []))),
    replies: buildReplyIndex(statements, model.people),
  };
}
