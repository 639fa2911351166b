import type { FiscalCalendarRow } from '../repositories/fiscal-calendar-repository';

/**
 * Fiscal calendars the default workbook knows. Broadcom's year ends on the Sunday nearest
 * 31 October, so October stands for "late October / early November".
 */
export const DEFAULT_FISCAL_CALENDARS: readonly FiscalCalendarRow[] = [
  { id: 'calendar', label: 'Calendar year', fiscalYearEndMonth: 12, note: 'January to December' },
  {
    id: 'amd',
    label: 'AMD',
    fiscalYearEndMonth: 12,
    note: '52/53 weeks ending the last Saturday of December',
  },
  { id: 'nvidia', label: 'NVIDIA', fiscalYearEndMonth: 1, note: 'ends the last Sunday of January' },
  { id: 'microsoft', label: 'Microsoft', fiscalYearEndMonth: 6, note: 'ends 30 June' },
  { id: 'broadcom', label: 'Broadcom', fiscalYearEndMonth: 10, note: 'ends the Sunday nearest 31 October' },
  { id: 'amazon', label: 'Amazon', fiscalYearEndMonth: 12, note: 'calendar year' },
  { id: 'alphabet', label: 'Alphabet', fiscalYearEndMonth: 12, note: 'calendar year' },
  { id: 'meta', label: 'Meta', fiscalYearEndMonth: 12, note: 'calendar year' },
  { id: 'intel', label: 'Intel', fiscalYearEndMonth: 12, note: 'calendar year (last Saturday of December)' },
];

/** Display labels of the metrics in ../shared/data, as "<Company> <label>". */
export const METRIC_LABELS: Readonly<Record<string, string>> = {
  revenue_total: 'total revenue',
  revenue_data_center: 'Data Center revenue',
  revenue_client: 'Client revenue',
  revenue_gaming: 'Gaming revenue',
  revenue_embedded: 'Embedded revenue',
  revenue_client_and_gaming: 'Client + Gaming revenue',
  x86_server_unit_share: 'x86 server unit share',
  x86_server_revenue_share: 'x86 server revenue share',
  server_unit_share_incl_arm: 'server unit share (incl. Arm)',
  purchases_of_property_and_equipment: 'capex (cash purchases of PP&E)',
  capex_incl_finance_leases: 'capex incl. finance leases',
  revenue_ai_semiconductor: 'AI semiconductor revenue',
};

/** Share series come from Mercury Research's calendar-quarter reports, whoever the company is. */
export const CALENDAR_QUARTER_METRICS: ReadonlySet<string> = new Set([
  'x86_server_unit_share',
  'x86_server_revenue_share',
  'server_unit_share_incl_arm',
]);

/**
 * The Instinct estimate series is seeded from the statements that pin a period; each entry names
 * the statement (by period and a phrase of its quantity) whose source and note it takes.
 */
export const INSTINCT_SEED = [
  { period: '2023Q4', value: 400, statementPeriod: '2023Q4', quantityIncludes: 'MI300 revenue, Q4 2023' },
  {
    period: '2024Q2',
    value: 1000,
    statementPeriod: '2024Q2',
    quantityIncludes: 'Instinct GPU revenue, Q2 2024',
  },
  { period: '2024Q3', value: 1500, statementPeriod: '2024Q3', quantityIncludes: 'Instinct revenue, Q3 2024' },
  {
    period: '2024',
    value: 5000,
    statementPeriod: '2024',
    quantityIncludes: 'Instinct accelerator revenue, FY2024',
  },
] as const;

export const INSTINCT_SERIES = {
  key: 'amd.instinct_revenue_est',
  label: 'AMD Instinct revenue (estimate)',
  unit: 'USD millions',
  kind: 'estimate',
  company: 'AMD',
  metric: 'instinct_revenue_est',
  fiscalCalendar: 'amd',
  notes:
    'AMD stopped reporting Instinct revenue; seeded with the lower bounds AMD and the press stated. Fill in the other quarters with your own estimates.',
} as const;
