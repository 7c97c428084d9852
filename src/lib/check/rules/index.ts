/**
 * Every rule of the content check, grouped by what it looks at. A rule is a file of its own:
 * (content) → problems. Adding a rule means adding its file here and a corpus case in
 * tests/fixtures/invalid/.
 */
import type { Rule } from '../content.ts';
import { allowedElements } from './mdx/allowed-elements.ts';
import { linkSchemes } from './mdx/link-schemes.ts';
import { noCodeExpressions } from './mdx/no-code-expressions.ts';
import { noImages } from './mdx/no-images.ts';
import { noImportExport } from './mdx/no-import-export.ts';
import { quotesInSources } from './quotes/quotes-in-sources.ts';
import { duplicateRecordIds } from './records/duplicate-record-ids.ts';
import { fileNamesAreIds } from './records/file-names-are-ids.ts';
import { orphanSourceTexts } from './records/orphan-source-texts.ts';
import { oneIdOneThing } from './records/one-id-one-thing.ts';
import { republishes } from './records/republishes.ts';
import { unknownPublishers } from './records/unknown-publishers.ts';
import { answers } from './statements/answers.ts';
import { nearDuplicates } from './statements/near-duplicates.ts';
import { originalRecords } from './statements/original-records.ts';
import { translators } from './statements/translators.ts';
import { versionsOfStatements } from './statements/versions.ts';
import { wordsLanguage } from './statements/words-language.ts';
import { events } from './story/events.ts';
import { changeDates } from './story/change-dates.ts';
import { correctionStatements } from './story/correction-statements.ts';
import { updateReferences } from './story/update-references.ts';
import { storyLinks } from './story/story-links.ts';
import { datedAfterSource } from './statements/dated-after-source.ts';
import { duplicateStatementIds } from './statements/duplicate-ids.ts';
import { reservedAnchors } from './statements/reserved-anchors.ts';
import { unknownSources } from './statements/unknown-sources.ts';
import { unknownSpeakers } from './statements/unknown-speakers.ts';
import { hasSections } from './story/has-sections.ts';
import { sectionOrders } from './story/section-orders.ts';
import { sectionsNeedAStory } from './story/sections-need-a-story.ts';
import { storyDates } from './story/story-dates.ts';
import { unknownMainSources } from './story/unknown-main-sources.ts';
import { archiveUrls } from './style/archive-urls.ts';
import { loadedVerbs } from './style/loaded-verbs.ts';
import { timeSensitive } from './style/time-sensitive.ts';

export const RULES: Record<string, Rule> = {
  // records: people and source files
  fileNamesAreIds,
  duplicateRecordIds,
  orphanSourceTexts,
  unknownPublishers,
  republishes,
  oneIdOneThing,
  // MDX policy: what a story file may contain
  noImportExport,
  noCodeExpressions,
  linkSchemes,
  noImages,
  allowedElements,
  // statements: what each <Said> refers to
  unknownSpeakers,
  unknownSources,
  datedAfterSource,
  duplicateStatementIds,
  reservedAnchors,
  versionsOfStatements,
  answers,
  wordsLanguage,
  translators,
  nearDuplicates,
  originalRecords,
  // the story as a whole
  sectionsNeedAStory,
  hasSections,
  unknownMainSources,
  sectionOrders,
  storyDates,
  events,
  changeDates,
  correctionStatements,
  updateReferences,
  storyLinks,
  // quotes against their sources
  quotesInSources,
  // style: warnings an editor may choose to fix
  timeSensitive,
  archiveUrls,
  loadedVerbs,
};
