import * as command from '../../db/commands';
import { loadProjectionData } from '../../db/projection-data';
import { repositories } from '../../db/repositories';
import { backtest } from '../../projection/backtest';
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
