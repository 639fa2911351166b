import { parseAmountText, type DecimalMark, type ThousandsMark } from '../../../projection/number-text';
import {
  calendarPeriodOf,
  formatPeriodLabel,
  parsePeriodText,
  type PeriodLabel,
} from '../../../projection/period-text';
import { ok, type Result } from '../../../projection/refusal';
import type { Qualifier } from '../../../projection/series-types';
import {
  readQualifierText,
  readUnitText,
  unitProblem,
  valueInSeriesUnit,
  type UnitText,
} from './cell-readers';
import type { ColumnRole, ImportIssue, ImportMapping } from '../import-types';
import { rangeOf, type SeriesResolver, type SeriesTarget } from './series-resolver';
import { rangeProblem } from '../../../projection/value-range';

/** One value read from the file, ready to stage. */
export interface ReadValue {
  readonly line: number;
  /** Index of the value's column. */
  readonly column: number;
  readonly target: SeriesTarget;
  readonly periodLabel: string;
  readonly period: string;
  readonly value: number;
  readonly qualifier: Qualifier;
  readonly source: string;
  readonly note: string;
}

/** Where the interpreter sends what it reads. */
export interface RowSink {
  value(read: ReadValue): void;
  blank(): void;
  /** A refused cell or row; `seriesKey` and `periodLabel` when known, for the preview. */
  issue(
    line: number,
    column: string | null,
    raw: string,
    message: string,
    seriesKey: string | null,
    periodLabel: string,
  ): void;
  /** A header the mapping cannot use (a values column whose header names no period or series). */
  mappingIssue(issue: ImportIssue): void;
}

export interface InterpreterSettings {
  readonly mapping: ImportMapping;
  readonly headers: readonly string[];
  readonly headerLine: number;
  readonly decimal: DecimalMark;
  readonly thousands: ThousandsMark | undefined;
  readonly fileExponent: number | null;
  readonly defaultSource: string;
}

/**
 * Memoizes a text -> result reader; large files repeat the same few periods, series and units,
 * often on consecutive rows (the last text is checked before the map).
 */
function memo<T>(read: (text: string) => T, limit = 20000): (text: string) => T {
  const cache = new Map<string, T>();
  let lastText: string | undefined;
  let lastResult: T | undefined;
  return (text) => {
    if (text === lastText) return lastResult as T;
    let result = cache.get(text);
    if (result === undefined && !cache.has(text)) {
      result = read(text);
      if (cache.size < limit) cache.set(text, result);
    }
    lastText = text;
    lastResult = result;
    return result as T;
  };
}

const DIGIT_0 = 48;
const Q = 81;
/** Keys of "0000Q1" to "9999Q4". */
const QUARTER_KEYS = 40_000;

/** A number for text written exactly as "2024Q3" (0 to QUARTER_KEYS - 1), else -1. */
function quarterKey(text: string): number {
  if (text.length !== 6 || text.charCodeAt(4) !== Q) return -1;
  let year = 0;
  for (let k = 0; k < 4; k++) {
    const digit = text.charCodeAt(k) - DIGIT_0;
    if (digit < 0 || digit > 9) return -1;
    year = year * 10 + digit;
  }
  const quarter = text.charCodeAt(5) - DIGIT_0;
  return quarter >= 1 && quarter <= 4 ? year * 4 + quarter - 1 : -1;
}

/** A period cell as read: its label, as written, and (for a calendar label) the period it is. */
interface PeriodCell {
  readonly label: PeriodLabel;
  readonly written: string;
  readonly calendar: string | null;
}

/**
 * Turns each data record into values for the sink, in the long target shape, following the
 * mapping. Errors name the line, the column and the text; a value that is not a number is an
 * error, never a zero.
 */
