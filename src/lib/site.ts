/** The site's own name and what it is, as pages, the feed, cards and structured data give them. */
export const SITE_NAME = 'Explainers';
export const SITE_DESCRIPTION =
  'Sourced explainers of news stories: who said what, when, where and through which source.';
