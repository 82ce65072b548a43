/** The locale the app formats for: British English or German. */
export function displayLocale(language: string): string {
  return language === 'en' ? 'en-GB' : 'de-DE';
}

/** A calendar date (yyyy-mm-dd, a LocalDate) as a day, without shifting it through the local time zone. */
export function formatDay(isoDate: string, language: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return new Intl.DateTimeFormat(displayLocale(language), { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year!, month! - 1, day!)),
  );
}

/** A point in time (an ISO instant) as its date. */
export function formatDate(iso: string, language: string): string {
  return new Intl.DateTimeFormat(displayLocale(language), { dateStyle: 'medium' }).format(new Date(iso));
}

/** A point in time as its date and time. */
export function formatDateTime(iso: string, language: string): string {
  return new Intl.DateTimeFormat(displayLocale(language), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/** Today in the browser's time zone, as a LocalDate (yyyy-mm-dd). */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
