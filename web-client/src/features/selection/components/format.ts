/** A date or date-time from the API as a date in the reader's language, e.g. "01.09.2026". */
export function formatDate(value: string, language: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(date);
}

/** A criterion's or topic's name in the reader's language (German otherwise). */
export function localName(item: { nameDe: string; nameEn: string }, language: string): string {
  return language.startsWith('en') ? item.nameEn : item.nameDe;
}
