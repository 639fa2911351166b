import type {
  AssumptionChange,
  CellBatchAction,
  CellChange,
  CellState,
  JournalChange,
  SeriesPlace,
} from './journal';
import type { Deal } from './market/deals';
import { describeDisplay } from './series-display';

/**
 * What a journal entry did, in one line for people: the history list, undo's and redo's status
 * messages and `iwb history` all say it this way.
 */

/** One line for people: what a change did ("AMD Data Center revenue 2025Q3: 4,300 → 4,341"). */
export function summarizeChange(change: JournalChange): string {
  switch (change.kind) {
    case 'observation.set':
      return `${change.series} ${change.period}: ${cellChange(change.before, change.after)}`;
    case 'observations.set':
      return batchText(change.action, change.cells);
    case 'series.update':
      return `${change.series}: ${fieldChanges(change.before, change.after)}`;
    case 'series.display':
      return `${change.series}: shown ${describeDisplay(change.before)} → ${describeDisplay(change.after)}`;
    case 'series.alias':
      return `${change.series}: also called "${change.alias}"`;
    case 'series.create':
      return `added series ${change.after.key} (${change.after.label}, ${change.after.unit})`;
    case 'series.delete':
      return `deleted series ${change.before.key} (${change.before.label}) with ${plural(change.contents.cells.length, 'value')}`;
    case 'series.reorder':
      return `moved series ${change.series}${placeText(change.series, change.before, change.after)}`;
    case 'periods.extend':
      return `added quarter ${change.period} at the ${change.edge} of the period range`;
    case 'scenario.assumption':
      return assumptionText(change);
    case 'scenario.assumptions':
      return assumptionBatchText(change.action, change.changes);
    case 'scenario.create':
      return change.from === null
        ? `created scenario ${change.after.name}`
        : `copied ${change.from} to ${change.after.name}`;
    case 'scenario.update':
      return `${change.scenario}: ${fieldChanges(change.before, change.after)}`;
    case 'scenario.delete':
      return `deleted scenario ${change.before.name}`;
    case 'scenario.deals':
      return `${change.scenario}: deals ${dealNames(change.before)} → ${dealNames(change.after)}`;
    case 'vintage.freeze':
      return `froze ${change.after.label}`;
    case 'vintage.delete':
      return `deleted vintage ${change.before.label}`;
    case 'model.setting':
      return `history setting ${change.key} ${numberText(change.before)} → ${numberText(change.after)}`;
    case 'import.commit':
      return `imported ${change.fileName}: ${change.counts.inserted} new, ${change.counts.updated} changed`;
    case 'import.undo':
      return `undid import ${change.importId}: ${change.restored} restored, ${change.removed} removed`;
    case 'recipe.save':
      return `${change.before === null ? 'saved' : 'replaced'} recipe ${change.after.name}`;
    case 'recipe.delete':
      return `deleted recipe ${change.before.name}`;
    case 'history.undo':
      return `undid: ${change.summary}`;
    case 'history.redo':
      return `redid: ${change.summary}`;
    case 'legacy':
      return `${change.action} ${change.target}`;
  }
}

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** " up 2 places" / " down 1 place": how far the series moved among the places that changed. */
function placeText(series: string, before: readonly SeriesPlace[], after: readonly SeriesPlace[]): string {
  const rank = (places: readonly SeriesPlace[]) =>
    [...places].sort((a, b) => a.order - b.order).findIndex((p) => p.series === series);
  const moved = rank(after) - rank(before);
  if (moved === 0) return '';
  return ` ${moved < 0 ? 'up' : 'down'} ${plural(Math.abs(moved), 'place')}`;
}

function assumptionText(change: AssumptionChange): string {
  const at = change.year === null ? '' : `@${change.year}`;
  return `${change.scenario}: ${change.key}${at} ${numberText(change.before)} → ${numberText(change.after)}`;
}

/** "pasted 6 assumption values in Base, Bull", or the one change when there is one. */
function assumptionBatchText(action: CellBatchAction, changes: readonly AssumptionChange[]): string {
  if (changes.length === 1) return `${BATCH_VERBS[action]} ${assumptionText(changes[0]!)}`;
  const scenarios = [...new Set(changes.map((c) => c.scenario))].join(', ');
  return `${BATCH_VERBS[action]} ${changes.length} assumption values in ${scenarios}`;
}

function cellText(cell: CellState | null): string {
  return cell === null ? 'blank' : String(cell.value);
}

function dealNames(deals: readonly Deal[]): string {
  return deals.length === 0 ? 'none' : deals.map((d) => `${d.name} ${d.gigawatts} GW`).join(', ');
}

const BATCH_VERBS: Record<CellBatchAction, string> = {
  paste: 'pasted',
  fill: 'filled',
  clear: 'cleared',
  cut: 'cut',
};

/** "pasted 6 cells: amd.revenue_data_center 2025Q1: 3674 → 3700 and 5 more". */
function batchText(action: CellBatchAction, cells: readonly CellChange[]): string {
  const [first] = cells;
  const count = `${BATCH_VERBS[action]} ${cells.length} ${cells.length === 1 ? 'cell' : 'cells'}`;
  if (!first) return count;
  const more = cells.length > 1 ? ` and ${cells.length - 1} more` : '';
  return `${count}: ${first.series} ${first.period}: ${cellText(first.before)} → ${cellText(first.after)}${more}`;
}

/**
 * A cell's change: the value, with the source it replaced when that changed too (so a hand edit
 * over a cited figure names the citation); or, when only what is said of the value changed, those
 * fields ("source "user entry" → "10-Q"").
 */
function cellChange(before: CellState | null, after: CellState | null): string {
  if (before === null || after === null || before.value !== after.value) {
    const values = `${cellText(before)} → ${cellText(after)}`;
    if (before === null || before.source === '' || before.source === after?.source) return values;
    return `${values} (source ${quoted(before.source)} → ${after === null ? 'none' : quoted(after.source)})`;
  }
  const fields = (['qualifier', 'source', 'note'] as const).filter((f) => before[f] !== after[f]);
  if (fields.length === 0) return 'unchanged';
  return fields.map((f) => `${f} ${quoted(before[f])} → ${quoted(after[f])}`).join(', ');
}

const quoted = (text: string) => `"${text}"`;

function numberText(value: number | null): string {
  return value === null ? 'unset' : String(value);
}

function fieldChanges<T extends object>(before: T, after: T): string {
  const changed = (Object.keys(after) as (keyof T)[]).filter((key) => before[key] !== after[key]);
  if (changed.length === 0) return 'unchanged';
  return changed.map((key) => `${String(key)} ${String(before[key])} → ${String(after[key])}`).join(', ');
}
