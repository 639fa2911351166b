import { loadProjectionData } from '../../db/projection-data';
import { repositories } from '../../db/repositories';
import type { Scenario } from '../../db/repositories/scenario-repository';
import { findScenario, setScenarioAssumption } from '../../db/commands';
import type { Db } from '../../db/workbook';
import { goalSeek } from '../../projection/goal-seek';
import { isFractionOutput, parseOutputSpec } from '../../projection/output-spec';
import { isQuarterPeriod, type QuarterPeriod } from '../../projection/period';
import { fitX86, modelContext, runWorkbookModel, scenarioInputs } from '../../projection/workbook-model';
import { takeValue, splitAssignment } from '../assumption-values';
import { readTargetText } from '../../projection/typed-values';
import { UsageError } from '../cli-errors';
import { invalidInput } from '../../projection/refusal';
import { formatNumber, formatTable } from '../format-table';
import { withWorkbook } from '../open-for-cli';
import type { CommandContext } from './command';

/** The named scenario, or Base (or the first) when none is named. */
function pickScenario(db: Db, name: string | undefined): Scenario {
  if (name !== undefined) return findScenario(db, name);
  const all = repositories(db).scenarios.listScenarios();
  const chosen = all.find((s) => s.name === 'Base') ?? all[0];
  if (!chosen) throw invalidInput('the workbook has no scenarios');
  return chosen;
}

const pct = (v: number) => `${(v * 100).toFixed(2)}%`;

/** `iwb project FILE [--scenario NAME] [--format table|csv|json] [--end YYYYQn]`. */
export function projectCommand({ positionals, flags, print }: CommandContext): void {
  const format = (flags.format as string | undefined) ?? 'table';
  if (!['table', 'csv', 'json'].includes(format)) throw new UsageError(`--format must be table, csv or json`);
  const end = flags.end as string | undefined;
  if (end !== undefined && !isQuarterPeriod(end))
    throw invalidInput(`--end ${end}: expected a quarter such as 2030Q4`);
  const { scenario, result } = withWorkbook(positionals[0]!, { readonly: true }, (wb) => {
    const chosen = pickScenario(wb.db, flags.scenario as string | undefined);
    const data = loadProjectionData(wb.db);
    return {
      scenario: chosen,
      result: runWorkbookModel(data, [chosen], end as QuarterPeriod | undefined),
    };
  });
  const projection = result.comparison.scenarios[0]!.projection;
  const quarters = projection.quarters
    .filter((q) => q.isProjected)
    .map((q) => ({
      period: q.period,
      tam: q.tam,
      training: q.training,
      inference: q.inference,
      xpuShare: q.xpuShare,
      otherShare: q.otherShare,
      merchant: q.merchant,
      amdShare: q.amdShare,
      instinctRevenue: q.instinctRevenue,
      nvidiaRevenue: q.nvidiaRevenue,
      dealRevenue: q.dealRevenue,
      revenueFromDeals: q.revenueFromDeals,
      isBelowDeals: q.isBelowDeals,
      grossProfit: q.grossProfit,
    }));
  const years = projection.years
    .filter((y) => y.projectedQuarters > 0)
    .map(({ year, projectedQuarters, tam, instinctRevenue, nvidiaRevenue, dealRevenue, yoy }) => ({
      year,
      projectedQuarters,
      tam,
      instinctRevenue,
      nvidiaRevenue,
      dealRevenue,
      yoy,
    }));
  const checks = result.outcomes[0]!.checks;
  if (format === 'json') {
    return print(
      JSON.stringify({ scenario: scenario.name, jumpOff: result.jumpOff, quarters, years, checks }),
    );
  }
  const header = Object.keys(quarters[0] ?? {});
  if (format === 'csv') {
    print([header.join(','), ...quarters.map((q) => Object.values(q).join(','))].join('\n'));
    return;
  }
  const j = result.jumpOff;
  print(
    `${scenario.name}: ${result.firstQuarter}–${result.endQuarter}, USD millions; jump-off ${j.quarter}: ` +
      `TAM ${formatNumber(j.tam, 0)}, XPU ${pct(j.xpuShare)}, AMD ${pct(j.amdShare)} of merchant\n`,
  );
  print(
    formatTable(
      ['period', 'TAM', 'inference', 'XPU share', 'merchant', 'AMD share', 'Instinct', 'NVIDIA', 'deals'],
      quarters.map((q) => [
        q.period,
        formatNumber(q.tam, 0),
        pct(q.inference / q.tam),
        pct(q.xpuShare),
        formatNumber(q.merchant, 0),
        pct(q.amdShare),
        formatNumber(q.instinctRevenue, 0),
        formatNumber(q.nvidiaRevenue, 0),
        formatNumber(q.dealRevenue, 0) + (q.isBelowDeals ? ' *' : ''),
      ]),
    ),
  );
  print('* share-driven Instinct revenue below the deals\n');
  print(
    formatTable(
      ['year', 'TAM', 'Instinct revenue', 'NVIDIA', 'deals', 'YoY'],
      years.map((y) => [
        y.projectedQuarters < 4 ? `${y.year} (${y.projectedQuarters}q projected)` : String(y.year),
        formatNumber(y.tam, 0),
        formatNumber(y.instinctRevenue, 0),
        formatNumber(y.nvidiaRevenue, 0),
        formatNumber(y.dealRevenue, 0),
        y.yoy === null ? '-' : pct(y.yoy),
      ]),
    ),
  );
  print('');
  print(
    formatTable(
      ['check', 'period', 'expected', 'verdict', 'detail'],
      checks.map((c) => [c.label, c.period, c.expected, c.verdict, c.detail]),
    ),
  );
}

