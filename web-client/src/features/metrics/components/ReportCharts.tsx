import { lazy, Suspense, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutreachReport, ReportIndicatorFigures } from '../api/get-outreach-report';
import { indicatorName, useUnit } from './FigureCards';
import { formatNumber } from './format';
import { Loading } from '@/components/Loading';
import { formatDay } from '@/lib/format';
import { useStateName } from '@/lib/use-state-name';

/** Short bucket label: "27.06." to "03.07." would not fit; the first day is enough, the table has both. */
function bucketLabel(from: string, to: string, language: string, full: boolean): string {
  if (full) return `${formatDay(from, language)} – ${formatDay(to, language)}`;
  const [, month, day] = from.split('-');
  return language === 'en' ? `${day}/${month}` : `${day}.${month}.`;
}

// ECharts is large: its own chunk, loaded with the report's charts only.
const ReportChart = lazy(() => import('./ReportChart'));
// Leaflet likewise: loaded with the map of counselling locations only.
const ReportMap = lazy(() => import('./ReportMap'));

const BREAKDOWNS = ['towns', 'scopes', 'states'] as const;
type Breakdown = (typeof BREAKDOWNS)[number];

function breakdownBars(indicator: ReportIndicatorFigures, breakdown: Breakdown, stateName: (code: string) => string) {
  switch (breakdown) {
    case 'towns':
      return indicator.byTown.map((town) => ({ label: town.town, value: town.value }));
    case 'scopes':
      return indicator.byScope.map((scope) => ({ label: scope.name, value: scope.value }));
    case 'states':
      return indicator.byState.map((state) => ({ label: stateName(state.state), value: state.value }));
  }
}

/** The time series and a breakdown (by town, area or state) of one indicator; the first indicator and breakdown with data come first. */
export function ReportCharts({ report }: { report: OutreachReport }) {
  const { t, i18n } = useTranslation('metrics');
  const stateName = useStateName();
  const unitOf = useUnit();
  const language = i18n.language;
  const selectId = useId();
  const breakdownId = useId();
  const mapHeadingId = useId();
  const [chosen, setChosen] = useState<string>();
  const [chosenBreakdown, setChosenBreakdown] = useState<Breakdown>();
  const indicator =
    report.indicators.find((item) => item.key === chosen) ??
    report.indicators.find((item) => item.series.some((point) => point.value !== 0)) ??
    report.indicators[0];
  if (!indicator) return null;
  const breakdown =
    chosenBreakdown ??
    BREAKDOWNS.find((kind) => breakdownBars(indicator, kind, stateName).some((bar) => bar.value !== 0)) ??
    'towns';
  const name = indicatorName(indicator, language);
  const range = { from: formatDay(report.from, language), to: formatDay(report.to, language) };
  const whole = indicator.wholeNumbers;
  const format = (value: number) => formatNumber(value, language, whole);
  const units = {
    axisUnit: unitOf(indicator.unit, 2),
    valueWithUnit: (value: number) => `${format(value)} ${unitOf(indicator.unit, value)}`,
    format,
    wholeNumbers: whole,
  };
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
      <div className="form-field report-charts__select">
        <label htmlFor={breakdownId}>{t('chart.breakdown')}</label>
        <select id={breakdownId} value={breakdown} onChange={(event) => setChosenBreakdown(event.target.value as Breakdown)}>
          {BREAKDOWNS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`chart.breakdowns.${kind}`)}
            </option>
          ))}
        </select>
      </div>
      <Suspense fallback={<Loading label={t('chart.loading')} />}>
        <ReportChart
          {...units}
          orientation="columns"
          shape={indicator.kind === 'STOCK' ? 'line' : 'bar'}
          label={t('chart.seriesLabel', { name, interval: t(`interval.${report.interval}`), ...range })}
          labelHeader={t('chart.period')}
          data={indicator.series.map((point) => ({
            label: bucketLabel(point.from, point.to, language, false),
            tableLabel: bucketLabel(point.from, point.to, language, true),
            value: point.value,
          }))}
        />
        <h3>{t(`chart.breakdownHeadings.${breakdown}`)}</h3>
        <ReportChart
          {...units}
          orientation="rows"
          label={t(`chart.breakdownLabels.${breakdown}`, { name })}
          labelHeader={t(`chart.breakdownColumns.${breakdown}`)}
          data={breakdownBars(indicator, breakdown, stateName)}
        />
      </Suspense>
      <section className="report-map-section" aria-labelledby={mapHeadingId}>
        <h3 id={mapHeadingId}>{t('map.heading')}</h3>
        <Suspense fallback={<Loading label={t('map.loading')} />}>
          <ReportMap indicator={indicator} name={name} valueWithUnit={units.valueWithUnit} />
        </Suspense>
      </section>
    </section>
  );
}
