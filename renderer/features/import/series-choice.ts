import { NEW_SERIES, SKIP_SERIES, type NameMatch } from '../../../projection/import-types';
import { failure, ok, type Result } from '../../../projection/refusal';

const BY: Readonly<Record<NameMatch['outcome'], string>> = {
  key: 'by key',
  label: 'by label',
  alias: 'by alias',
  words: 'by company and metric',
  chosen: 'your choice',
  new: 'new series',
  skip: 'skipped',
  ambiguous: 'ambiguous',
  unmatched: 'no match',
};

/** Where a name went, for people: "→ AMD Data Center revenue (by alias)", "ambiguous: A or B". */
export function describeMatch(match: NameMatch, labels: ReadonlyMap<string, string>): string {
  const name = (key: string) => labels.get(key) ?? key;
  switch (match.outcome) {
    case 'skip':
      return 'skipped (its rows are left out)';
    case 'ambiguous':
      return `ambiguous: ${match.candidates.map(name).join(' or ')}`;
    case 'unmatched':
      return `no series (nearest: ${match.candidates.join(', ')})`;
    case 'new':
      return `→ new series ${match.series}`;
    default:
      return `→ ${name(match.series ?? '')} (${BY[match.outcome]})`;
  }
}

/**
 * Reads what was typed in a name's "Change to" cell: a series key or label of the workbook, "new
 * series", "skip", or blank (null: let the file's rules decide again).
 */
export function readSeriesChoice(text: string, labels: ReadonlyMap<string, string>): Result<string | null> {
  const typed = text.trim();
  if (typed === '') return ok(null);
  const lower = typed.toLowerCase();
  if (lower === 'new series' || lower === 'new') return ok(NEW_SERIES);
  if (lower === 'skip') return ok(SKIP_SERIES);
  if (labels.has(lower)) return ok(lower);
  const byLabel = [...labels].find(([, label]) => label.toLowerCase() === lower);
  if (byLabel) return ok(byLabel[0]);
  return failure(
    'invalid_input',
    `"${typed}" is no series of the workbook; pick one from the list, “new series” or “skip”`,
  );
}
