import { displayLocale, todayIso } from '@/lib/format';

export { formatDate, formatDay } from '@/lib/format';

/** A fraction (0–1) as whole percent points, e.g. 0.274 → "27". */
export function percentPoints(fraction: number, language: string): string {
  return new Intl.NumberFormat(displayLocale(language), { maximumFractionDigits: 0 }).format(fraction * 100);
}

/** Today in the browser's time zone, as a LocalDate. */
export function today(): string {
  return todayIso();
}