/** `iwb fit-x86 FILE [--json]`: the logistic fit to AMD's x86 server unit share (ceiling as a fraction). */
export function fitX86Command({ positionals, json, print }: CommandContext): void {
  const fit = withWorkbook(positionals[0]!, { readonly: true }, (wb) =>
    fitX86(loadProjectionData(wb.db).x86History),
  );
  if (!fit) throw invalidInput('amd.x86_server_unit_share has too few quarters to fit a logistic ramp');
  const out = {
    ceiling: fit.ceiling / 100,
    speed: fit.speed,
    midpoint: fit.midpoint,
    midpointQuarter: fit.midpointQuarter,
    r2: fit.rSquared,
    quartersFrom1To20: fit.quartersFrom1To20,
    observations: fit.observationCount,
  };
  if (json) return print(JSON.stringify(out));
  print(
    formatTable(
      ['parameter', 'value'],
      [
        ['ceiling', pct(out.ceiling)],
        ['speed (k per quarter)', out.speed.toFixed(4)],
        ['midpoint', `${out.midpointQuarter} (${out.midpoint.toFixed(2)})`],
        ['R²', out.r2.toFixed(4)],
        [
          'quarters from 1% to 20%',
          out.quartersFrom1To20 === null ? 'never' : out.quartersFrom1To20.toFixed(1),
        ],
        ['observations', String(out.observations)],
      ],
    ),
  );
}

/** `iwb goal-seek FILE --scenario NAME --target OUTPUT=VALUE --by KEY [--save] [--json]`. */
export function goalSeekCommand({ positionals, flags, json, print, warn }: CommandContext): void {
  const [scenarioName, target, key] = [flags.scenario, flags.target, flags.by] as (string | undefined)[];
  if (!scenarioName || !target || !key) throw new UsageError('--scenario, --target and --by are required');
  const { key: outputText, value: targetText } = splitAssignment(target);
  const output = parseOutputSpec(outputText);
  const targetValue = takeValue(readTargetText(isFractionOutput(output), targetText, outputText), warn);
  const isSave = flags.save === true;
  const result = withWorkbook(positionals[0]!, { readonly: !isSave }, (wb) => {
    const scenario = findScenario(wb.db, scenarioName);
    const data = loadProjectionData(wb.db);
    const context = modelContext(data, fitX86(data.x86History));
    const solved = goalSeek({ context, inputs: scenarioInputs(scenario), key, output, target: targetValue });
    if (isSave && !solved.isReached) throw invalidInput(`${solved.message}; nothing was saved`);
    if (isSave) setScenarioAssumption(wb.db, scenario.name, key, solved.value, new Date().toISOString());
    return { scenario: scenario.name, ...solved, saved: isSave };
  });
  if (json) {
    const { scenario, key: k, value, output: out, target: t, isReached, message, saved } = result;
    return print(
      JSON.stringify({ scenario, key: k, value, output: out, target: t, reached: isReached, message, saved }),
    );
  }
  print(`${result.message}${result.saved ? ` (saved to ${result.scenario})` : ''}`);
}
