import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import type { AriaComponentOption, GridComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';

/** What the report charts may contain: bars and lines on a grid, with tooltips and the aria description. */
export type ReportChartOption = ComposeOption<
  BarSeriesOption | LineSeriesOption | GridComponentOption | TooltipComponentOption | AriaComponentOption
>;

/** One figure of a chart: label is drawn on the axis; tableLabel (when longer) is shown in the data table. */
export type ChartDatum = { label: string; tableLabel?: string; value: number };

export type ChartSpec = {
  /** columns: a time series left to right; rows: a breakdown, one bar per town, area or state. */
  orientation: 'columns' | 'rows';
  /** Bars for what happened in a period (flows); a line for a level at the end of each period (stocks). */
  shape?: 'bar' | 'line';
  data: ChartDatum[];
  /** The chart's accessible name and aria description. */
  label: string;
  /** The unit on the value axis, e.g. "Personen". */
  axisUnit: string;
  /** A value with its unit as people read it, e.g. "1 Person", "3.271 Personen". */
  valueWithUnit: (value: number) => string;
  /** A value alone, in the reader's locale, whole where counted. */
  format: (value: number) => string;
  /** Counted things: no decimals anywhere, also not between the axis ticks. */
  wholeNumbers: boolean;
};

type TooltipParam = { name?: string; value?: unknown; dataIndex?: number };

const BAR_COLOR = '#1f5f8b';
const TEXT_COLOR = '#1a1a1a';

/**
 * The ECharts option of a report chart. Pure, so the units, whole numbers and tooltips can be tested without
 * drawing: labels and tooltips format through the same function as the data table beside the chart.
 */
export function chartOption(spec: ChartSpec): ReportChartOption {
  const { orientation, data, format, wholeNumbers } = spec;
  const shape = spec.shape ?? 'bar';
  const categories = data.map((datum) => datum.label);
  const valueAxis = {
    type: 'value' as const,
    name: spec.axisUnit,
    nameTextStyle: { color: TEXT_COLOR },
    minInterval: wholeNumbers ? 1 : 0,
    axisLabel: { color: TEXT_COLOR, formatter: (value: number) => format(value) },
    axisLine: { show: true, lineStyle: { color: '#333' } },
  };
  const categoryAxis = {
    type: 'category' as const,
    data: categories,
    inverse: orientation === 'rows',
    axisLabel: { color: TEXT_COLOR, interval: 0, hideOverlap: true },
    axisLine: { show: true, lineStyle: { color: '#333' } },
  };
  const tooltipFormatter = (params: TooltipParam | TooltipParam[]) => {
    const param = Array.isArray(params) ? params[0] : params;
    if (!param) return '';
    const datum = param.dataIndex !== undefined ? data[param.dataIndex] : undefined;
    const name = datum?.tableLabel ?? datum?.label ?? param.name ?? '';
    return `${escapeHtml(name)}: ${escapeHtml(spec.valueWithUnit(Number(param.value)))}`;
  };
  const series =
    shape === 'line'
      ? ({
          type: 'line',
          name: spec.label,
          data: data.map((datum) => datum.value),
          itemStyle: { color: BAR_COLOR },
          lineStyle: { color: BAR_COLOR, width: 2 },
          symbolSize: 8,
        } satisfies LineSeriesOption)
      : ({
          type: 'bar',
          name: spec.label,
          data: data.map((datum) => datum.value),
          itemStyle: { color: BAR_COLOR },
          barMaxWidth: 48,
          label: {
            show: data.length <= 16,
            position: orientation === 'rows' ? 'right' : 'top',
            color: TEXT_COLOR,
            formatter: (param: TooltipParam) => format(Number(param.value)),
          },
        } satisfies BarSeriesOption);
  return {
    animation: false,
    aria: { enabled: true, label: { enabled: true, description: spec.label } },
    grid: { left: 8, right: orientation === 'rows' ? 56 : 16, top: 40, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: tooltipFormatter as TooltipComponentOption['formatter'],
      valueFormatter: (value) => format(Number(value)),
    },
    xAxis: orientation === 'rows' ? valueAxis : categoryAxis,
    yAxis: orientation === 'rows' ? categoryAxis : valueAxis,
    series: [series],
  };
}

/** The chart's height: fixed for a time series, growing with the rows of a breakdown. */
export function chartHeight(spec: Pick<ChartSpec, 'orientation' | 'data'>): number {
  return spec.orientation === 'rows' ? Math.max(160, spec.data.length * 32 + 64) : 320;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
