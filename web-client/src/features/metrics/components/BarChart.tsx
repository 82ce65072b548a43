import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from './format';

/** label is drawn in the chart; tableLabel (when longer) is shown in the table. */
export type Bar = { label: string; tableLabel?: string; value: number };

const WIDTH = 640;
const LABEL_WIDTH = 170;
const VALUE_WIDTH = 70;
const ROW = 26;
const COLUMN_HEIGHT = 200;

/**
 * A simple inline-SVG bar chart: one image with a text label for screen readers, and the same figures
 * as a table in a <details> below (the accessible alternative, also printed).
 */
export function BarChart({
  bars,
  label,
  labelHeader,
  orientation,
  wholeNumbers = false,
}: {
  bars: Bar[];
  label: string;
  labelHeader: string;
  orientation: 'columns' | 'rows';
  wholeNumbers?: boolean;
}) {
  const { t, i18n } = useTranslation('metrics');
  const titleId = useId();
  if (bars.length === 0) return <p>{t('chart.noData')}</p>;
  const max = Math.max(...bars.map((bar) => bar.value), 0) || 1;
  const format = (value: number) => formatNumber(value, i18n.language, wholeNumbers);
  return (
    <figure className="bar-chart">
      {orientation === 'rows' ? (
        <svg
          role="img"
          aria-labelledby={titleId}
          viewBox={`0 0 ${WIDTH} ${bars.length * ROW}`}
          className="bar-chart__svg"
          preserveAspectRatio="xMinYMin meet"
        >
          <title id={titleId}>{label}</title>
          {bars.map((bar, index) => {
            const length = ((WIDTH - LABEL_WIDTH - VALUE_WIDTH) * bar.value) / max;
            const y = index * ROW;
            return (
              <g key={bar.label}>
                <text x={LABEL_WIDTH - 8} y={y + ROW / 2} textAnchor="end" dominantBaseline="middle" className="bar-chart__label">
                  {bar.label}
                </text>
                <rect x={LABEL_WIDTH} y={y + 4} width={Math.max(length, 1)} height={ROW - 8} className="bar-chart__bar" />
                <text x={LABEL_WIDTH + length + 6} y={y + ROW / 2} dominantBaseline="middle" className="bar-chart__value">
                  {format(bar.value)}
                </text>
              </g>
            );
          })}
        </svg>
      ) : (
        <svg
          role="img"
          aria-labelledby={titleId}
          viewBox={`0 0 ${WIDTH} ${COLUMN_HEIGHT + 40}`}
          className="bar-chart__svg"
          preserveAspectRatio="xMinYMin meet"
        >
          <title id={titleId}>{label}</title>
          <line x1={0} y1={COLUMN_HEIGHT + 20} x2={WIDTH} y2={COLUMN_HEIGHT + 20} className="bar-chart__axis" />
          {bars.map((bar, index) => {
            const slot = WIDTH / bars.length;
            const height = (COLUMN_HEIGHT * bar.value) / max;
            const x = index * slot;
            return (
              <g key={`${bar.label}-${index}`}>
                <rect
                  x={x + slot * 0.15}
                  y={COLUMN_HEIGHT + 20 - height}
                  width={slot * 0.7}
                  height={Math.max(height, 1)}
                  className="bar-chart__bar"
                />
                {bars.length <= 16 && (
                  <text x={x + slot / 2} y={COLUMN_HEIGHT + 14 - height} textAnchor="middle" className="bar-chart__value">
                    {format(bar.value)}
                  </text>
                )}
                {bars.length <= 16 && (
                  <text x={x + slot / 2} y={COLUMN_HEIGHT + 36} textAnchor="middle" className="bar-chart__label">
                    {bar.label}
                  </text>
                )}
              </g>
            );
          })}
        </svg>
      )}
      <details className="bar-chart__table">
        <summary>{t('chart.table')}</summary>
        <table>
          <caption>{label}</caption>
          <thead>
            <tr>
              <th scope="col">{labelHeader}</th>
              <th scope="col">{t('chart.value')}</th>
            </tr>
          </thead>
          <tbody>
            {bars.map((bar, index) => (
              <tr key={`${bar.label}-${index}`}>
                <th scope="row">{bar.tableLabel ?? bar.label}</th>
                <td className="numeric">{format(bar.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
