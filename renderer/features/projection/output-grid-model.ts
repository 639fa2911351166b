import type { ColDef, ColGroupDef, GetRowIdParams } from 'ag-grid-community';
import type { Projection } from '../../../projection/driver-model';
import { formatMoney, formatPercent, formatSignedPercent } from '../../components/number-format';

/** How a metric is written: money in USD millions, a share or a growth rate in percent. */
export type MetricFormat = 'money' | 'share' | 'growth';

export type OutputMetric =
  'tam' | 'xpuShare' | 'merchant' | 'amdShare' | 'instinctRevenue' | 'grossProfit' | 'yoy';

export const OUTPUT_METRICS: readonly {
  metric: OutputMetric;
  label: string;
  format: MetricFormat;
  hint: string;
}[] = [
  {
    metric: 'tam',
    label: 'AI accelerator TAM',
    format: 'money',
    hint: 'The whole data-center AI accelerator market',
  },
  {
    metric: 'xpuShare',
    label: 'Custom ASIC (XPU) share',
    format: 'share',
    hint: 'Share of the TAM taken by custom accelerators',
  },
  {
    metric: 'merchant',
    label: 'Merchant market',
    format: 'money',
    hint: 'TAM × (1 − XPU share): the market AMD and NVIDIA sell into',
  },
  {
    metric: 'amdShare',
    label: 'AMD share of merchant',
    format: 'share',
    hint: 'AMD’s logistic share of the merchant market',
  },
  {
    metric: 'instinctRevenue',
    label: 'Instinct revenue',
    format: 'money',
    hint: 'Merchant market × AMD share',
  },
  {
    metric: 'grossProfit',
    label: 'Instinct gross profit',
    format: 'money',
    hint: 'Instinct revenue × gross margin',
  },
  {
    metric: 'yoy',
    label: 'Instinct revenue YoY',
    format: 'growth',
    hint: 'Growth over the same quarter (or year) a year earlier',
  },
];

const UNIT: Record<MetricFormat, string> = { money: 'USD M', share: '%', growth: '%' };

/** A metric's value in its format: "12,345", "23.4%", "+45.2%". */
export function formatMetric(format: MetricFormat, value: number | null | undefined): string {
  if (format === 'money') return formatMoney(value);
  return format === 'share' ? formatPercent(value) : formatSignedPercent(value);
}

/** One grid row: a metric and its value by period (`2027Q2`, and `2027` for the year). */
export interface OutputRow {
  readonly metric: OutputMetric;
  readonly label: string;
  readonly format: MetricFormat;
  readonly hint: string;
  readonly values: Readonly<Record<string, number | null>>;
}

export const outputRowId = (p: GetRowIdParams<OutputRow>): string => p.data.metric;

/** The horizon's quarters grouped by calendar year. */
export function outputYears(projection: Projection): { year: number; quarters: string[] }[] {
  return projection.years.map((y) => ({
    year: y.year,
    quarters: projection.quarters.filter((q) => q.period.startsWith(String(y.year))).map((q) => q.period),
  }));
}

/** One row per metric with the projection's quarters and years. */
export function buildOutputRows(projection: Projection): OutputRow[] {
  return OUTPUT_METRICS.map(({ metric, label, format, hint }) => {
    const values: Record<string, number | null> = {};
    for (const q of projection.quarters) values[q.period] = q[metric];
    for (const y of projection.years) values[String(y.year)] = y[metric];
    return { metric, label, format, hint, values };
  });
}

/** Metric and unit pinned left, then per year its projected quarters and the full year. */
export function buildOutputColumnDefs(
  years: readonly { year: number; quarters: readonly string[] }[],
): (ColDef<OutputRow> | ColGroupDef<OutputRow>)[] {
  const column = (period: string, isYear: boolean, isPartial: boolean): ColDef<OutputRow> => ({
    colId: period,
    headerName: isYear ? 'Year' : period.slice(4),
    headerTooltip: isYear
      ? `Full year ${period}${isPartial ? ' (the model’s four quarters, including those before the horizon)' : ''}`
      : period,
    width: isYear ? 100 : 90,
    type: 'rightAligned',
    cellClass: isYear ? ['ag-right-aligned-cell', 'cell-year'] : 'ag-right-aligned-cell',
    valueGetter: (p) => p.data?.values[period] ?? null,
    valueFormatter: (p) => (p.data ? formatMetric(p.data.format, p.value as number | null) : ''),
  });
  return [
    {
      colId: 'label',
      headerName: 'Output',
      field: 'label',
      pinned: 'left',
      width: 210,
      tooltipField: 'hint',
    },
    {
      colId: 'unit',
      headerName: 'Unit',
      pinned: 'left',
      width: 70,
      cellClass: 'cell-muted',
      valueGetter: (p) => (p.data ? UNIT[p.data.format] : ''),
    },
    ...years.map(({ year, quarters }) => ({
      groupId: `year-${year}`,
      headerName: String(year),
      children: [
        ...quarters.map((q) => column(q, false, false)),
        column(String(year), true, quarters.length < 4),
      ],
    })),
  ];
}
