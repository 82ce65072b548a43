import { displayLocale as locale } from '@/lib/format';

export { formatDay } from '@/lib/format';

/**
 * A figure as people read it: 1.280 in German, 1,280 in English; whole numbers for what is counted (persons,
 * events, locations), at most two decimals otherwise (hours).
 */
export function formatNumber(value: number, language: string, wholeNumbers = false): string {
  return new Intl.NumberFormat(locale(language), { maximumFractionDigits: wholeNumbers ? 0 : 2 }).format(value);
}

/** A change with its sign: +12, −3,5; zero without a sign. */
export function formatChange(value: number, language: string, wholeNumbers = false): string {
  return new Intl.NumberFormat(locale(language), {
    maximumFractionDigits: wholeNumbers ? 0 : 2,
    signDisplay: 'exceptZero',
  }).format(value);
}

/** 1.28 → "128 %" (de) or "128%" (en). */
export function formatPercent(ratio: number, language: string): string {
  return new Intl.NumberFormat(locale(language), { style: 'percent', maximumFractionDigits: 1 }).format(ratio);
}
