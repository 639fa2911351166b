import { failure, ok, type Result } from '../../../projection/refusal';
import { isSeriesKey, seriesKey } from '../../../projection/series-key';

export const USD_MILLIONS = 'USD millions';
export const PERCENT = 'percent';

/** A series the import writes to: one the workbook has, or one it will create. */
export interface SeriesTarget {
  /** Position in the resolver's list; the stage refers to series by it. */
  readonly ref: number;
  readonly key: string;
  /** Null for a series the import creates (the writer keeps the id it gets). */
  readonly seriesId: number | null;
  readonly label: string;
  readonly company: string;
  readonly metric: string;
  /** For a new series, decided by its first value (a percent sign or unit) unless the file says. */
  unit: string | null;
  readonly fiscalCalendar: string;
  /** The month its fiscal year ends, or null when no calendar is known (fiscal labels refused). */
  readonly fiscalYearEndMonth: number | null;
}

/** The key of a company's fiscal calendar: its name as a series key part ("NVIDIA" -> "nvidia"). */
export function calendarIdOf(company: string): string {
  return seriesKey(company, 'x').split('.')[0]!;
}

function normalizeLabel(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, ' ');
}

/** The workbook's series and fiscal calendars as plain data: what the resolver needs to know. */
export interface SeriesCatalog {
  readonly series: readonly {
    readonly id: number;
    readonly key: string;
    readonly label: string;
    readonly unit: string;
    readonly kind: string;
    readonly company: string;
    readonly metric: string;
    readonly fiscalCalendar: string;
  }[];
  readonly calendars: readonly { readonly id: string; readonly fiscalYearEndMonth: number }[];
}

/**
 * Finds the series each row names, by key, label, or company and metric, and plans the series an
 * import creates. Rules: a series key or label must name an existing series (an unknown key is
 * refused); company + metric (or the import's company + a metric) name an existing series or a
 * new `reported` one keyed `company.metric` (projection/series-key.ts). Derived series are refused:
 * they are computed, not imported.
 */
export class SeriesResolver {
  private readonly byKey = new Map<string, SeriesCatalog['series'][number]>();
  private readonly keyByLabel = new Map<string, string>();
  private readonly calendarMonths = new Map<string, number>();
  private readonly targetsByKey = new Map<string, SeriesTarget>();
  readonly targets: SeriesTarget[] = [];

  constructor(
    catalog: SeriesCatalog,
    private readonly company: string | undefined,
    fiscalYearEnd: Readonly<Record<string, number>> = {},
  ) {
    for (const s of catalog.series) {
      this.byKey.set(s.key, s);
      this.keyByLabel.set(normalizeLabel(s.label), s.key);
    }
    for (const c of catalog.calendars) this.calendarMonths.set(c.id, c.fiscalYearEndMonth);
    for (const [name, month] of Object.entries(fiscalYearEnd))
      this.calendarMonths.set(calendarIdOf(name), month);
  }

  /** A series named by key or label (or, with the import's company, by metric); or why not. */
  byName(text: string): Result<SeriesTarget> {
    const name = text.trim();
    if (name === '') return failure('invalid_input', 'the series is blank');
    const lower = name.toLowerCase();
    const key = this.byKey.has(lower) ? lower : this.keyByLabel.get(normalizeLabel(name));
    if (key !== undefined) return this.existing(key);
    if (this.company !== undefined) return this.byCompanyMetric(this.company, name);
    if (isSeriesKey(lower))
      return failure('invalid_input', `no series has the key "${lower}" (see iwb series)`);
    return failure(
      'invalid_input',
      `no series is called "${name}"; give its key, or company and metric columns`,
    );
  }

  /** The series of `company` and `metric`, existing or new. */
  byCompanyMetric(company: string, metric: string): Result<SeriesTarget> {
    if (company.trim() === '') return failure('invalid_input', 'the company is blank');
    if (metric.trim() === '') return failure('invalid_input', 'the metric is blank');
    const key = seriesKey(company, metric);
    if (this.byKey.has(key)) return this.existing(key);
    let target = this.targetsByKey.get(key);
    if (!target) {
      const calendarId = calendarIdOf(company);
      const month = this.calendarMonths.get(calendarId);
      target = {
        ref: this.targets.length,
        key,
        seriesId: null,
        label: `${company.trim()} ${metric.trim()}`,
        company: company.trim(),
        metric: metric.trim(),
        unit: null,
        fiscalCalendar: month === undefined ? 'calendar' : calendarId,
        fiscalYearEndMonth: month ?? null,
      };
      this.add(target);
    }
    return ok(target);
  }

  private existing(key: string): Result<SeriesTarget> {
    const known = this.targetsByKey.get(key);
    if (known) return ok(known);
    const s = this.byKey.get(key)!;
    if (s.kind === 'derived')
      return failure('invalid_input', `${s.label} is a derived series: it is computed, not imported`);
    const target: SeriesTarget = {
      ref: this.targets.length,
      key,
      seriesId: s.id,
      label: s.label,
      company: s.company,
      metric: s.metric,
      unit: s.unit,
      fiscalCalendar: s.fiscalCalendar,
      fiscalYearEndMonth: this.calendarMonths.get(s.fiscalCalendar) ?? null,
    };
    this.add(target);
    return ok(target);
  }

  private add(target: SeriesTarget): void {
    this.targets.push(target);
    this.targetsByKey.set(target.key, target);
  }
}
