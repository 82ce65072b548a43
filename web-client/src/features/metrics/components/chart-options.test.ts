import { describe, expect, it } from 'vitest';
import { chartHeight, chartOption, type ChartSpec } from './chart-options';
import { formatNumber } from './format';

const germanPersons = (value: number) => `${formatNumber(value, 'de', true)} ${value === 1 ? 'Person' : 'Personen'}`;

function spec(overrides: Partial<ChartSpec> = {}): ChartSpec {
  return {
    orientation: 'columns',
    data: [
      { label: '27.06.', tableLabel: '27.06.2017 – 30.06.2017', value: 959 },
      { label: '01.07.', tableLabel: '01.07.2017 – 31.07.2017', value: 1 },
    ],
    label: 'Erreichte AkteurInnen nach Monaten',
    axisUnit: 'Personen',
    valueWithUnit: germanPersons,
    format: (value) => formatNumber(value, 'de', true),
    wholeNumbers: true,
    ...overrides,
  };
}

type Axis = {
  type: string;
  name?: string;
  minInterval?: number;
  data?: string[];
  axisLabel: { formatter?: (value: number) => string };
};
type Tooltip = { formatter: (params: unknown) => string; valueFormatter: (value: number) => string };
type Series = { type: string; data: number[]; label?: { formatter: (param: unknown) => string } };

describe('report chart options', () => {
  it('names the value axis with the unit and never labels counted things with decimals', () => {
    const option = chartOption(spec());
    const yAxis = option.yAxis as Axis;
    expect(yAxis.type).toBe('value');
    expect(yAxis.name).toBe('Personen');
    // Ticks at whole steps only, and the labels are formatted whole: 1.5 persons cannot appear on the axis.
    expect(yAxis.minInterval).toBe(1);
    expect(yAxis.axisLabel.formatter!(2500)).toBe('2.500');
    expect(yAxis.axisLabel.formatter!(1.5)).toBe('2');
    expect((option.xAxis as Axis).data).toEqual(['27.06.', '01.07.']);
  });

  it('shows the full period and the value with its unit in the tooltip, without decimals', () => {
    const option = chartOption(spec({ data: [{ label: '27.06.', tableLabel: '27.06.2017 – 30.06.2017', value: 959.43 }] }));
    const tooltip = option.tooltip as Tooltip;
    expect(tooltip.formatter([{ dataIndex: 0, name: '27.06.', value: 959.43 }])).toBe('27.06.2017 – 30.06.2017: 959 Personen');
    expect(tooltip.valueFormatter(3337.29)).toBe('3.337');
    const series = (option.series as Series[])[0]!;
    expect(series.label!.formatter({ value: 3337.29 })).toBe('3.337');
  });

  it('keeps decimals for measured things such as hours', () => {
    const option = chartOption(
      spec({ wholeNumbers: false, format: (value) => formatNumber(value, 'de', false), axisUnit: 'Stunden' }),
    );
    const yAxis = option.yAxis as Axis;
    expect(yAxis.minInterval).toBe(0);
    expect(yAxis.axisLabel.formatter!(1.5)).toBe('1,5');
  });

  it('draws the figures it is given, in order, as bars or as a line for stocks', () => {
    expect((chartOption(spec()).series as Series[])[0]).toMatchObject({ type: 'bar', data: [959, 1] });
    expect((chartOption(spec({ shape: 'line' })).series as Series[])[0]).toMatchObject({ type: 'line', data: [959, 1] });
  });

  it('lays a breakdown out as rows, first row on top, the values on the horizontal axis', () => {
    const option = chartOption(
      spec({
        orientation: 'rows',
        data: [
          { label: 'Chemnitz', value: 7 },
          { label: 'Dresden', value: 6 },
        ],
      }),
    );
    expect(option.xAxis).toMatchObject({ type: 'value', name: 'Personen' });
    expect(option.yAxis).toMatchObject({ type: 'category', data: ['Chemnitz', 'Dresden'], inverse: true });
    expect(chartHeight({ orientation: 'rows', data: Array.from({ length: 13 }, () => ({ label: 'x', value: 1 })) })).toBe(480);
  });

  it('gives the chart an aria description and escapes names in the tooltip', () => {
    const option = chartOption(spec({ data: [{ label: '<b>Zittau</b>', value: 2 }] }));
    expect(option.aria).toMatchObject({ enabled: true, label: { description: 'Erreichte AkteurInnen nach Monaten' } });
    expect((option.tooltip as Tooltip).formatter({ dataIndex: 0, value: 2 })).toBe('&#60;b&#62;Zittau&#60;/b&#62;: 2 Personen');
  });
});
