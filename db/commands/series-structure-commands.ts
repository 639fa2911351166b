import type { SeriesContents, SeriesPlace, SeriesSnapshot } from '../../projection/journal';
import { invalidInput } from '../../projection/refusal';
import { ADDABLE_SERIES_KINDS, type SeriesKind } from '../../projection/series-types';
import { defaultRange, type ValueRange } from '../../projection/value-range';
import { repositories, type Repositories } from '../repositories';
import type { Series } from '../repositories/series-repository';
import type { Db } from '../db';
import { checkFields } from './series-commands';

/**
 * Adding, deleting and moving series, one journaled step each. A deleted series' entry keeps its
 * values, aliases and import records, so undoing the delete puts the series back exactly.
 */

export interface AddSeriesInput extends Partial<ValueRange> {
  /** `company.metric`: lower-case letters, digits and `_`, with at least one dot. */
  readonly key: string;
  readonly label: string;
  readonly company: string;
  readonly unit: string;
  readonly kind: SeriesKind;
  readonly notes?: string;
  /** Its fiscal calendar's id; by default the company's other series', or the calendar year. */
  readonly fiscalCalendar?: string;
}

const KEY_PATTERN = /^[a-z0-9_]+(\.[a-z0-9_]+)+$/;
const MAX_KEY = 80;
const MAX_COMPANY = 80;

export function snapshotOf(series: Series): SeriesSnapshot {
  return { ...series };
}

function calendarFor(repos: Repositories, input: AddSeriesInput, company: string): string {
  const calendars = repos.fiscalCalendars.listFiscalCalendars().map((c) => c.id);
  if (input.fiscalCalendar !== undefined) {
    if (!calendars.includes(input.fiscalCalendar)) {
      throw invalidInput(
        `${input.key}: no fiscal calendar "${input.fiscalCalendar}" (${calendars.join(', ')})`,
      );
    }
    return input.fiscalCalendar;
  }
  const sibling = repos.series.listSeries().find((s) => s.company.toLowerCase() === company.toLowerCase());
  return sibling?.fiscalCalendar ?? 'calendar';
}

/** Adds a series, last in the display order, as one step; returns it as stored. */
export function addSeries(db: Db, input: AddSeriesInput, now: string): Series {
  const key = input.key.trim();
  if (!KEY_PATTERN.test(key) || key.length > MAX_KEY) {
    throw invalidInput(
      `"${key}": a series key is company.metric in lower-case letters, digits and _ (such as amd.revenue_gaming), at most ${MAX_KEY} characters`,
    );
  }
  if (!(ADDABLE_SERIES_KINDS as readonly string[]).includes(input.kind)) {
    throw invalidInput(
      `${key}: a new series is ${ADDABLE_SERIES_KINDS.join(' or ')}; derived series are computed by the app`,
    );
  }
  const company = input.company.trim();
  if (company === '' || company.length > MAX_COMPANY) {
    throw invalidInput(`${key}: a series needs a company of at most ${MAX_COMPANY} characters`);
  }
  const unit = input.unit.trim();
  const range = defaultRange(unit);
  const fields = {
    label: input.label.trim(),
    unit,
    notes: input.notes ?? '',
    minValue: input.minValue === undefined ? range.minValue : input.minValue,
    maxValue: input.maxValue === undefined ? range.maxValue : input.maxValue,
  };
  checkFields(key, fields);
  return db.transaction(() => {
    const repos = repositories(db);
    if (repos.series.findSeries(key)) throw invalidInput(`${key}: a series has this key already`);
    const order = Math.max(0, ...repos.series.listSeries().map((s) => s.order)) + 1;
    repos.series.insertSeries({
      ...fields,
      key,
      kind: input.kind,
      company,
      metric: key.slice(key.indexOf('.') + 1),
      fiscalCalendar: calendarFor(repos, input, company),
      order,
    });
    const saved = repos.series.findSeries(key)!;
    repos.journal.appendChange(now, { kind: 'series.create', after: snapshotOf(saved) });
    return saved;
  })();
}

/** Everything deleting a series' row removes with it. */
export function contentsOf(repos: Repositories, series: Series): SeriesContents {
  return {
    cells: repos.observations
      .listSeriesObservations(series.key)
      .map(({ seriesKey: _key, period, ...state }) => ({ period, state })),
    aliases: repos.series
      .listAliases()
      .filter((a) => a.seriesKey === series.key)
      .map(({ alias, source }) => ({ alias, source })),
    replaced: repos.seriesTrace.listReplacedCells(series.id),
    createdBy: repos.seriesTrace.listCreatingImports(series.id),
  };
}

/**
 * Deletes a series with its values, as one step that keeps them all (undo puts them back);
 * returns how many values it held. Derived series are the app's and cannot be deleted.
 */
export function deleteSeries(db: Db, key: string, now: string): number {
  return db.transaction(() => {
    const repos = repositories(db);
    const series = repos.series.findSeries(key);
    if (!series) throw invalidInput(`${key}: no such series`);
    if (series.kind === 'derived') {
      throw invalidInput(`${series.label}: derived series are computed by the app and cannot be deleted`);
    }
    const contents = contentsOf(repos, series);
    repos.series.deleteSeries(series.id);
    repos.journal.appendChange(now, { kind: 'series.delete', before: snapshotOf(series), contents });
    return contents.cells.length;
  })();
}

/**
 * Moves a series to `position` (0-based) in the display order, as one step; the series between
 * shift by one. The entry keeps the places that changed, before and after.
 */
export function moveSeries(db: Db, key: string, position: number, now: string): void {
  db.transaction(() => {
    const repos = repositories(db);
    const all = repos.series.listSeries();
    const from = all.findIndex((s) => s.key === key);
    if (from < 0) throw invalidInput(`${key}: no such series`);
    if (!Number.isInteger(position) || position < 0 || position >= all.length) {
      throw invalidInput(`${key}: position ${position} is outside 0 to ${all.length - 1}`);
    }
    if (position === from) return;
    const reordered = all.filter((s) => s.key !== key);
    reordered.splice(position, 0, all[from]!);
    // Orders are renumbered in display order; only the series whose number changes are written.
    const before: SeriesPlace[] = [];
    const after: SeriesPlace[] = [];
    reordered.forEach((series, order) => {
      if (series.order === order) return;
      before.push({ series: series.key, order: series.order });
      after.push({ series: series.key, order });
      repos.series.setSeriesOrder(series.id, order);
    });
    repos.journal.appendChange(now, { kind: 'series.reorder', series: key, before, after });
  })();
}
