import { isQuarterPeriod, type QuarterPeriod } from '../projection/period';
import type { WorkbookModelData } from '../projection/workbook-model';
import { repositories } from './repositories';
import type { Db } from './workbook';
import { invalidInput } from '../projection/refusal';

/** The series the model reads; keys as in the default workbook. */
export const MODEL_SERIES = {
  reportedQuarter: 'amd.revenue_data_center',
  x86Share: 'amd.x86_server_unit_share',
  instinct: 'amd.instinct_revenue_est',
  capex: [
    'microsoft.purchases_of_property_and_equipment',
    'amazon.purchases_of_property_and_equipment',
    'alphabet.purchases_of_property_and_equipment',
    'meta.purchases_of_property_and_equipment',
  ],
} as const;

/**
 * Reads what the driver model needs from a workbook: the last quarter AMD reported (Data Center
 * revenue), the x86 share history, hyperscaler capex per quarter (summed over the four companies,
 * only for quarters all four reported) and the Instinct estimates.
 */
export function loadProjectionData(db: Db): WorkbookModelData {
  const observations = repositories(db).observations;
  const quarters = (key: string) =>
    observations.listSeriesObservations(key).filter((o) => isQuarterPeriod(o.period));
  const reported = quarters(MODEL_SERIES.reportedQuarter);
  const last = reported.at(-1);
  if (!last) {
    throw invalidInput(
      `${MODEL_SERIES.reportedQuarter} has no quarterly values: the projection needs the last reported quarter`,
    );
  }
  const capexByPeriod = new Map<string, number[]>();
  for (const key of MODEL_SERIES.capex) {
    for (const o of quarters(key))
      capexByPeriod.set(o.period, [...(capexByPeriod.get(o.period) ?? []), o.value]);
  }
  return {
    lastReportedQuarter: last.period as QuarterPeriod,
    x86History: quarters(MODEL_SERIES.x86Share).map((o) => ({ period: o.period, value: o.value })),
    capexQuarters: [...capexByPeriod]
      .filter(([, values]) => values.length === MODEL_SERIES.capex.length)
      .map(([period, values]) => ({ period, value: values.reduce((a, b) => a + b, 0) })),
    instinctEstimates: observations.listSeriesObservations(MODEL_SERIES.instinct).map((o) => ({
      period: o.period,
      value: o.value,
      qualifier: o.qualifier,
      label: `Workbook estimate (${o.qualifier.replace('_', ' ')})`,
    })),
  };
}
