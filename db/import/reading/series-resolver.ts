import { failure, ok, type Result } from '../../../projection/refusal';
import { isSeriesKey, seriesKey } from '../../../projection/series-key';
import { createSeriesMatcher, type SeriesMatch } from '../../../projection/series-match';
import { defaultRange, type ValueRange } from '../../../projection/value-range';
import {
  NEW_SERIES,
  SKIP_SERIES,
  type NameMatch,
  type NameOutcomeKind,
} from '../../../projection/import-types';

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
  /** The values it may hold; for a new series, null until its unit is settled (then its unit's range). */
  range: ValueRange | null;
}

/** Where a row's name led: a series, a row left out by the user's choice, or why not. */
export type NameOutcome = Result<SeriesTarget | 'skip'>;

/** The key of a company's fiscal calendar: its name as a series key part ("NVIDIA" -> "nvidia"). */
export function calendarIdOf(company: string): string {
  return seriesKey(company, 'x').split('.')[0]!;
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
    readonly aliases: readonly string[];
    readonly minValue: number | null;
    readonly maxValue: number | null;
  }[];
  readonly calendars: readonly { readonly id: string; readonly fiscalYearEndMonth: number }[];
}

/** The user's choices for incoming names (ImportOptions.seriesChoices): a key, NEW_SERIES or SKIP_SERIES. */
export type SeriesChoices = Readonly<Record<string, string>>;

/**
 * Finds the series each row names and plans the series an import creates, by the rules of
 * projection/series-match.ts: key, label, alias, then the company and the metric's words. A
 * name the user settled in the preview (or with --map) goes where they said. A name that fits two
 * series is an error until settled; an unknown series key, or a company and metric that match
 * nothing, become a new `reported` series (keyed `company.metric`, projection/series-key.ts). A
 * label that matches nothing, with no company to make a series of, is an error naming the nearest
 * keys. Derived series are refused: they are computed, not imported.
 */
export class SeriesResolver {
  private readonly byKey = new Map<string, SeriesCatalog['series'][number]>();
  private readonly matcher: ReturnType<typeof createSeriesMatcher>;
  private readonly calendarMonths = new Map<string, number>();
  private readonly targetsByKey = new Map<string, SeriesTarget>();
  readonly targets: SeriesTarget[] = [];
  /** Where each distinct name went, in the order first asked; taken by the batches (takeMatches). */
  private matches: NameMatch[] = [];

  constructor(
    catalog: SeriesCatalog,
    private readonly company: string | undefined,
    fiscalYearEnd: Readonly<Record<string, number>> = {},
    private readonly choices: SeriesChoices = {},
  ) {
    for (const s of catalog.series) this.byKey.set(s.key, s);
    this.matcher = createSeriesMatcher(catalog.series);
    for (const c of catalog.calendars) this.calendarMonths.set(c.id, c.fiscalYearEndMonth);
    for (const [name, month] of Object.entries(fiscalYearEnd))
      this.calendarMonths.set(calendarIdOf(name), month);
  }

  /** The matches recorded since the last call (each distinct name once). */
  takeMatches(): NameMatch[] {
    const taken = this.matches;
    this.matches = [];
    return taken;
  }

  /** Records where `name` went; called once per distinct name (the row interpreter memoizes). */
  private record(
    name: string,
    outcome: NameOutcome,
    how: NameOutcomeKind,
    candidates: readonly string[] = [],
  ): NameOutcome {
    const series = outcome.ok && outcome.value !== 'skip' ? outcome.value.key : null;
    this.matches.push({ name, outcome: how, series, candidates });
    return outcome;
  }

