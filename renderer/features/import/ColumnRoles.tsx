import type { ColumnRole, ImportPreviewDto, ImportShape } from '../../../electron/contract';
import { Segmented } from '../../components/Segmented';

const SHAPES: readonly { value: ImportShape; label: string }[] = [
  { value: 'long', label: 'Long: a row per value' },
  { value: 'periods-across', label: 'Wide: periods across' },
  { value: 'series-across', label: 'Wide: series across' },
];

/** Every role a column can have, with what it means. */
export const ROLE_LABELS: Readonly<Record<ColumnRole, string>> = {
  period: 'Period',
  series: 'Series',
  company: 'Company',
  metric: 'Metric',
  value: 'Value',
  values: 'Values (named by header)',
  unit: 'Unit',
  source: 'Source',
  note: 'Note',
  qualifier: 'Qualifier (≈, ≥)',
  ignore: 'Ignore',
};
const ROLES = Object.keys(ROLE_LABELS) as ColumnRole[];

/** Header rows offered: the first twenty records (title lines above a header are common). */
const HEADER_ROWS = Array.from({ length: 20 }, (_, i) => i);

interface ColumnRolesProps {
  readonly preview: ImportPreviewDto;
  readonly isBusy: boolean;
  readonly onShape: (shape: ImportShape) => void;
  readonly onHeaderRow: (row: number) => void;
  readonly onRole: (index: number, role: ColumnRole) => void;
}

/** The file's shape, its header row and the role of each column, as guessed and as the user sets them. */
export function ColumnRoles({ preview, isBusy, onShape, onHeaderRow, onRole }: ColumnRolesProps) {
  const { mapping, headers } = preview;
  return (
    <div className="column-roles">
      <div className="toolbar">
        <Segmented<ImportShape>
          label="Shape of the file"
          value={mapping.shape}
          options={SHAPES}
          onChange={onShape}
        />
        <label>
          Header row{' '}
          <select
            value={mapping.headerRow}
            onChange={(e) => onHeaderRow(Number(e.target.value))}
            disabled={isBusy}
            data-testid="header-row-select"
          >
            {HEADER_ROWS.map((row) => (
              <option key={row} value={row}>
                {row === 0 ? 'first row' : `row ${row + 1}`}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="hint">
        What each column holds. A long file needs a period, a series (or company and metric) and a value
        column; a wide one has a column of values per period or per series.
      </p>
      <div className="columns-grid" data-testid="column-roles">
        {headers.map((header, index) => (
          <label key={index} className="column-role">
            <span className="column-name" title={header}>
              {header}
            </span>
            <select
              aria-label={`Role of column ${header}`}
              value={mapping.columns[index] ?? 'ignore'}
              onChange={(e) => onRole(index, e.target.value as ColumnRole)}
              disabled={isBusy}
            >
              {ROLES.map((role) => (
                <option key={role} value={role}>
                  {ROLE_LABELS[role]}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
    </div>
  );
}
