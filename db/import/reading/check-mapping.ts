import type { ColumnRole, ImportIssue, ImportMapping, ImportShape } from '../import-types';

const NEEDS: Readonly<Record<ImportShape, readonly ColumnRole[]>> = {
  long: ['period', 'value'],
  'periods-across': ['values'],
  'series-across': ['period', 'values'],
};

const REFUSES: Readonly<Record<ImportShape, readonly ColumnRole[]>> = {
  long: ['values'],
  'periods-across': ['period', 'value'],
  'series-across': ['series', 'company', 'metric', 'value'],
};

const SINGLE: readonly ColumnRole[] = [
  'period',
  'series',
  'company',
  'metric',
  'value',
  'unit',
  'source',
  'note',
  'qualifier',
];

/**
 * What keeps a mapping from being read, as issues on the header line: a role the shape needs but
 * no column has, one it cannot use, one given to two columns, or no column naming the series.
 */
export function checkMapping(
  mapping: ImportMapping,
  headers: readonly string[],
  headerLine: number,
): ImportIssue[] {
  const issues: ImportIssue[] = [];
  const problem = (message: string, column: number | null = null) =>
    issues.push({
      line: headerLine,
      column: column === null ? null : (headers[column] ?? null),
      value: '',
      message,
    });
  const { shape, columns } = mapping;
  for (const role of NEEDS[shape]) {
    if (!columns.includes(role))
      problem(`no column holds the ${role === 'values' ? 'values' : role} (a ${shape} file needs one)`);
  }
  columns.forEach((role, i) => {
    if (REFUSES[shape].includes(role))
      problem(`a ${shape} file has no ${role} column; map this column to another role`, i);
    if (SINGLE.includes(role) && columns.indexOf(role) !== i)
      problem(`two columns hold the ${role}; ignore one of them`, i);
  });
  if (shape !== 'series-across' && !columns.includes('series') && !columns.includes('metric')) {
    problem('no column names the series (a series key or label, or company and metric)');
  }
  return issues;
}