  /** A series named by key, label or alias (or, with the import's company, by metric words). */
  byName(text: string): NameOutcome {
    const name = text.trim();
    if (name === '') return failure('invalid_input', 'the series is blank');
    const chosen = this.chosen(name);
    if (chosen) return this.record(name, chosen, choiceKind(chosen));
    const found = this.matcher.match(name, this.company);
    if (found.kind !== 'none') return this.settled(found, name);
    const lower = name.toLowerCase();
    if (isSeriesKey(lower)) {
      const [companyKey, metric] = lower.split('.') as [string, string];
      // The company as the workbook writes it ("AMD" for amd.x), when it has a series of it.
      const company = [...this.byKey.values()].find((s) => calendarIdOf(s.company) === companyKey)?.company;
      return this.record(
        name,
        this.newSeries(company ?? companyKey, metric.replace(/_/g, ' '), lower),
        'new',
        found.suggestions,
      );
    }
    if (this.company !== undefined)
      return this.record(name, this.newSeries(this.company, name), 'new', found.suggestions);
    return this.record(
      name,
      failure(
        'invalid_input',
        `no series is called "${name}" (nearest: ${found.suggestions.join(', ')}); give its key, or a company, or choose a series for it`,
      ),
      'unmatched',
      found.suggestions,
    );
  }

  /** The series of `company` and `metric`: one the workbook has (by key, label, alias or words), or new. */
  byCompanyMetric(company: string, metric: string): NameOutcome {
    if (company.trim() === '') return failure('invalid_input', 'the company is blank');
    if (metric.trim() === '') return failure('invalid_input', 'the metric is blank');
    const name = choiceName(company, metric);
    const chosen = this.chosen(name);
    if (chosen) return this.record(name, chosen, choiceKind(chosen));
    const key = seriesKey(company, metric);
    if (this.byKey.has(key)) return this.record(name, this.existing(key), 'key');
    const found = this.matcher.match(metric.trim(), company.trim());
    if (found.kind !== 'none') return this.settled(found, name);
    return this.record(name, this.newSeries(company, metric), 'new', found.suggestions);
  }

  /** What the user chose for `name`, if anything. */
  private chosen(name: string): NameOutcome | null {
    const choice = this.choices[name];
    if (choice === undefined) return null;
    if (choice === SKIP_SERIES) return ok('skip');
    if (choice === NEW_SERIES) {
      const company = this.company ?? name.split(':')[0]!.trim();
      const metric =
        this.company === undefined && name.includes(':') ? name.slice(name.indexOf(':') + 1) : name;
      return this.newSeries(company, metric);
    }
    if (!this.byKey.has(choice))
      return failure('invalid_input', `"${name}" is mapped to ${choice}, which is no series of the workbook`);
    return this.existing(choice);
  }

  private settled(found: Exclude<SeriesMatch, { kind: 'none' }>, name: string): NameOutcome {
    if (found.kind === 'matched') return this.record(name, this.existing(found.key), found.by);
    const names = found.keys.map((k) => `${this.byKey.get(k)?.label ?? k} (${k})`).join(' or ');
    const refused = failure<SeriesTarget | 'skip'>(
      'invalid_input',
      `"${name}" is ambiguous: ${names}; choose one for it`,
    );
    return this.record(name, refused, 'ambiguous', found.keys);
  }

  private newSeries(company: string, metric: string, key = seriesKey(company, metric)): NameOutcome {
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
        range: null,
      };
      this.add(target);
    }
    return ok(target);
  }

  private existing(key: string): NameOutcome {
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
      range: { minValue: s.minValue, maxValue: s.maxValue },
    };
    this.add(target);
    return ok(target);
  }

  private add(target: SeriesTarget): void {
    this.targets.push(target);
    this.targetsByKey.set(target.key, target);
  }
}

/** How a name the user settled went: to a series they chose, a new series, nowhere, or (a key no longer there) nowhere yet. */
function choiceKind(outcome: NameOutcome): NameOutcomeKind {
  if (!outcome.ok) return 'unmatched';
  if (outcome.value === 'skip') return 'skip';
  return outcome.value.seriesId === null ? 'new' : 'chosen';
}

/** The name a choice is kept under for a row of company and metric: "NVIDIA: Data Center revenue". */
export function choiceName(company: string, metric: string): string {
  return `${company.trim()}: ${metric.trim()}`;
}

/** The range a target's values must be in: its own, or (a new series) its unit's. */
export function rangeOf(target: SeriesTarget): ValueRange | null {
  if (target.range === null && target.unit !== null) target.range = defaultRange(target.unit);
  return target.range;
}
