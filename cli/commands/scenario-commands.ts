import { ASSUMPTION_KEYS, ASSUMPTION_META, formatAssumptionValue } from '../../projection/assumptions';
import { repositories } from '../../db/repositories';
import * as command from '../../db/commands';
import type { Db } from '../../db/workbook';
import { takeValue, parseAssumptionValue, parsePercent, splitAssignment } from '../assumption-values';
import { readProbabilityText } from '../../projection/typed-values';
import { formatTable } from '../format-table';
import { withWorkbook } from '../open-for-cli';
import type { CommandContext } from './command';
import { DEAL_HEADER, dealRows } from './model-commands';

const now = () => new Date().toISOString();

/** `iwb scenario list FILE [--json]`. */
export function scenarioList({ positionals, json, print }: CommandContext): void {
  const scenarios = withWorkbook(positionals[0]!, { readonly: true }, (wb) =>
    repositories(wb.db).scenarios.listScenarios(),
  );
  const rows = scenarios.map(({ name, probability, description }) => ({ name, probability, description }));
  if (json) return print(JSON.stringify(rows));
  print(
    formatTable(
      ['name', 'probability', 'description'],
      rows.map((r) => [r.name, `${+(r.probability * 100).toFixed(4)}%`, r.description]),
    ),
  );
}

/** `iwb scenario show FILE NAME [--json]`: every assumption with its label and unit. */
export function scenarioShow({ positionals, json, print }: CommandContext): void {
  const [file, name] = positionals;
  const s = withWorkbook(file!, { readonly: true }, (wb) => command.findScenario(wb.db, name!));
  if (json) {
    const { name: n, description, probability, assumptions, growthOverrides, deals } = s;
    return print(JSON.stringify({ name: n, description, probability, assumptions, growthOverrides, deals }));
  }
  print(`${s.name} (probability ${+(s.probability * 100).toFixed(4)}%)\n${s.description}\n`);
  const rows = ASSUMPTION_KEYS.filter((k) => s.assumptions[k] !== undefined).map((k) => [
    k,
    ASSUMPTION_META[k].label,
    formatAssumptionValue(k, s.assumptions[k]!),
  ]);
  for (const [year, value] of Object.entries(s.growthOverrides)) {
    rows.push([
      `tam.growth@${year}`,
      `TAM growth of the projected year starting in ${year} (override)`,
      formatAssumptionValue('tam.growth', value),
    ]);
  }
  print(formatTable(['key', 'assumption', 'value'], rows));
  print('');
  print(s.deals.length === 0 ? 'no deals' : formatTable(DEAL_HEADER, dealRows(s.deals)));
}

/** Applies one KEY=VALUE of `scenario set`; `name` is the scenario's current name. */
function applyAssignment(db: Db, name: string, assignment: string, warn: (text: string) => void): string {
  const { key, value } = splitAssignment(assignment);
  if (key === 'probability') {
    return command.updateScenario(
      db,
      name,
      { probability: takeValue(readProbabilityText(value), warn) },
      now(),
    ).name;
  }
  if (key === 'description') return command.updateScenario(db, name, { description: value }, now()).name;
  if (key === 'name') return command.updateScenario(db, name, { name: value }, now()).name;
  const override = /^tam\.growth@(\d{4})$/.exec(key);
  if (override) {
    const parsed = value.trim() === '' ? null : parsePercent(value, key, warn);
    return command.setGrowthOverride(db, name, Number(override[1]), parsed, now()).name;
  }
  return command.setScenarioAssumption(db, name, key, parseAssumptionValue(key, value, warn), now()).name;
}

/**
 * `iwb scenario set FILE NAME KEY=VALUE...`: assumptions, `tam.growth@YEAR` overrides (empty value
 * removes), `probability`, `description`, `name`. All or nothing: one bad assignment writes none.
 */
export function scenarioSet({ positionals, print, warn }: CommandContext): void {
  const [file, name, ...assignments] = positionals;
  withWorkbook(file!, {}, (wb) =>
    wb.db.transaction(() => {
      let current = command.findScenario(wb.db, name!).name;
      for (const assignment of assignments) current = applyAssignment(wb.db, current, assignment, warn);
    })(),
  );
  print(`${name}: set ${assignments.length} value${assignments.length === 1 ? '' : 's'}`);
}

/** `iwb scenario copy FILE FROM TO`. */
export function scenarioCopy({ positionals, print }: CommandContext): void {
  const [file, from, to] = positionals;
  const copy = withWorkbook(file!, {}, (wb) => command.copyScenario(wb.db, from!, to!, now()));
  print(`copied ${from} to ${copy.name} (probability 0%)`);
}

/** `iwb scenario delete FILE NAME`. */
export function scenarioDelete({ positionals, print }: CommandContext): void {
  const [file, name] = positionals;
  withWorkbook(file!, {}, (wb) => command.deleteScenario(wb.db, name!, now()));
  print(`deleted ${name}`);
}
