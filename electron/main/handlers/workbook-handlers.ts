import { basename } from 'node:path';
import { setObservation } from '../../../db/edits/set-observation';
import { repositories } from '../../../db/repositories';
import { describeWorkbook } from '../../../db/workbook-info';
import type { CellWriteResult, ObservationDto, SeriesDto, WorkbookSummary } from '../../contract';
import type { HandlerContext } from './handler-context';

/** `workbook:summary`: the open file, its schema version, counts and period range. */
export function getWorkbookSummary({ workbook }: HandlerContext): WorkbookSummary {
  return { path: workbook.path, fileName: basename(workbook.path), ...describeWorkbook(workbook.db) };
}

/** `series:list`: every series in display order. */
export function listSeries({ workbook }: HandlerContext): SeriesDto[] {
  return repositories(workbook.db)
    .series.listSeries()
    .map(({ key, label, unit, kind, company, metric, notes }) => ({
      key,
      label,
      unit,
      kind,
      company,
      metric,
      notes,
    }));
}

/** `observations:list`: every value of every series. */
export function listObservations({ workbook }: HandlerContext): ObservationDto[] {
  return repositories(workbook.db).observations.listObservations();
}

/** `observations:set`: writes one cell and returns what was saved. */
export function setObservationCell(
  { workbook, now }: HandlerContext,
  input: { seriesKey: string; period: string; value: number | null; source?: string | undefined },
): CellWriteResult {
  const saved = setObservation(
    workbook.db,
    {
      seriesKey: input.seriesKey,
      period: input.period,
      value: input.value,
      ...(input.source ? { source: input.source } : {}),
    },
    now(),
  );
  return { seriesKey: input.seriesKey, period: input.period, observation: saved };
}
