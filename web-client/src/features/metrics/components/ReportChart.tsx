import ReactEChartsCore from 'echarts-for-react/esm/core';
import type { EChartsType } from 'echarts/core';
import { useId, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { chartHeight, chartOption, type ChartSpec } from './chart-options';
import { echarts } from './echarts';

/**
 * A report chart drawn by Apache ECharts (SVG), with its figures as a table beside it. The chart is focusable and
 * named; arrow keys walk through its figures and show each in the tooltip. The table is the accessible alternative
 * and is printed with the chart.
 */
export function ReportChart({ labelHeader, ...spec }: ChartSpec & { labelHeader: string }) {
  const { t } = useTranslation('metrics');
  const hintId = useId();
  const chart = useRef<EChartsType | null>(null);
  const focused = useRef(-1);
  if (spec.data.length === 0) return <p>{t('chart.noData')}</p>;

  const show = (index: number) => {
    const instance = chart.current;
    if (!instance) return;
    focused.current = index;
    instance.dispatchAction({ type: 'showTip', seriesIndex: 0, dataIndex: index });
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const last = spec.data.length - 1;
    const next: Record<string, number> = {
      ArrowRight: Math.min(focused.current + 1, last),
      ArrowDown: Math.min(focused.current + 1, last),
      ArrowLeft: Math.max(focused.current - 1, 0),
      ArrowUp: Math.max(focused.current - 1, 0),
      Home: 0,
      End: last,
    };
    if (event.key in next) {
      event.preventDefault();
      show(next[event.key]!);
    } else if (event.key === 'Escape') {
      chart.current?.dispatchAction({ type: 'hideTip' });
    }
  };

  return (
    <figure className="report-chart">
      <ReactEChartsCore
        echarts={echarts}
        option={chartOption(spec)}
        opts={{ renderer: 'svg' }}
        notMerge
        className="report-chart__canvas"
        style={{ height: chartHeight(spec) }}
        role="img"
        aria-label={spec.label}
        aria-describedby={hintId}
        tabIndex={0}
        onKeyDown={onKeyDown}
        onBlur={() => chart.current?.dispatchAction({ type: 'hideTip' })}
        onChartReady={(instance) => {
          chart.current = instance as unknown as EChartsType;
        }}
      />
      <p id={hintId} className="report-chart__hint">
        {t('chart.keyboardHint')}
      </p>
      <details className="report-chart__table">
        <summary>{t('chart.table')}</summary>
        <table>
          <caption>{spec.label}</caption>
          <thead>
            <tr>
              <th scope="col">{labelHeader}</th>
              <th scope="col">{t('chart.valueIn', { unit: spec.axisUnit })}</th>
            </tr>
          </thead>
          <tbody>
            {spec.data.map((datum, index) => (
              <tr key={`${datum.label}-${index}`}>
                <th scope="row">{datum.tableLabel ?? datum.label}</th>
                <td className="numeric">{spec.format(datum.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

export default ReportChart;
