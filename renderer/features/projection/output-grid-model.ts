import type { ColDef, ColGroupDef, GetRowIdParams } from 'ag-grid-community';
import type { Projection, QuarterResult } from '../../../projection/scenario-model';
import { formatMoney, formatPercent, formatSignedPercent } from '../../components/number-format';

/** How a metric is written: money in USD millions, a share or a growth rate in percent. */
export type MetricFormat = 'money' | 'share' | 'growth';

/** The figures a quarter and a year both hold under the same name. */
type SharedKey =
  | 'tam'
  | 'training'
  | 'inference'
  | 'xpuShare'
  | 'otherShare'
  | 'merchant'
  | 'amdShare'
  | 'instinctRevenue'
  | 'dealRevenue'
  | 'nvidiaRevenue'
  | 'grossProfit'
  | 'yoy';

/** One row of the outputs grid: a figure of the model, or a segment's Instinct revenue. */
export interface OutputMetricSpec {
  readonly metric: SharedKey | 'instinctTraining' | 'instinctInference';
  readonly label: string;
  readonly format: MetricFormat;
  readonly hint: string;
}

const SEGMENT_METRICS = { instinctTraining: 'training', instinctInference: 'inference' } as const;

/** The outputs grid's rows, in order. */
export const OUTPUT_METRICS: readonly OutputMetricSpec[] = [
  {
    metric: 'tam',
    label: 'AI accelerator TAM',
    format: 'money',
    hint: 'The whole data-center AI accelerator market (rebuilt from reported data in history)',
  },
  { metric: 'training', label: 'Training', format: 'money', hint: 'TAM − inference' },
  { metric: 'inference', label: 'Inference', format: 'money', hint: 'TAM × the inference share path' },
  {
    metric: 'xpuShare',
    label: 'Custom accelerator (XPU) share',
    format: 'share',
    hint: 'Share of the TAM taken by custom accelerators',
  },
  {
    metric: 'otherShare',
    label: 'Other merchant share',
    format: 'share',
    hint: 'Share of the TAM taken by startups, Gaudi, Ascend and the like',
  },
  {
    metric: 'merchant',
    label: 'Merchant market',
    format: 'money',
    hint: 'TAM × (1 − XPU share − other share): what AMD and NVIDIA sell into',
  },
  {
    metric: 'amdShare',
    label: 'AMD share of merchant',
    format: 'share',
    hint: 'Instinct revenue ÷ merchant market',
  },
  {
    metric: 'instinctRevenue',
    label: 'Instinct revenue',
    format: 'money',
    hint: 'Merchant market × AMD share; in history implied from AMD Data Center revenue − EPYC',
  },
  {
    metric: 'instinctTraining',
    label: 'Instinct: training',
    format: 'money',
    hint: 'Instinct revenue in the training segment',
  },
  {
    metric: 'instinctInference',
    label: 'Instinct: inference',
    format: 'money',
    hint: 'Instinct revenue in the inference segment',
  },
  {
    metric: 'dealRevenue',
    label: 'Deals’ floor',
    format: 'money',
    hint: 'Committed revenue of the scenario’s deals: GW × B$ per GW × AMD content, spread evenly over the ramp',
  },
  {
    metric: 'nvidiaRevenue',
    label: 'NVIDIA (implied)',
    format: 'money',
    hint: 'Merchant market − Instinct revenue; in history NVIDIA Data Center revenue × accelerator fraction',
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
  readonly metric: string;
  readonly label: string;
  readonly format: MetricFormat;
  readonly hint: string;
  readonly values: Readonly<Record<string, number | null>>;
}

export const outputRowId = (p: GetRowIdParams<OutputRow>): string => p.data.metric;

/** A year of the outputs grid: its quarters and how many of them are projected. */
export interface OutputYear {
  readonly year: number;
  readonly quarters: readonly string[];
  readonly projectedQuarters: number;
}

/** The model's quarters grouped by calendar year, history first. */
export function outputYears(projection: Projection): OutputYear[] {
  return projection.years.map((y) => ({
    year: y.year,
    quarters: projection.quarters.filter((q) => q.period.startsWith(String(y.year))).map((q) => q.period),
    projectedQuarters: y.projectedQuarters,
  }));
}

const describeYear = (y: OutputYear): string => {
  const reported = y.quarters.length - y.projectedQuarters;
  if (y.projectedQuarters === 0) return `${y.year}: the rebuilt history (${reported} reported quarters)`;
  return reported > 0
    ? `${y.year}: ${reported} reported and ${y.projectedQuarters} projected quarters`
    : `${y.year}: ${y.projectedQuarters} projected quarters`;
};

/** A year's quarters are history first: the last `projectedQuarters` of them are projected. */
const isProjectedQuarter = (y: OutputYear, period: string): boolean =>
  y.quarters.indexOf(period) >= y.quarters.length - y.projectedQuarters;

/** One row per metric with the model's quarters and years (history and projection). */
export function buildOutputRows(projection: Projection): OutputRow[] {
  const byYear = new Map<number, QuarterResult[]>();
  for (const q of projection.quarters) {
    const year = Number(q.period.slice(0, 4));
    byYear.set(year, [...(byYear.get(year) ?? []), q]);
  }
  return OUTPUT_METRICS.map(({ metric, label, format, hint }) => {
    const values: Record<string, number | null> = {};
    if (metric === 'instinctTraining' || metric === 'instinctInference') {
      const segment = SEGMENT_METRICS[metric];
      for (const q of projection.quarters) values[q.period] = q.segments[segment].instinctRevenue;
      for (const y of projection.years) {
        const quarters = byYear.get(y.year) ?? [];
        values[String(y.year)] = quarters.reduce((sum, q) => sum + q.segments[segment].instinctRevenue, 0);
      }
    } else {
      for (const q of projection.quarters) values[q.period] = q[metric];
      for (const y of projection.years) values[String(y.year)] = y[metric];
    }
    return { metric, label, format, hint, values };
  });
}

/**
 * Metric and unit pinned left, then per year its quarters and the year's sum. Years wholly in the
 * rebuilt history start collapsed to their year column (the group header opens them); reported
 * quarters' headers are marked apart from projected ones.
 */
export function buildOutputColumnDefs(
  years: readonly OutputYear[],
): (ColDef<OutputRow> | ColGroupDef<OutputRow>)[] {
  const column = (period: string, isYear: boolean, year: OutputYear): ColDef<OutputRow> => ({
    colId: period,
    headerName: isYear ? (year.projectedQuarters === 0 ? 'Reported' : 'Year') : period.slice(4),
    headerTooltip: isYear ? describeYear(year) : period,
    ...(isYear ? {} : { columnGroupShow: 'open' as const }),
    headerClass:
      year.projectedQuarters === 0 || (!isYear && !isProjectedQuarter(year, period))
        ? 'header-reported'
        : undefined,
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
    ...years.map((y) => ({
      groupId: `year-${y.year}`,
      headerName: String(y.year),
      headerClass: y.projectedQuarters === 0 ? 'header-reported' : undefined,
      openByDefault: y.projectedQuarters > 0,
      children: [...y.quarters.map((q) => column(q, false, y)), column(String(y.year), true, y)],
    })),
  ];
}
