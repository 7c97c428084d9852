/**
 * Every id the explainer page gives an element, in one place: the page's own anchors, and
 * the prefixes of the anchors it makes for speakers, sidebar entries and sources. A section
 * file name or a statement id becomes an anchor too, so none may take one of these.
 */

/** Anchors of the page itself. */
export const PAGE_ANCHORS = [
  'main',
  'top',
  'article',
  'article-title',
  'who-said-what',
  'background',
  'sources',
  'sources-title',
  'content-problems',
  'what-happened-next',
  'corrections',
  'story-timeline',
  'in-short',
  'facts',
  'contents',
] as const;

/** Prefixes of the anchors the page makes from ids. */
export const ANCHOR_PREFIXES = {
  sidebarEntry: 'wsw-',
  speaker: 'speaker-',
  source: 'source-',
  versions: 'versions-',
  citation: 'cite-',
  correction: 'correction-',
  update: 'update-',
} as const;

/** The page's sections of updates, corrections and its own timeline. */
export const UPDATES_ANCHOR = 'what-happened-next';
export const CORRECTIONS_ANCHOR = 'corrections';
/** The story at a glance: its key points, its facts box and its contents list. */
export const IN_SHORT_ANCHOR = 'in-short';
export const FACTS_ANCHOR = 'facts';
export const CONTENTS_ANCHOR = 'contents';
/** Not "timeline", which a section file could be named. */
export const TIMELINE_ANCHOR = 'story-timeline';

/** The anchor of the `n`th citation mark (from 1) of a statement: `cite-<statement-id>-<n>`. */
export function citationAnchor(statementId: string, n: number): string {
  return `${ANCHOR_PREFIXES.citation}${statementId}-${String(n)}`;
}

/**
 * The anchor of the `n`th `<Cite>` (from 1) of a story: `cite-<n>`. A statement's marks have
 * a hyphen more (`cite-<statement-id>-<n>`), so the two never meet.
 */
export function citeAnchor(n: number): string {
  return `${ANCHOR_PREFIXES.citation}${String(n)}`;
}

/** The anchor of the `n`th correction of a story (from 1): `correction-<n>`. */
export function correctionAnchor(n: number): string {
  return `${ANCHOR_PREFIXES.correction}${String(n)}`;
}

/** The anchor of the `n`th update of a story (from 1): `update-<n>`. */
export function updateAnchor(n: number): string {
  return `${ANCHOR_PREFIXES.update}${String(n)}`;
}

/** The anchor of a statement's entry in the "Who said what" sidebar. */
export function sidebarAnchor(statementId: string): string {
  return `${ANCHOR_PREFIXES.sidebarEntry}${statementId}`;
}

/** The anchor of a speaker's group in the sidebar. */
export function speakerAnchor(personId: string): string {
  return `${ANCHOR_PREFIXES.speaker}${personId}`;
}

/** The anchor of the list of a statement's versions, in its sidebar entry. */
export function versionsAnchor(statementId: string): string {
  return `${ANCHOR_PREFIXES.versions}${statementId}`;
}

/** The anchor of a source in the page's source list. */
export function sourceAnchor(sourceId: string): string {
  return `${ANCHOR_PREFIXES.source}${sourceId}`;
}

/**
 * Why an id written by an editor (a statement id, a section file name) cannot be an anchor
 * on the page, or undefined when it can.
 */
export function reservedAnchorReason(id: string): string | undefined {
  if ((PAGE_ANCHORS as readonly string[]).includes(id)) return `"${id}" is an anchor of the page itself`;
  const prefix = Object.values(ANCHOR_PREFIXES).find((candidate) => id.startsWith(candidate));
  if (prefix) return `ids starting with "${prefix}" are kept for the page's own anchors`;
  return undefined;
}
