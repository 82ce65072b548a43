function locale(language: string): string {
  return language === 'en' ? 'en-GB' : 'de-DE';
}

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

/** A calendar date ("2017-06-27") without shifting it through the local time zone. */
export function formatDay(iso: string, language: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(locale(language), { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year!, month! - 1, day!)),
  );
}
