import * as command from '../../db/commands';
import {
  ASSUMPTION_META,
  DEFAULT_ASSUMPTIONS,
  HISTORY_ASSUMPTION_KEYS,
  formatAssumptionValue,
} from '../../projection/assumptions';
import { dealValue, type Deal } from '../../projection/market/deals';
import { isQuarterPeriod, type QuarterPeriod } from '../../projection/period';
import { invalidInput } from '../../projection/refusal';
import { parseAssumptionValue, parsePercent, splitAssignment } from '../assumption-values';
import { formatNumber, formatTable } from '../format-table';
import { withWorkbook } from '../open-for-cli';
import { parseNumberText } from '../../projection/number-text';
import type { CommandContext } from './command';

const now = () => new Date().toISOString();

/**
 * `iwb settings FILE [KEY=VALUE...] [--json]`: the workbook's history settings (`history.*`, the
 * same for every scenario) with their defaults; assignments set them (an empty value restores the
 * default), all or nothing.
 */
export function settingsCommand({ positionals, json, print, warn }: CommandContext): void {
  const [file, ...assignments] = positionals;
  const held = withWorkbook(file!, { readonly: assignments.length === 0 }, (wb) =>
    wb.db.transaction(() => {
      for (const assignment of assignments) {
        const { key, value } = splitAssignment(assignment);
        const parsed = value.trim() === '' ? null : parseAssumptionValue(key, value, warn);
        command.setHistoryAssumption(wb.db, key, parsed, now());
      }
      return command.listHistorySettings(wb.db);
    })(),
  );
  const rows = HISTORY_ASSUMPTION_KEYS.map((key) => ({
    key,
    label: ASSUMPTION_META[key].label,
    value: held[key] ?? DEFAULT_ASSUMPTIONS[key],
    isDefault: held[key] === undefined,
  }));
  if (json) return print(JSON.stringify(rows));
  print(
    formatTable(
      ['key', 'setting', 'value'],
      rows.map((r) => [
        r.key,
        r.label,
        formatAssumptionValue(r.key, r.value) + (r.isDefault ? ' (default)' : ''),
      ]),
    ),
  );
}

function readNumber(text: string, what: string): number {
  const read = parseNumberText(text.trim());
  if (!read.ok || read.value === null) throw invalidInput(`${what}: "${text}" is not a number`);
  return read.value;
}

/** A deal with `assignments` (gigawatts, start, ramp, price, content, source) applied over `base`. */
function applyDealFields(base: Deal, assignments: readonly string[], warn: (t: string) => void): Deal {
  let deal = base;
  for (const assignment of assignments) {
    const { key, value } = splitAssignment(assignment);
    switch (key) {
      case 'gigawatts':
        deal = { ...deal, gigawatts: readNumber(value, key) };
        break;
      case 'start':
        if (!isQuarterPeriod(value.trim()))
          throw invalidInput(`start: "${value}" is not a quarter such as 2026Q3`);
        deal = { ...deal, startQuarter: value.trim() as QuarterPeriod };
        break;
      case 'ramp':
        deal = { ...deal, rampYears: readNumber(value, 'ramp (years)') };
        break;
      case 'price':
        deal = { ...deal, usdBillionsPerGw: readNumber(value, 'price (USD billions per GW)') };
        break;
      case 'content':
        deal = { ...deal, amdContentShare: parsePercent(value, "content (AMD's share)", warn) };
        break;
      case 'source':
        deal = { ...deal, source: value };
        break;
      default:
        throw invalidInput(`"${key}" is not a deal field (gigawatts, start, ramp, price, content, source)`);
    }
  }
  return deal;
}

/** `iwb deal set FILE SCENARIO DEAL [gigawatts=G] [start=YYYYQn] [ramp=YEARS] [price=B$/GW] [content=%] [source=TEXT]`. */
export function dealSetCommand({ positionals, print, warn }: CommandContext): void {
  const [file, scenarioName, dealName, ...assignments] = positionals;
  const deal = withWorkbook(file!, {}, (wb) => {
    const scenario = command.findScenario(wb.db, scenarioName!);
    const existing = scenario.deals.find((d) => d.name === dealName);
    const base: Deal = existing ?? {
      name: dealName!.trim(),
      gigawatts: 1,
      startQuarter: '2026Q3',
      rampYears: 4,
      usdBillionsPerGw: 50,
      amdContentShare: 0.25,
    };
    const changed = applyDealFields(base, assignments, warn);
    const deals = existing
      ? scenario.deals.map((d) => (d === existing ? changed : d))
      : [...scenario.deals, changed];
    command.setScenarioDeals(wb.db, scenario.name, deals, now());
    return changed;
  });
  print(
    `${scenarioName}: ${deal.name} ${deal.gigawatts} GW from ${deal.startQuarter} over ${deal.rampYears} years, ` +
      `${formatNumber(dealValue(deal), 0)} USD millions to AMD`,
  );
}

/** `iwb deal remove FILE SCENARIO DEAL`. */
export function dealRemoveCommand({ positionals, print }: CommandContext): void {
  const [file, scenarioName, dealName] = positionals;
  withWorkbook(file!, {}, (wb) => {
    const scenario = command.findScenario(wb.db, scenarioName!);
    if (!scenario.deals.some((d) => d.name === dealName)) {
      const names = scenario.deals.map((d) => d.name).join(', ') || 'none';
      throw invalidInput(`${scenario.name} has no deal "${dealName}" (deals: ${names})`);
    }
    command.setScenarioDeals(
      wb.db,
      scenario.name,
      scenario.deals.filter((d) => d.name !== dealName),
      now(),
    );
  });
  print(`${scenarioName}: removed ${dealName}`);
}

/** The deals of a scenario as table rows (for `scenario show`). */
export function dealRows(deals: readonly Deal[]): string[][] {
  return deals.map((d) => [
    d.name,
    `${d.gigawatts} GW`,
    d.startQuarter,
    `${d.rampYears} years`,
    `${d.usdBillionsPerGw} B$/GW`,
    `${+(d.amdContentShare * 100).toFixed(4)}%`,
    formatNumber(dealValue(d), 0),
  ]);
}

export const DEAL_HEADER = ['deal', 'size', 'start', 'ramp', 'price', 'AMD content', 'value (USD M)'];
