import { useTranslation } from 'react-i18next';
import type { OutreachReport, ReportIndicatorFigures } from '../api/get-outreach-report';
import { formatDay } from '@/lib/format';
import { formatChange, formatNumber, formatPercent } from './format';

export function indicatorName(indicator: ReportIndicatorFigures, language: string): string {
  return language === 'en' ? indicator.nameEn : indicator.nameDe;
}

/** The unit in the reader's language and number: "1 Person", "3.271 Personen", "13 locations"; an unknown unit as entered. */
export function useUnit() {
  const { t } = useTranslation('metrics');
  return (unit: string, count: number) => t(`units.${unit}`, { count, defaultValue: unit });
}

/** The hard facts: one card per indicator with its value, the change against the previous range and the target attainment. */
export function FigureCards({ report }: { report: OutreachReport }) {
  const { t, i18n } = useTranslation('metrics');
  const unitOf = useUnit();
  const language = i18n.language;
  if (report.indicators.length === 0) return <p>{t('facts.empty')}</p>;
  const partial = report.indicators.some((indicator) => indicator.partial);
  return (
    <>
      {partial && <p className="fact-cards__note">{t('facts.partialNote')}</p>}
      <ul className="fact-cards">
        {report.indicators.map((indicator) => {
          const whole = indicator.wholeNumbers;
          const change = indicator.value - indicator.previousValue;
          return (
            <li key={indicator.key} className="fact-card" data-indicator={indicator.key}>
              <h3 className="fact-card__name">{indicatorName(indicator, language)}</h3>
              <p className="fact-card__value">
                {formatNumber(indicator.value, language, whole)}{' '}
                <span className="fact-card__unit">{unitOf(indicator.unit, indicator.value)}</span>
                {indicator.partial && <span className="fact-card__flag"> ({t('facts.partial')})</span>}
              </p>
              {indicator.pendingValue !== undefined && (
                <p className="fact-card__meta">
                  {t('facts.pending', { value: formatChange(indicator.pendingValue, language, whole) })}
                </p>
              )}
              {indicator.kind === 'STOCK' && (
                <p className="fact-card__meta">{t('facts.asOf', { date: formatDay(report.to, language) })}</p>
              )}
              {indicator.previousRecorded && (
                <p className="fact-card__meta">
                  {change === 0 ? t('facts.changeNone') : t('facts.change', { change: formatChange(change, language, whole) })}
                  <br />
                  {t('facts.previous', {
                    from: formatDay(report.previousFrom, language),
                    to: formatDay(report.previousTo, language),
                    value: formatNumber(indicator.previousValue, language, whole),
                  })}
                </p>
              )}
              {indicator.attainment !== undefined && indicator.target !== undefined && (
                <p className="fact-card__meta">
                  {t('facts.attainment', {
                    percent: formatPercent(indicator.attainment, language),
                    target: formatNumber(indicator.target, language, whole),
                  })}
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
