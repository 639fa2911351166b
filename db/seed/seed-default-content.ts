import { DERIVED_SERIES } from '../derived-series';
import Papa from 'papaparse';
import { fiscalQuarterToCalendar, fiscalYearToCalendar } from '../../projection/fiscal-calendar';
import { isPeriod } from '../../projection/period';
import { seriesKey } from '../../projection/series-key';
import { repositories } from '../repositories';
import type { Qualifier } from '../repositories/observation-repository';
import type { Db } from '../db';
import amdSegments from './amd_segments.csv';
import broadcomAiRevenue from './broadcom_ai_revenue.csv';
import hyperscalerCapex from './hyperscaler_capex.csv';
import nvidiaDatacenter from './nvidia_datacenter.csv';
import statementsCsv from './statements.csv';
import x86ServerShare from './x86_server_share.csv';
import {
  CALENDAR_QUARTER_METRICS,
  DEFAULT_FISCAL_CALENDARS,
  INSTINCT_SEED,
  INSTINCT_SERIES,
  METRIC_LABELS,
} from './default-catalog';
import { seedDefaultScenarios } from './seed-default-scenarios';

interface FigureRow {
  period: string;
  company: string;
  metric: string;
  value: string;
  unit: string;
  fiscal_or_calendar: string;
  source: string;
  note: string;
}

interface StatementCsvRow {
  date: string;
  speaker_company: string;
  quantity: string;
  value: string;
  unit: string;
  period: string;
  source: string;
  note: string;
}

function parseCsv<T>(text: string, file: string): T[] {
  const result = Papa.parse<T>(text, { header: true, skipEmptyLines: true });
  if (result.errors.length > 0) {
    const first = result.errors[0]!;
    throw new Error(`default workbook: ${file} line ${(first.row ?? 0) + 2}: ${first.message}`);
  }
  return result.data;
}

/** Maps a period label of ../shared/data (`2024Q3`, `2024FY`, NVIDIA's `FY2025Q3`, `FY2025`). */
export function calendarPeriod(label: string, fiscalYearEndMonth: number): string {
  const fiscal = /^FY(\d{4})(?:Q([1-4]))?$/.exec(label);
  if (fiscal) {
    const calendar = { fiscalYearEndMonth };
    const year = Number(fiscal[1]);
    return fiscal[2]
      ? fiscalQuarterToCalendar(calendar, year, Number(fiscal[2]) as 1 | 2 | 3 | 4)
      : fiscalYearToCalendar(calendar, year);
  }
  const period = label.replace(/FY$/, '');
  if (!isPeriod(period)) throw new Error(`default workbook: unknown period "${label}"`);
  return period;
}

// "$4.1bn", "$2.1 billion", "$5.2B": a figure its source gave only to 0.1 B$ (or whole billions).
const TENTH_OF_A_BILLION = /\$\s?(\d+(?:\.\d)?)\s?(?:bn|billion|b)\b/gi;

/**
 * How sure a seeded figure (USD millions) is, from what its note says the source printed: approximate
 * when the source rounded it, said "about", or gave it only to 0.1 B$ (a value stated as $4.1bn
 * may be anything from 4,050 to 4,150); exact when it gave more digits ($3.62 billion, $5,887 M).
 */
export function qualifierFromNote(note: string, value: number): Qualifier {
  if (/round|approx|about|~/i.test(note)) return 'approx';
  for (const m of note.matchAll(TENTH_OF_A_BILLION)) {
    if (Math.abs(Number(m[1]) * 1000 - value) < 1e-6) return 'approx';
  }
  return 'exact';
}

const FIGURE_FILES: readonly [string, string][] = [
  ['amd_segments.csv', amdSegments],
  ['x86_server_share.csv', x86ServerShare],
  ['nvidia_datacenter.csv', nvidiaDatacenter],
  ['hyperscaler_capex.csv', hyperscalerCapex],
  ['broadcom_ai_revenue.csv', broadcomAiRevenue],
];

/**
 * Fills an empty workbook with the default content: the sourced figures of ../shared/data (copied
 * into db/seed/), the statements, the fiscal calendars and the Instinct estimate series. Runs
 * inside the caller's transaction.
 */
