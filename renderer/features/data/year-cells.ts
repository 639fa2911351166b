import { annualCell, annualRuleOf, type AnnualCell } from '../../../projection/annual-values';

/** What a Year cell reads of its row: the series' unit and its values by period. */
interface YearRow {
  readonly unit: string;
  readonly values: Readonly<Record<string, { readonly value: number }>>;
}

/**
 * A Year column's cell from its row's quarters (projection/annual-values.ts): the quarters' sum
 * (or, for a share, the last quarter) where no annual figure is in the workbook, shown in grey as
 * computed; and a flag where a reported year disagrees with its quarters beyond rounding.
 */
export function yearCell(row: YearRow | undefined, year: string): AnnualCell | null {
  if (!row) return null;
  const quarter = (q: number) => row.values[`${year}Q${q}`]?.value ?? null;
  return annualCell(
    annualRuleOf(row.unit),
    [quarter(1), quarter(2), quarter(3), quarter(4)],
    row.values[year]?.value ?? null,
  );
}

/** What the Year cell's tooltip adds: how a computed year was made, or how a reported one disagrees. */
export function yearCellNote(
  cell: AnnualCell | null,
  year: string,
  unit: string,
  format: (value: number) => string,
): string | undefined {
  if (!cell || cell.computed === null) return undefined;
  const made = annualRuleOf(unit) === 'last' ? `${year}Q4's value` : `the sum of ${year}Q1–Q4`;
  if (cell.reported === null) return `Computed: ${made}; no annual figure is in the workbook.`;
  if (!cell.isMismatch) return undefined;
  return `The quarters give ${format(cell.computed)} (${made}); the reported year, ${format(cell.reported)}, differs by more than rounding.`;
}
