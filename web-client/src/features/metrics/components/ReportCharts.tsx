import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutreachReport } from '../api/get-outreach-report';
import { BarChart } from './BarChart';
import { indicatorName } from './FigureCards';
import { formatDay } from '@/lib/format';

/** Short bucket label: "27.06." to "03.07." would not fit; the first day is enough, the table has both. */
function bucketLabel(from: string, to: string, language: string, full: boolean): string {
  if (full) return `${formatDay(from, language)} – ${formatDay(to, language)}`;
  const [, month, day] = from.split('-');
  return language === 'en' ? `${day}/${month}` : `${day}.${month}.`;
}

/** The time series and the breakdown by town of one indicator, chosen in a select. */
export function ReportCharts({ report }: { report: OutreachReport }) {
  const { t, i18n } = useTranslation('metrics');
  const language = i18n.language;
  const selectId = useId();
  const [chosen, setChosen] = useState<string>();
  const indicator = report.indicators.find((item) => item.key === chosen) ?? report.indicators[0];
  if (!indicator) return null;
  const name = indicatorName(indicator, language);
  const range = { from: formatDay(report.from, language), to: formatDay(report.to, language) };
  return (
    <section className="report-section report-charts" aria-labelledby="chart-heading">
      <h2 id="chart-heading">{t('chart.heading')}</h2>
      <div className="form-field report-charts__select">
        <label htmlFor={selectId}>{t('chart.indicator')}</label>
        <select id={selectId} value={indicator.key} onChange={(event) => setChosen(event.target.value)}>
          {report.indicators.map((item) => (
            <option key={item.key} value={item.key}>
              {indicatorName(item, language)}
            </option>
          ))}
        </select>
      </div>
      <BarChart
        orientation="columns"
        label={t('chart.seriesLabel', { name, interval: t(`interval.${report.interval}`), ...range })}
        labelHeader={t('chart.period')}
        bars={indicator.series.map((point) => ({
          label: bucketLabel(point.from, point.to, language, false),
          tableLabel: bucketLabel(point.from, point.to, language, true),
          value: point.value,
        }))}
      />
      <h3>{t('chart.townsHeading')}</h3>
      <BarChart
        orientation="rows"
        label={t('chart.townsLabel', { name })}
        labelHeader={t('chart.town')}
        bars={indicator.byTown.map((town) => ({ label: town.town, value: town.value }))}
      />
    </section>
  );
}
