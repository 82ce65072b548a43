function locale(language: string): string {
  return language === 'en' ? 'en-GB' : 'de-DE';
}

/** A LocalDate (yyyy-mm-dd) as a day, without a time zone shift. */
export function formatDay(isoDate: string, language: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return new Intl.DateTimeFormat(locale(language), { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year!, month! - 1, day!)),
  );
}

export function formatDate(iso: string, language: string): string {
  return new Intl.DateTimeFormat(locale(language), { dateStyle: 'medium' }).format(new Date(iso));
}

/** A fraction (0–1) as whole percent points, e.g. 0.274 → "27". */
export function percentPoints(fraction: number, language: string): string {
  return new Intl.NumberFormat(locale(language), { maximumFractionDigits: 0 }).format(fraction * 100);
}

/** Today in the browser's time zone, as a LocalDate. */
export function today(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
