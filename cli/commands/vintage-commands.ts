import * as command from '../../db/commands';
import { loadProjectionData } from '../../db/projection-data';
import { repositories } from '../../db/repositories';
import { ASSUMPTION_META, formatAssumptionValue, isAssumptionKey } from '../../projection/assumptions';
import { backtest } from '../../projection/backtest';
import { compareSides, type CompareSide } from '../../projection/compare';
import { runWorkbookModel } from '../../projection/workbook-model';
import { buildMarketHistory } from '../../projection/market/market-history';
import { invalidInput } from '../../projection/refusal';
import { formatNumber, formatTable } from '../format-table';
import { withWorkbook } from '../open-for-cli';
import type { CommandContext } from './command';

const now = () => new Date().toISOString();
const pct = (v: number | null) => (v === null ? '-' : `${(v * 100).toFixed(1)}%`);

function vintageId(text: string | undefined): number {
  const id = Number(text);
  if (!Number.isInteger(id) || id <= 0)
    throw invalidInput(`"${text}" is not a vintage id (see iwb vintages)`);
  return id;
}

/** `iwb freeze FILE SCENARIO [--label TEXT]`: stores the scenario and its projection as a vintage. */
export function freezeCommand({ positionals, flags, print }: CommandContext): void {
  const [file, scenario] = positionals;
  const v = withWorkbook(file!, {}, (wb) =>
    command.freezeScenario(wb.db, scenario!, flags.label as string | undefined, now()),
  );
  print(`froze ${v.scenario} as vintage ${v.id}: ${v.label}`);
}

/** `iwb vintages FILE [--json]`: every vintage, oldest first. */
export function vintagesCommand({ positionals, json, print }: CommandContext): void {
  const vintages = withWorkbook(positionals[0]!, { readonly: true }, (wb) =>
    repositories(wb.db).vintages.listVintages(),
  );
  const rows = vintages.map((v) => ({
    vintage: v.id,
    scenario: v.scenario,
    label: v.label,
    frozenAt: v.frozenAt,
    jumpOff: v.jumpOff,
    years: v.years.map(({ year, instinctRevenue }) => ({ year, instinctRevenue })),
  }));
  if (json) return print(JSON.stringify(rows));
  if (rows.length === 0) return print('no vintages (freeze a scenario with iwb freeze)');
  const years = [...new Set(rows.flatMap((r) => r.years.map((y) => y.year)))].filter((y) => y >= 2026).sort();
  print(
    formatTable(
      ['id', 'scenario', 'label', 'frozen', 'jump-off', ...years.map((y) => `Instinct ${y}`)],
      rows.map((r) => [
        String(r.vintage),
        r.scenario,
        r.label,
        r.frozenAt.slice(0, 10),
        r.jumpOff,
        ...years.map((y) => {
          const found = r.years.find((x) => x.year === y);
          return found ? formatNumber(found.instinctRevenue, 0) : '-';
        }),
      ]),
    ),
  );
}

/** `iwb vintage delete FILE ID`. */
export function vintageDeleteCommand({ positionals, print }: CommandContext): void {
  const id = vintageId(positionals[1]);
  withWorkbook(positionals[0]!, {}, (wb) => command.deleteVintage(wb.db, id, now()));
  print(`deleted vintage ${id}`);
}

/** `iwb vintage copy FILE ID NAME`: a new editable scenario from a vintage. */
export function vintageCopyCommand({ positionals, print }: CommandContext): void {
  const [file, idText, name] = positionals;
  const copy = withWorkbook(file!, {}, (wb) => command.copyVintage(wb.db, vintageId(idText), name!, now()));
  print(`copied vintage ${idText} to scenario ${copy.name} (probability 0%)`);
}

/** `iwb backtest FILE [--json]`: each vintage against what is reported now. */
export function backtestCommand({ positionals, json, print }: CommandContext): void {
  const scores = withWorkbook(positionals[0]!, { readonly: true }, (wb) => {
    const data = loadProjectionData(wb.db);
    const history = buildMarketHistory(data.market, data.historyAssumptions);
    return backtest(repositories(wb.db).vintages.listVintages(), history);
  });
  if (json) return print(JSON.stringify({ vintages: scores }));
  if (scores.length === 0) return print('no vintages to score (freeze a scenario with iwb freeze)');
  print(
    formatTable(
      ['rank', 'id', 'label', 'jump-off', 'quarters scored', 'Instinct MAPE', 'NVIDIA MAPE', 'TAM MAPE'],
      scores.map((s) => [
        s.rank === null ? '-' : String(s.rank),
        String(s.vintage),
        s.label,
        s.jumpOff,
        String(s.quarters.filter((q) => q.output === 'instinctRevenue').length),
        pct(s.mape),
        pct(s.mapeByOutput.nvidiaRevenue),
        pct(s.mapeByOutput.tam),
      ]),
    ),
  );
}

/** A side of `iwb compare`: `vintage:ID` names a vintage, anything else a scenario. */
function compareSide(db: Parameters<typeof loadProjectionData>[0], name: string): CompareSide {
  const vintage = /^vintage:(\d+)$/.exec(name);
  if (vintage) {
    const v = command.findVintage(db, Number(vintage[1]));
    return {
      ...v,
      name: `vintage ${v.id} (${v.label})`,
      assumptions: v.assumptions as Record<string, number>,
    };
  }
  const scenario = command.findScenario(db, name);
  const projection = runWorkbookModel(loadProjectionData(db), [scenario]).comparison.scenarios[0]!.projection;
  return { ...scenario, years: projection.years };
}

/** `iwb compare FILE A B [--json]`: two scenarios or vintages (`vintage:ID`), what differs. */
export function compareCommand({ positionals, json, print }: CommandContext): void {
  const [file, a, b] = positionals;
  const result = withWorkbook(file!, { readonly: true }, (wb) =>
    compareSides(compareSide(wb.db, a!), compareSide(wb.db, b!)),
  );
  if (json) return print(JSON.stringify(result));
  // Assumptions in their unit (25%, 2027Q3, 2030), growth overrides as percents, money as is.
  // A difference of quarters or years is a span: "+3 quarters", "-1 years".
  const show = (item: string, v: number | null, isDifference = false) => {
    if (v === null) return '-';
    const key = item.replace(/@\d+$/, '');
    if (!isAssumptionKey(key)) return formatNumber(v, 0);
    const unit = ASSUMPTION_META[key].unit;
    if (isDifference && unit === 'quarter') return `${v > 0 ? '+' : ''}${+(v * 4).toFixed(2)} quarters`;
    if (isDifference && unit === 'year') return `${v > 0 ? '+' : ''}${v} years`;
    return formatAssumptionValue(key, v);
  };
  const table = (rows: typeof result.assumptions) =>
    formatTable(
      ['', 'item', result.a, result.b, 'difference'],
      rows.map((r) => [
        r.isChanged ? '*' : '',
        r.item,
        show(r.item, r.a),
        show(r.item, r.b),
        show(r.item, r.difference, true),
      ]),
    );
  print(table(result.assumptions));
  print('');
  print(table(result.outputs));
  print('\n* differs');
}
