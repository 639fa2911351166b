import { z } from 'zod';
import { CELL_BATCH_ACTIONS } from '../projection/journal';
import { cellWritesProblem } from '../projection/packed-cells';
import { QUALIFIERS } from '../projection/series-types';

/**
 * The cells part of the IPC contract (see contract.ts, which declares the channels): the input
 * schemas of the `observations:*` channels, and the series key, period and texts other channels
 * check alike.
 */

export const SeriesKey = z
  .string()
  .regex(/^[a-z0-9_]+\.[a-z0-9_]+$/, 'a series key such as amd.revenue_data_center');
export const Period = z.string().regex(/^(19|20|21)\d\d(Q[1-4])?$/, 'a period such as 2024Q3 or 2024');
export const SourceText = z.string().max(2000);
export const NoteText = z.string().max(4000);

/**
 * The most cells one observations:block may cover (series × years × 5 columns): a read that
 * holds main's thread for milliseconds and a reply of a few hundred kilobytes, whatever the
 * workbook's size. The Data grid asks for what is in view, in blocks under this.
 */
export const MAX_BLOCK_CELLS = 10_000;
const Year = z.number().int().min(1900).max(2200);
// A paste of 10,000 cells is one step; ten times that is a workbook's worth, not a paste.
export const MAX_BATCH_CELLS = 100_000;
/** An index into one of a packed message's lists. */
const ListIndex = z.number().int().nonnegative().max(MAX_BATCH_CELLS);
const Cell = { seriesKey: SeriesKey, period: Period };
/** A column of indexes (projection/packed-columns.ts): one each, one for all, or runs of three numbers. */
const IndexColumn = z.union([
  z.array(ListIndex).max(MAX_BATCH_CELLS),
  z.object({ all: ListIndex }).strict(),
  z.object({ runs: z.array(z.number().int()).max(3 * MAX_BATCH_CELLS) }).strict(),
]);

export const cellInputs = {
  /** The values of some series over whole years, fromYear to toYear - 1: a block of the Data grid. */
  observationsBlock: z
    .object({
      seriesKeys: z
        .array(SeriesKey)
        .min(1)
        .max(MAX_BLOCK_CELLS / 5),
      fromYear: Year,
      toYear: Year,
    })
    .strict()
    .refine((v) => v.toYear > v.fromYear, 'toYear must be after fromYear')
    .refine(
      (v) => v.seriesKeys.length * (v.toYear - v.fromYear) * 5 <= MAX_BLOCK_CELLS,
      `a block may cover at most ${MAX_BLOCK_CELLS} cells (series × years × 5)`,
    ),
  observationsSet: z
    .object({
      ...Cell,
      value: z.number().finite().nullable(),
      source: SourceText.optional(),
      note: NoteText.optional(),
    })
    .strict(),
  /** One cell's value, what set it and its earlier values with their sources. */
  observationsHistory: z.object(Cell).strict(),
  /** A value's qualifier, source or note (not the value): one journaled step. */
  observationsAnnotate: z
    .object({
      ...Cell,
      qualifier: z.enum(QUALIFIERS).optional(),
      source: SourceText.optional(),
      note: NoteText.optional(),
    })
    .strict(),
  /**
   * Many cells in one step (paste, fill, clear, cut); the first bad cell refuses them all. Packed
   * (projection/packed-cells.ts): the cells' series and periods as indexes into the lists (or runs
   * of them), and their values (null clears).
   */
  observationsSetMany: z
    .object({
      action: z.enum(CELL_BATCH_ACTIONS),
      seriesKeys: z.array(SeriesKey).min(1).max(MAX_BATCH_CELLS),
      periods: z.array(Period).min(1).max(MAX_BATCH_CELLS),
      cellSeries: IndexColumn,
      cellPeriods: IndexColumn,
      values: z.array(z.number().finite().nullable()).min(1).max(MAX_BATCH_CELLS),
    })
    .strict()
    .superRefine((write, context) => {
      const problem = cellWritesProblem(write);
      if (problem) context.addIssue({ code: 'custom', path: [problem.path], message: problem.message });
    }),
};
