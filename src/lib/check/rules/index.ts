/**
 * Every rule of the content check, grouped by what it looks at. A rule is a file of its own:
 * its id and documentation, then (content) → problems. Adding a rule means adding its file
 * here, a corpus case in tests/fixtures/invalid/, and running `npm run reference`, which
 * writes its entry in CONTENT.md.
 */
import type { ProblemGroup } from '../../content/problem.ts';
import type { Rule } from '../rule.ts';
import { allowedElements } from './mdx/allowed-elements.ts';
import { linkSchemes } from './mdx/link-schemes.ts';
import { noCodeExpressions } from './mdx/no-code-expressions.ts';
import { noImages } from './mdx/no-images.ts';
import { noImportExport } from './mdx/no-import-export.ts';
import { quotesInSources } from './quotes/quotes-in-sources.ts';
import { citePassages } from './quotes/cite-passages.ts';
import { replyPassages } from './quotes/reply-passages.ts';
import { duplicateRecordIds } from './records/duplicate-record-ids.ts';
import { fileNamesAreIds } from './records/file-names-are-ids.ts';
import { orphanSourceTexts } from './records/orphan-source-texts.ts';
import { capturedTexts } from './records/captured-texts.ts';
import { oneIdOneThing } from './records/one-id-one-thing.ts';
import { sameNamePeople } from './records/same-name-people.ts';
import { unknownPublishers } from './records/unknown-publishers.ts';
import { answers } from './statements/answers.ts';
import { citingOwnPublisher } from './statements/citing-own-publisher.ts';
import { republishes } from './records/republishes.ts';
import { replyBasis } from './statements/reply-basis.ts';
import { nearDuplicates } from './statements/near-duplicates.ts';
import { originalRecords } from './statements/original-records.ts';
import { translators } from './statements/translators.ts';
import { versionsOfStatements } from './statements/versions-of-statements.ts';
import { wordsLanguage } from './statements/words-language.ts';
import { events } from './story/events.ts';
import { changeDates } from './story/change-dates.ts';
import { correctionStatements } from './story/correction-statements.ts';
import { updateReferences } from './story/update-references.ts';
import { storyLinks } from './story/story-links.ts';
import { seriesParts } from './story/series-parts.ts';
import { keyQuotes } from './story/key-quotes.ts';
import { facts } from './story/facts.ts';
import { inShort } from './story/in-short.ts';
import { datedAfterSource } from './statements/dated-after-source.ts';
import { duplicateStatementIds } from './statements/duplicate-statement-ids.ts';
import { reservedAnchors } from './statements/reserved-anchors.ts';
import { roleChangedWithinDate } from './statements/role-changed-within-date.ts';
import { unknownSources } from './statements/unknown-sources.ts';
import { unknownSpeakers } from './statements/unknown-speakers.ts';
import { hasSections } from './story/has-sections.ts';
import { sectionOrders } from './story/section-orders.ts';
import { sectionsNeedAStory } from './story/sections-need-a-story.ts';
import { storyDates } from './story/story-dates.ts';
import { asOfAfterPublished } from './story/as-of-after-published.ts';
import { unknownMainSources } from './story/unknown-main-sources.ts';
import { archiveUrls } from './style/archive-urls.ts';
import { loadedVerbs } from './style/loaded-verbs.ts';
import { timeSensitive } from './style/time-sensitive.ts';

export const RULE_GROUPS: readonly ProblemGroup<Rule>[] = [
  {
    title: 'People, sources and publishers',
    kinds: [
      fileNamesAreIds,
      duplicateRecordIds,
      orphanSourceTexts,
      capturedTexts,
      unknownPublishers,
      oneIdOneThing,
      sameNamePeople,
      republishes,
    ],
  },
  {
    title: 'What a story file may contain',
    kinds: [noImportExport, noCodeExpressions, linkSchemes, noImages, allowedElements],
  },
  {
    title: 'Statements: what each `<Said>` refers to',
    kinds: [
      unknownSpeakers,
      unknownSources,
      citingOwnPublisher,
      datedAfterSource,
      duplicateStatementIds,
      reservedAnchors,
      versionsOfStatements,
      answers,
      replyBasis,
      wordsLanguage,
      translators,
      nearDuplicates,
      roleChangedWithinDate,
      originalRecords,
    ],
  },
  {
    title: 'The story as a whole',
    kinds: [
      sectionsNeedAStory,
      hasSections,
      unknownMainSources,
      sectionOrders,
      storyDates,
      asOfAfterPublished,
      events,
      changeDates,
      correctionStatements,
      updateReferences,
      storyLinks,
      seriesParts,
      keyQuotes,
      facts,
      inShort,
    ],
  },
  { title: 'Quotes against their sources', kinds: [quotesInSources, replyPassages, citePassages] },
  { title: 'Style: warnings an editor may choose to fix', kinds: [timeSensitive, archiveUrls, loadedVerbs] },
];

/** Every rule, in the order they run. */
export const RULES: readonly Rule[] = RULE_GROUPS.flatMap((group) => group.kinds);
