import { locale } from '@/lib/format';

/** A fraction (0–1) as whole percent points, e.g. 0.274 → "27". */
export function percentPoints(fraction: number, language: string): string {
  return new Intl.NumberFormat(locale(language), { maximumFractionDigits: 0 }).format(fraction * 100);
}
