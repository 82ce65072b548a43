import { locale } from '@/lib/format';

/** A figure as people read it: 1.280 in German, 1,280 in English; at most two decimals. */
export function formatNumber(value: number, language: string): string {
  return new Intl.NumberFormat(locale(language), { maximumFractionDigits: 2 }).format(value);
}

/** A change with its sign: +12, −3,5; zero without a sign. */
export function formatChange(value: number, language: string): string {
  return new Intl.NumberFormat(locale(language), { maximumFractionDigits: 2, signDisplay: 'exceptZero' }).format(value);
}

/** 1.28 → "128 %" (de) or "128%" (en). */
export function formatPercent(ratio: number, language: string): string {
  return new Intl.NumberFormat(locale(language), { style: 'percent', maximumFractionDigits: 1 }).format(ratio);
}
