import { getCollection, type CollectionEntry } from 'astro:content';
import { buildExplainerModel, type ExplainerModel } from './page-model.ts';

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

let built: Promise<ExplainerPageData[]> | undefined;

/**
 * Every published story's page model. Built once per production build, since every
 * statement of a page asks for it; rebuilt on each request in dev, where content changes.
 */
export function loadExplainerPages(): Promise<ExplainerPageData[]> {
  if (import.meta.env.DEV) return buildExplainerPages();
  built ??= buildExplainerPages();
  return built;
}

/** Reads the collections and builds every published story's page model. */
async function buildExplainerPages(): Promise<ExplainerPageData[]> {
  const [explainers, allSections, statements, people, sources] = await Promise.all([
    publishedExplainers(),
    getCollection('sections'),
    getCollection('statements'),
    getCollection('people'),
    getCollection('sources'),
  ]);
  const peopleById = new Map(people.map((entry) => [entry.id, entry.data]));
  const sourcesById = new Map(sources.map((entry) => [entry.id, entry.data]));
  return explainers.map((entry) => {
    const sections = allSections
      .filter((section) => section.id.startsWith(`${entry.id}/`))
      .sort((a, b) => a.data.order - b.data.order);
    const model = buildExplainerModel({
      mainSources: entry.data.sources,
      sections: sections.map((section) => ({ slug: section.id.slice(entry.id.length + 1), data: section.data })),
      statements: statements
        .filter((statement) => statement.data.explainer === entry.id)
        .map((statement) => statement.data),
      people: peopleById,
      sources: sourcesById,
    });
    return { entry, sections, model };
  });
}

/** A path inside the site, under the base path it is deployed to. */
export function sitePath(path = ''): string {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  return `${base}${path.replace(/^\//, '')}`;
}

/** One statement of one story, from the page model, by its collection id `<story>/<anchor>`. */
export async function findStatementView(entryId: string) {
  const slash = entryId.indexOf('/');
  const [story, id] = [entryId.slice(0, slash), entryId.slice(slash + 1)];
  const page = (await loadExplainerPages()).find((candidate) => candidate.entry.id === story);
  return page?.model.statements.find((statement) => statement.id === id);
}
