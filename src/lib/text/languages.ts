const names = new Intl.DisplayNames(['en'], { type: 'language' });

/** "ru" → "Russian": a language tag as readers say it. */
export function languageName(tag: string): string {
  try {
    return names.of(tag) ?? tag;
  } catch {
    return tag;
  }
}
