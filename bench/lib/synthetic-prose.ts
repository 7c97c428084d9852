/**
 * The prose of the synthetic stories: sentences drawn from small lists of bodies, acts and
 * matters of a harbour town, and the words of the statements made about them. Plain enough to
 * read, varied enough that no two statements of one speaker read alike.
 */
import type { Random } from './random.ts';

// prettier-ignore
export const BODIES = [
  'the council', 'the committee', 'the harbour board', 'the ministry', 'the union', 'the auditors',
  'the regional office', 'the port authority', 'the ferry company', 'the town hall', 'the inspectors', 'the assembly',
] as const;
// prettier-ignore
export const ACTS = [
  'reviewed', 'published', 'discussed', 'postponed', 'approved', 'questioned', 'examined', 'funded',
  'described', 'listed', 'rejected', 'amended', 'estimated', 'debated', 'signed', 'welcomed',
] as const;
// prettier-ignore
export const MATTERS = [
  'the budget for the new ferry', 'the report on water quality', 'the plan for the old bridge',
  'the contract for the dredging work', 'the schedule of the night buses', 'the survey of the sea wall',
  'the lease of the fish market', 'the rules for cruise ships', 'the design of the new terminal',
  'the cost of the lighthouse repairs', 'the study of the tidal flats', 'the map of the flood zones',
  'the tender for the harbour cranes', 'the fares of the island ferry', 'the census of the fishing fleet',
  'the audit of the pension fund', 'the proposal for a cycle lane', 'the inventory of the warehouses',
] as const;
// prettier-ignore
const MANNERS = [
  'after a long meeting', 'in a short statement', 'before the summer break', 'for the second time',
  'without a vote', 'in front of the press', 'at the request of residents', 'with some changes',
  'in a closed session', 'by a narrow margin', 'on the advice of engineers', 'in writing',
] as const;
// prettier-ignore
const REASONS = [
  'because the figures did not add up', 'since the residents asked for it', 'as the law requires',
  'so that the work can go on', 'because the money is there', 'since nobody objected',
  'as the engineers advised', 'because the tide tables changed', 'so that the ferries keep running',
  'because the old plan failed', 'since the lease has run out', 'as the auditors asked',
] as const;
/** Where a statement was made, for the statements that say so. */
export const VENUES = ['Press conference', 'Council meeting', 'Radio interview', 'Harbour board session'] as const;

export const capitalise = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/** One sentence of news prose: a body did something to a matter, in some manner. */
export function sentence(random: Random): string {
  return `${capitalise(random.pick(BODIES))} ${random.pick(ACTS)} ${random.pick(MATTERS)} ${random.pick(MANNERS)}.`;
}

/** A run of such sentences. */
export function prose(random: Random, sentences: number): string {
  return Array.from({ length: sentences }, () => sentence(random)).join(' ');
}

/** First-person words, long enough that two statements of one speaker never read alike. */
export function quoteWords(random: Random): string {
  const [first, second] = random.sample(MATTERS, 2);
  return `We ${random.pick(ACTS)} ${first ?? ''} ${random.pick(MANNERS)}, ${random.pick(REASONS)}, and we ${random.pick(ACTS)} ${second ?? ''} as well.`;
}

/** Reported words, to follow "… said that". */
export function paraphraseWords(random: Random): string {
  return `${random.pick(BODIES)} had ${random.pick(ACTS)} ${random.pick(MATTERS)} ${random.pick(REASONS)}`;
}
