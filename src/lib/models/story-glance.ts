/**
 * The story at a glance, gathered before the page renders: its facts box (who, where, when,
 * what came of it) and the list of its contents, which leads to each part of the page and to
 * the sidebar, wherever the page's width puts it.
 */
import {
  CORRECTIONS_ANCHOR,
  IN_SHORT_ANCHOR,
  sourceAnchor,
  speakerAnchor,
  TIMELINE_ANCHOR,
  UPDATES_ANCHOR,
} from '../anchors.ts';
import type { StoryFacts } from '../../schemas/facts.ts';
import type { Person } from '../../schemas/person.ts';
import { formatPeriod } from '../text/dates.ts';
import { typeset } from '../text/typography.ts';
import type { SourceBook } from './sources.ts';
import type { SpeakerGroup } from './story-model.ts';

/** One person of the facts box: their name, what they are, and where to read more of them. */
export interface FactsPerson {
  name: string;
  role: string;
  /** Their entry in the sidebar when the story quotes them, else their page. */
  href: string;
}

/** The facts box as the page shows it; each part only when the story gives it. */
export interface FactsView {
  who: FactsPerson[];
  where: string | undefined;
  when: { text: string; from: string; to: string | undefined } | undefined;
  outcome: { text: string; source: string; href: string } | undefined;
}

/** The facts box of a story, or undefined when its front matter gives none. */
export function buildFacts(
  facts: StoryFacts | undefined,
  {
    speakers,
    people,
    book,
    personHref,
  }: {
    speakers: readonly SpeakerGroup[];
    people: ReadonlyMap<string, Person>;
    book: SourceBook;
    personHref: (id: string) => string;
  },
): FactsView | undefined {
  if (!facts) return undefined;
  const who = (facts.who ?? []).map((id): FactsPerson => {
    const speaker = speakers.find((group) => group.id === id);
    if (speaker)
      return { name: speaker.name, role: speaker.role ?? speaker.description, href: `#${speakerAnchor(id)}` };
    const person = people.get(id);
    if (!person) throw new Error(`the facts box names "${id}", who is not among the people`);
    return { name: person.name, role: person.description, href: personHref(id) };
  });
  const outcome = facts.outcome && {
    text: typeset(facts.outcome.text),
    source: book.source(facts.outcome.source).byline,
    href: `#${sourceAnchor(facts.outcome.source)}`,
  };
  const when = facts.when && { text: formatPeriod(facts.when), from: facts.when.from, to: facts.when.to };
  return { who, where: facts.where && typeset(facts.where), when, outcome };
}

/** An entry of the contents list: the text of a part of the page and its anchor. */
export interface ContentsEntry {
  text: string;
  anchor: string;
  children: ContentsEntry[];
}

/** The parts a story page has: which of its optional parts show, and its background sections. */
export interface StoryParts {
  inShort: boolean;
  updates: boolean;
  corrections: boolean;
  timeline: boolean;
  sections: readonly { slug: string; title: string }[];
}

/** The contents list of a story page, in the order of the page; the sidebar last, as on a phone. */
export function buildContents(parts: StoryParts): ContentsEntry[] {
  const entry = (text: string, anchor: string, children: ContentsEntry[] = []): ContentsEntry => ({
    text,
    anchor,
    children,
  });
  return [
    ...(parts.inShort ? [entry('In short', IN_SHORT_ANCHOR)] : []),
    entry('The story', 'article'),
    ...(parts.updates ? [entry('What happened next', UPDATES_ANCHOR)] : []),
    ...(parts.corrections ? [entry('Corrections', CORRECTIONS_ANCHOR)] : []),
    ...(parts.sections.length > 0
      ? [
          entry(
            'Background',
            'background',
            parts.sections.map((section) => entry(typeset(section.title), section.slug)),
          ),
        ]
      : []),
    ...(parts.timeline ? [entry('Timeline', TIMELINE_ANCHOR)] : []),
    entry('Sources', 'sources'),
    entry('Who said what', 'who-said-what'),
  ];
}
