import type { CellOrigin } from './cell-history';

/**
 * What set a cell, in words, for the cell details panel and `iwb cell`: "import 3 (q3.csv) on
 * 2026-11-30 10:00", "hand edit (step 12) on …", "undo of step 12 on …", "the default workbook".
 */
export function describeOrigin(origin: CellOrigin): string {
  const when = `on ${timeText(origin.at)}`;
  switch (origin.kind) {
    case 'import':
      return `import ${origin.importId} (${origin.fileName}) ${when}${origin.undoneAt === null ? '' : `, undone ${timeText(origin.undoneAt)}`}`;
    case 'edit':
      return `hand edit (step ${origin.step}) ${when}`;
    case 'undo':
      return `undo of step ${origin.of} ${when}`;
    case 'redo':
      return `redo of step ${origin.of} ${when}`;
    case 'default':
      return 'the default workbook (or a change made before the journal)';
  }
}

/** An ISO time as `YYYY-MM-DD HH:MM` (UTC, as the journal stores it); any other text as it is. */
export function timeText(iso: string): string {
  const match = /^(\d{4}-\d\d-\d\d)T(\d\d:\d\d)/.exec(iso);
  return match ? `${match[1]} ${match[2]}` : iso;
}
