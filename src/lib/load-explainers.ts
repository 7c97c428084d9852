import { getCollection, type CollectionEntry } from 'astro:content';
import { buildExplainerModel, type ExplainerModel, type StatementView } from './page-model.ts';
import { statementEntryId } from './remark-statements.ts';

export interface ExplainerPageData {
  entry: CollectionEntry<'explainers'>;
  sections: CollectionEntry<'sections'>[];
  model: ExplainerModel;
}

/** The published stories, newest first. */
export async function publishedExplainers(): Promise<CollectionEntry<'explainers'>[]> {
  const entries = await getCollection('explainers', (entry) => entry.data.status === 'published');
  return entries.sort((a, b) => b.data.published.localeCompare(a.data.published) || a.id.localeCompare(b.id));
}

interface SiteModel {
  pages: ExplainerPageData[];
  /** Every statement's view by its collection id, for the `<Said>` components. */
  statements: Map<string, StatementView>;
}

let built: Promise<SiteModel> | undefined;

/**
 * The page models of the whole site. Built once per production build, since every statement
 * of every page asks for it; rebuilt on each request in dev, where content changes.
 */
function siteModel(): Promise<SiteModel> {
  if (import.meta.env.DEV) return buildSiteModel();
  built ??= buildSiteModel();
  return built;
}

/** Every published story's page model. */
export async function loadExplainerPages(): Promise<ExplainerPageData[]> {
  return (await siteModel()).pages;
}

/** Groups entries by the story they belong to, in one pass. */
function byStory<T>(entries: readonly T[], storyOf: (entry: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const entry of entries) {
    const story = storyOf(entry);
    const group = groups.get(story);
    if (group) group.push(entry);
    else groups.set(story, [entry]);
  }
  return groups;
}

/** Reads the collections once and builds every published story's page model. */
async function buildSiteModel(): Promise<SiteModel> {
  const [explainers, allSections, allStatements, people, sources] = await Promise.all([
    publishedExplainers(),
    getCollection('sections'),
    getCollection('statements'),
    getCollection('people'),
    getCollection('sources'),
  ]);
  const peopleById = new Map(people.map((entry) => [entry.id, entry.data]));
  const sourcesById = new Map(sources.map((entry) => [entry.id, entry.data]));
  const sectionsByStory = byStory(allSections, (section) => section.id.split('/')[0] ?? '');
  const statementsByStory = byStory(
    allStatements.map((statement) => statement.data),
    (statement) => statement.explainer,
  );
  const pages = explainers.map((entry) => {
    const sections = (sectionsByStory.get(entry.id) ?? []).sort((a, b) => a.data.order - b.data.order);
    const model = buildExplainerModel({
      mainSources: entry.data.sources,
      sections: sections.map((section) => ({ slug: section.id.slice(entry.id.length + 1), data: section.data })),
      statements: statementsByStory.get(entry.id) ?? [],
      people: peopleById,
      sources: sourcesById,
    });
    return { entry, sections, model };
  });
  const statements = new Map(
    pages.flatMap(({ entry, model }) =>
      model.statements.map((view) => [statementEntryId(entry.id, view.id), view] as const),
    ),
  );
  return { pages, statements };
}

/** A path inside the site, under the base path it is deployed to. */
export function sitePath(path = ''): string {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  return `${base}${path.replace(/^\//, '')}`;
}

/** One statement of one story, from the page model, by its collection id `<story>/<anchor>`. */
export async function findStatementView(entryId: string): Promise<StatementView | undefined> {
  return (await siteModel()).statements.get(entryId);
}
