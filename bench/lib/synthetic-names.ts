/**
 * The names in the synthetic content: the people quoted (first and last names and the offices
 * they hold), and the outlets that published what they said.
 */

// prettier-ignore
export const FIRST_NAMES = [
  'Ana', 'Bruno', 'Chiara', 'Dmitri', 'Elif', 'Farid', 'Greta', 'Hugo', 'Ines', 'Jonas',
  'Kira', 'Luca', 'Maren', 'Nikos', 'Olga', 'Pavel', 'Rosa', 'Sami', 'Tomas', 'Vera',
] as const;
export const LAST_NAMES = [
  'Adler',
  'Berg',
  'Costa',
  'Dahl',
  'Engel',
  'Falk',
  'Grau',
  'Holm',
  'Ivers',
  'Janssen',
] as const;
// prettier-ignore
export const OFFICES = [
  'Mayor of the harbour town', 'Chair of the port authority', 'Spokesperson for the regional council',
  'Minister of transport', 'Head of the dock workers union', 'Auditor of the harbour board',
  'Member of the regional assembly', 'Director of the ferry company', 'Deputy mayor', 'Chief engineer of the port',
] as const;
// prettier-ignore
export const OUTLETS = [
  'Harbour Gazette', 'Coast Radio', 'Morning Ledger', 'Port Courier', 'Valley Post', 'Evening Star',
  'Regional Herald', 'Island Times', 'Daily Compass', 'North Bulletin', 'River Weekly', 'Bay Observer',
  'Citizen Report', 'Market Journal', 'Lantern News', 'Capital Wire', 'Pier Review', 'Delta Voice',
  'Summit Tribune', 'Tidewater Press',
] as const;
export const COUNTRIES = ['GB', 'FR', 'DE', 'NL', 'DK', 'NO', 'SE', 'ES', 'IT', 'PT'] as const;