export function createRowInterpreter(
  settings: InterpreterSettings,
  resolver: SeriesResolver,
  sink: RowSink,
): (fields: readonly string[], line: number) => void {
  const { mapping, headers } = settings;
  const col = (role: ColumnRole): number => mapping.columns.indexOf(role);
  const periodCol = col('period');
  const seriesCol = col('series');
  const companyCol = col('company');
  const metricCol = col('metric');
  const valueCol = col('value');
  const unitCol = col('unit');
  const sourceCol = col('source');
  const noteCol = col('note');
  const qualifierCol = col('qualifier');
  const valuesCols = mapping.columns.flatMap((role, i) => (role === 'values' ? [i] : []));
  const name = (i: number) => headers[i] ?? `column ${i + 1}`;
  const mappingIssue = (column: number, message: string) =>
    sink.mappingIssue({
      line: settings.headerLine,
      column: name(column),
      value: headers[column] ?? '',
      message,
    });

  const readPeriodText = memo((text: string): Result<PeriodCell> => {
    const result = parsePeriodText(text);
    if (!result.ok) return result;
    const calendar = result.value.isFiscal
      ? null
      : calendarPeriodOf(result.value, { fiscalYearEndMonth: 12 });
    return ok({ label: result.value, written: text.trim(), calendar });
  });
  // Quarters written as "2024Q3", by their character codes: a long file's period changes on nearly
  // every row, and a new string is hashed for each map lookup (about 5 % of the reading).
  const quarters = new Array<Result<PeriodCell> | undefined>(QUARTER_KEYS);
  const readPeriod = (text: string): Result<PeriodCell> => {
    const key = quarterKey(text);
    return key === -1 ? readPeriodText(text) : (quarters[key] ??= readPeriodText(text));
  };
  // Not memoized: nearly every value of a large file is different.
  const amountOptions = { decimal: settings.decimal, thousands: settings.thousands };
  const readAmount = (text: string) => parseAmountText(text, amountOptions);
  const noUnit = ok(null);
  const readUnit = memo((text: string): Result<UnitText | null> =>
    text.trim() === '' ? noUnit : readUnitText(text),
  );
  const readQualifier = memo(readQualifierText);
  const exact = ok<Qualifier>('exact');
  const bySeriesName = memo((text: string) => resolver.byName(text));
  const byCompany = memo(
    (company: string) => memo((metric: string) => resolver.byCompanyMetric(company, metric)),
    Infinity,
  );
  const byCompanyMetric = (company: string, metric: string) => byCompany(company)(metric);

  /** The row's series, 'skip' (the user left its name out), or [column, text, reason] of the cell that fails. */
  function seriesOf(fields: readonly string[]): SeriesTarget | 'skip' | [number, string, string] {
    if (seriesCol !== -1) {
      const text = fields[seriesCol] ?? '';
      const target = bySeriesName(text);
      return target.ok ? target.value : [seriesCol, text, target.error.message];
    }
    const metric = fields[metricCol] ?? '';
    const company = companyCol !== -1 ? (fields[companyCol] ?? '') : undefined;
    const target = company === undefined ? bySeriesName(metric) : byCompanyMetric(company, metric);
    if (target.ok) return target.value;
    return company !== undefined && company.trim() === ''
      ? [companyCol, company, target.error.message]
      : [metricCol, metric, target.error.message];
  }

  function calendarPeriod(period: PeriodCell, target: SeriesTarget): string {
    if (!period.label.isFiscal) return period.calendar ?? '';
    if (target.fiscalYearEndMonth === null) return '';
    return calendarPeriodOf(period.label, { fiscalYearEndMonth: target.fiscalYearEndMonth }) ?? '';
  }

  function failAt(
    line: number,
    at: number,
    text: string,
    message: string,
    target: SeriesTarget,
    periodText: string,
  ) {
    sink.issue(line, name(at), text, message, target.key, periodText);
  }

  /** Reads one value cell of the row (`amount` is its text, read); the other cells come from `fields`. */
  function emit(
    fields: readonly string[],
    line: number,
    target: SeriesTarget,
    periodCell: Result<PeriodCell>,
    periodColumn: number,
    column: number,
    amount = readAmount(fields[column] ?? ''),
  ): void {
    const raw = fields[column] ?? '';
    const periodText = periodCell.ok ? periodCell.value.written : (fields[periodColumn] ?? '');
    if (amount.ok && amount.value === null) return sink.blank();
    const fail = (at: number, text: string, message: string) =>
      failAt(line, at, text, message, target, periodText);
    if (!periodCell.ok) return fail(periodColumn, periodText, periodCell.error.message);
    const period = periodCell.value;
    const calendar = calendarPeriod(period, target);
    if (calendar === '') {
      const reason =
        period.label.isFiscal && target.fiscalYearEndMonth === null
          ? `${period.written} is a fiscal period, and the month in which the fiscal year of ${target.company} ends is not known; give it with the import`
          : `${period.written} falls outside 1900-2199`;
      return fail(periodColumn, periodText, reason);
    }
    if (!amount.ok) return fail(column, raw, amount.error.message);
    const unit = unitCol === -1 ? noUnit : readUnit(fields[unitCol] ?? '');
    if (!unit.ok) return fail(unitCol, fields[unitCol] ?? '', unit.error.message);
    const mismatch = unitProblem(amount.value!, target, unit.value);
    if (mismatch !== null) return fail(column, raw, mismatch);
    const value = valueInSeriesUnit(amount.value!, target, unit.value, settings.fileExponent);
    const range = rangeOf(target);
    const outside = range === null ? null : rangeProblem(value, range);
    if (outside) return fail(column, raw, `${target.label}: ${outside}`);
    const qualifier = qualifierCol === -1 ? exact : readQualifier(fields[qualifierCol] ?? '');
    if (!qualifier.ok) return fail(qualifierCol, fields[qualifierCol] ?? '', qualifier.error.message);
    const note = noteCol === -1 ? '' : (fields[noteCol] ?? '').trim();
    const fiscal = period.label.isFiscal ? `Reported as fiscal ${formatPeriodLabel(period.label)}.` : '';
    sink.value({
      line,
      column,
      target,
      periodLabel: period.written,
      period: calendar,
      value,
      qualifier: qualifier.value,
      source: (sourceCol === -1 ? '' : (fields[sourceCol] ?? '').trim()) || settings.defaultSource,
      note: fiscal && note ? `${fiscal} ${note}` : fiscal || note,
    });
  }

  const isBlank = (text: string | undefined) => {
    const amount = readAmount(text ?? '');
    return amount.ok && amount.value === null;
  };

  if (mapping.shape === 'periods-across') {
    const periods = valuesCols.map((i) => readPeriod(headers[i] ?? ''));
    periods.forEach((period, k) => {
      if (!period.ok) mappingIssue(valuesCols[k]!, period.error.message);
    });
    return (fields, line) => {
      const target = seriesOf(fields);
      if (target === 'skip') return sink.blank();
      if (Array.isArray(target)) {
        if (valuesCols.every((i) => isBlank(fields[i]))) return sink.blank();
        return sink.issue(line, name(target[0]), target[1], target[2], null, '');
      }
      valuesCols.forEach((column, k) => emit(fields, line, target, periods[k]!, column, column));
    };
  }
  if (mapping.shape === 'series-across') {
    const targets = valuesCols.map((i) => bySeriesName(headers[i] ?? ''));
    const columnTargets: (SeriesTarget | 'skip')[] = [];
    targets.forEach((target, k) => {
      if (target.ok) columnTargets.push(target.value);
      else mappingIssue(valuesCols[k]!, target.error.message);
    });
    // A header that names no series refuses the mapping, and then no row is read.
    if (columnTargets.length < targets.length) return () => {};
    return (fields, line) => {
      const period = readPeriod(fields[periodCol] ?? '');
      valuesCols.forEach((column, k) => {
        const target = columnTargets[k]!;
        if (target === 'skip') sink.blank();
        else emit(fields, line, target, period, periodCol, column);
      });
    };
  }
  return (fields, line) => {
    const amount = readAmount(fields[valueCol] ?? '');
    if (amount.ok && amount.value === null) return sink.blank();
    const target = seriesOf(fields);
    if (target === 'skip') return sink.blank();
    if (Array.isArray(target)) {
      return sink.issue(line, name(target[0]), target[1], target[2], null, fields[periodCol] ?? '');
    }
    emit(fields, line, target, readPeriod(fields[periodCol] ?? ''), periodCol, valueCol, amount);
  };
}