export function seedDefaultContent(db: Db): void {
  const repos = repositories(db);
  const now = new Date().toISOString();
  for (const calendar of DEFAULT_FISCAL_CALENDARS) repos.fiscalCalendars.insertFiscalCalendar(calendar);
  const calendarMonths = new Map(DEFAULT_FISCAL_CALENDARS.map((c) => [c.id, c.fiscalYearEndMonth]));

  const seriesIds = new Map<string, number>();
  let order = 0;
  const addSeries = (series: Parameters<typeof repos.series.insertSeries>[0]) => {
    const id = repos.series.insertSeries(series);
    seriesIds.set(series.key, id);
    return id;
  };

  for (const [file, text] of FIGURE_FILES) {
    for (const row of parseCsv<FigureRow>(text, file)) {
      const key = seriesKey(row.company, row.metric);
      const company = row.company.toLowerCase();
      const fiscalCalendar = CALENDAR_QUARTER_METRICS.has(row.metric)
        ? 'calendar'
        : calendarMonths.has(company)
          ? company
          : 'calendar';
      if (!seriesIds.has(key)) {
        addSeries({
          key,
          label: `${row.company} ${METRIC_LABELS[row.metric] ?? row.metric}`,
          unit: row.unit,
          kind: 'reported',
          company: row.company,
          metric: row.metric,
          fiscalCalendar,
          notes: '',
          order: (order += 10),
        });
        if (key === 'amd.revenue_data_center') {
          addSeries({ ...INSTINCT_SERIES, order: (order += 10) });
          for (const derived of DERIVED_SERIES) {
            addSeries({
              ...INSTINCT_SERIES,
              ...derived,
              kind: 'derived',
              metric: derived.key.slice('amd.'.length),
              order: (order += 10),
            });
          }
        }
      }
      const value = Number(row.value);
      if (!Number.isFinite(value))
        throw new Error(`default workbook: ${file}: "${row.value}" is not a number`);
      const period = calendarPeriod(row.period, calendarMonths.get(fiscalCalendar)!);
      const fiscalLabel = row.period.startsWith('FY') ? `Reported as fiscal ${row.period}. ` : '';
      repos.observations.upsertObservation({
        seriesId: seriesIds.get(key)!,
        period,
        value,
        qualifier: qualifierFromNote(row.note, value),
        source: row.source,
        note: `${fiscalLabel}${row.note}`.trim(),
        importId: null,
        updatedAt: now,
      });
    }
  }

  const statements = parseCsv<StatementCsvRow>(statementsCsv, 'statements.csv');
  for (const row of statements) {
    const range = /^(-?[\d.]+)-([\d.]+)$/.exec(row.value);
    const low = range ? Number(range[1]) : row.value === '' ? null : Number(row.value);
    const high = range ? Number(range[2]) : low;
    repos.statements.insertStatement({
      statedOn: row.date,
      speaker: row.speaker_company,
      quantity: row.quantity,
      valueLow: low,
      valueHigh: high,
      valueText: row.value,
      unit: row.unit,
      period: row.period,
      source: row.source,
      note: row.note,
    });
  }

  const instinctId = seriesIds.get(INSTINCT_SERIES.key)!;
  for (const seed of INSTINCT_SEED) {
    const statement = statements.find(
      (s) => s.period === seed.statementPeriod && s.quantity.includes(seed.quantityIncludes),
    );
    if (!statement) throw new Error(`default workbook: no statement for Instinct ${seed.period}`);
    repos.observations.upsertObservation({
      seriesId: instinctId,
      period: seed.period,
      value: seed.value,
      // AMD's own statements are floors it has passed; the press's "north of" is its inference.
      qualifier: statement.speaker_company.startsWith('press') ? 'inference' : 'lower_bound',
      source: statement.source,
      note: `${statement.speaker_company}: ${statement.quantity}. ${statement.note}`.trim(),
      importId: null,
      updatedAt: now,
    });
  }
  seedDefaultScenarios(db, now);
  repos.meta.setMeta('created_at', now);
  repos.meta.setMeta('created_from', 'default workbook');
}
