/**
 * The market model's assumptions: label, unit, default, range, and why the default (with its
 * source). Shares, growth and fractions are fractions (0.25 = 25%); money is USD millions; years
 * are calendar years (a plain year means the start of its first quarter); `rampMidpoint` is a
 * quarter as a fractional year (quarter-time.ts); `rampSpeed` is the logistic k per quarter.
 * `history.*` rebuild the past (the same for every scenario); the rest drive the projection.
 */

export type MarketUnit =
  'fraction' | 'USD millions' | 'year' | 'quarter' | 'per quarter' | 'ratio' | 'choice';

export interface MarketAssumptionFields {
  readonly label: string;
  readonly unit: MarketUnit;
  readonly defaultValue: number;
  readonly min: number;
  readonly max: number;
  readonly isInteger?: boolean;
  /** Why the default, in one line, with where it comes from. */
  readonly rationale: string;
}

const SHARE = { unit: 'fraction', min: 0, max: 1 } as const;
const GROWTH = { unit: 'fraction', min: -0.9, max: 5 } as const;
const YEAR = { unit: 'year', min: 2000, max: 2100, isInteger: true } as const;
const SPEED = { unit: 'per quarter', min: 0.01, max: 3 } as const;
const MIDPOINT = { unit: 'quarter', min: 2015, max: 2040.75 } as const;

export const MARKET_ASSUMPTION_FIELDS = {
  'history.nvidiaAcceleratorFraction': {
    label: "Accelerator fraction of NVIDIA's Data Center revenue",
    ...SHARE,
    defaultValue: 0.85,
    rationale:
      'NVIDIA splits Data Center into compute and networking; networking was about 11% of FY2025 and 15% of FY2026 (NVIDIA 10-K and quarterly CFO commentary; not in the workbook).',
  },
  'history.xpuFractionOfBroadcomAi': {
    label: "Custom accelerator (XPU) fraction of Broadcom's AI revenue",
    ...SHARE,
    defaultValue: 0.65,
    rationale:
      "Broadcom's AI revenue is XPUs plus AI networking; Broadcom put networking at roughly a third to 40% of it in FY2024-25 (earnings calls; not in the workbook).",
  },
  'history.broadcomShareOfXpu': {
    label: 'Broadcom share of all custom accelerators',
    unit: 'fraction',
    min: 0.01,
    max: 1,
    defaultValue: 0.7,
    rationale:
      'Broadcom designs Google TPU, Meta MTIA and others; Marvell (Trainium 2, Maia), Alchip/GUC and MediaTek share the rest (statements: Broadcom SAM 60-90 B$ for three customers).',
  },
  'history.otherShare': {
    label: 'Other merchant accelerators (startups, Gaudi, Ascend) share of the market',
    unit: 'fraction',
    min: 0,
    max: 0.99,
    defaultValue: 0.03,
    rationale:
      "Intel Gaudi missed its 0.5 B$ 2024 target; Cerebras, Groq and SambaNova are small; Huawei Ascend sells in China only: a few percent together (assumption; the seed article's bear case names startups).",
  },
  'history.instinctBoundMargin': {
    label: 'How far above a "more than" statement Instinct revenue is taken',
    ...SHARE,
    defaultValue: 0.03,
    rationale:
      'AMD states milestones it has passed ("more than 1 B$", "more than 5 B$"); 3% above keeps each statement true without inventing a beat.',
  },
  'history.serverCpuMarketGrowth': {
    label: 'x86 server CPU market growth after the last anchor (per year)',
    ...GROWTH,
    defaultValue: 0.1,
    rationale:
      "Carries EPYC after AMD's last Instinct statement (2024): the server CPU market grew with the 2025 refresh; 10% keeps EPYC growing with AMD's revenue share (workbook: x86 revenue share 35.5% -> 41.3%).",
  },
  'tam.driver': {
    label: 'TAM driver (0 = growth rate, 1 = hyperscaler capex)',
    unit: 'choice',
    min: 0,
    max: 1,
    isInteger: true,
    defaultValue: 0,
    rationale: 'Growth by default; capex is the alternative view the capex bulls argue from.',
  },
  'tam.growth': {
    label: 'TAM growth in the first projected year, over the trailing four quarters',
    ...GROWTH,
    defaultValue: 0.55,
    rationale:
      'The rebuilt market grew 68% in 2025 and 73% over the four quarters to 2026Q1; the 2026 capex guidance (at least 630 B$, statements) supports a slower but still steep year.',
  },
  'tam.growthFade': {
    label: 'Yearly fade of TAM growth',
    ...SHARE,
    defaultValue: 0.35,
    rationale:
      "Each year's growth is the previous year's times (1 - fade); 35% brings 2028 to about 570 B$ (AMD: more than 500 B$) and growth near 10% by 2030 (bear case: digestion).",
  },
  'segments.inferenceShareStart': {
    label: 'Inference share of the TAM at the start year',
    ...SHARE,
    defaultValue: 0.4,
    rationale:
      'NVIDIA said about 40% of its Data Center revenue in FY2024 went to inference (not in the workbook).',
  },
  'segments.inferenceStartYear': {
    label: 'Inference path start year',
    ...YEAR,
    defaultValue: 2024,
    rationale: 'The year of the 40% estimate.',
  },
  'segments.inferenceShareEnd': {
    label: 'Inference share of the TAM at the end year',
    ...SHARE,
    defaultValue: 0.7,
    rationale:
      "The seed article's core argument: deployed models make inference the larger market; 70% by 2030 is its bull-leaning middle.",
  },
  'segments.inferenceEndYear': {
    label: 'Inference path end year',
    ...YEAR,
    defaultValue: 2030,
    rationale: 'The horizon of the statements (AMD 1 T$ DC TAM by 2030).',
  },
  'xpu.trainingShareEnd': {
    label: 'XPU share of the training market at the end year',
    ...SHARE,
    defaultValue: 0.15,
    rationale: 'Frontier training stays on the merchant roadmap (NVIDIA, MI450); TPU is the exception.',
  },
  'xpu.inferenceShareEnd': {
    label: 'XPU share of the inference market at the end year',
    ...SHARE,
    defaultValue: 0.3,
    rationale:
      "Custom ASICs win fixed inference workloads first (TPU, Trainium, MTIA); Broadcom's 60-90 B$ FY2027 SAM and 73 B$ backlog (statements).",
  },
  'other.trainingShareEnd': {
    label: 'Other merchant share of the training market at the end year',
    ...SHARE,
    defaultValue: 0.02,
    rationale: 'Startups barely train frontier models.',
  },
  'other.inferenceShareEnd': {
    label: 'Other merchant share of the inference market at the end year',
    ...SHARE,
    defaultValue: 0.05,
    rationale: 'Inference startups (Groq, Cerebras) and Ascend in China; the bear case for AMD.',
  },
  'shares.endYear': {
    label: 'Year the XPU and other shares reach their end values',
    ...YEAR,
    defaultValue: 2030,
    rationale: 'Linear from the jump-off to the start of this year.',
  },
  'amd.training.shareFloor': {
    label: "AMD's training share: ramp floor",
    ...SHARE,
    defaultValue: 0.03,
    rationale: 'Near the rebuilt history (about 4-5% of the merchant market in 2025).',
  },
  'amd.training.shareCeiling': {
    label: "AMD's training share: ramp ceiling",
    ...SHARE,
    defaultValue: 0.1,
    rationale:
      'Training stays NVIDIA-led (CUDA, NVLink scale-up); MI450/Helios gives AMD a second-source role.',
  },
  'amd.training.rampMidpoint': {
    label: "AMD's training share: ramp midpoint",
    ...MIDPOINT,
    defaultValue: 2029,
    rationale: 'A generation after inference (MI500).',
  },
  'amd.training.rampSpeed': {
    label: "AMD's training share: ramp speed",
    ...SPEED,
    defaultValue: 0.16,
    rationale:
      "As fast as EPYC took x86 server share (the workbook's logistic fit, 2017Q4-2026Q1: 0.16 per quarter).",
  },
  'amd.inference.shareFloor': {
    label: "AMD's inference share: ramp floor",
    ...SHARE,
    defaultValue: 0.04,
    rationale: 'Near the rebuilt history.',
  },
  'amd.inference.shareCeiling': {
    label: "AMD's inference share: ramp ceiling",
    ...SHARE,
    defaultValue: 0.22,
    rationale:
      "AMD wins inference first (Meta, Microsoft, OpenAI on MI300/MI355); about a fifth of the merchant market by 2030, half of EPYC's x86 revenue share (41% in 2025Q4).",
  },
  'amd.inference.rampMidpoint': {
    label: "AMD's inference share: ramp midpoint",
    ...MIDPOINT,
    defaultValue: 2027.5,
    rationale: 'MI450 and the OpenAI/Meta deployments from 2026H2 (statements).',
  },
  'amd.inference.rampSpeed': {
    label: "AMD's inference share: ramp speed",
    ...SPEED,
    defaultValue: 0.24,
    rationale: 'Half again as fast as EPYC: the OpenAI and Meta deployments pull the ramp (statements).',
  },
  'amd.rampSpeedVsEpyc': {
    label: 'Ramp speed as a multiple of the EPYC x86 ramp (0 = typed speeds)',
    unit: 'ratio',
    min: 0,
    max: 5,
    defaultValue: 0,
    rationale:
      'Off by default; 1 = both segments ramp as fast as the logistic fitted to AMD x86 server unit share.',
  },
  'capex.guidanceYear': {
    label: 'Year of the capex guidance',
    ...YEAR,
    defaultValue: 2026,
    rationale: 'The latest guidance in the statements.',
  },
  'capex.guidance': {
    label: 'Hyperscaler capex in the guidance year',
    unit: 'USD millions',
    min: 0,
    max: 100_000_000,
    defaultValue: 630_000,
    rationale:
      'Reuters: Alphabet, Microsoft, Amazon and Meta to spend at least 630 B$ on AI infrastructure in 2026 (statements; a wider basis than the cash capex series).',
  },
  'capex.growth': {
    label: 'Capex growth in the year after the guidance',
    ...GROWTH,
    defaultValue: 0.15,
    rationale: 'Analysts expect growth to slow after 2026 (bear case: capex digestion).',
  },
  'capex.growthFade': {
    label: 'Yearly fade of capex growth',
    ...SHARE,
    defaultValue: 0.25,
    rationale: 'As the TAM fade.',
  },
  'capex.acceleratorFraction': {
    label: 'Accelerator fraction of hyperscaler capex',
    ...SHARE,
    defaultValue: 0.3,
    rationale:
      'Capex also buys buildings, power, CPUs, memory and networking; with the demand share below this matches the rebuilt 2025 market (check in docs/MODEL.md).',
  },
  'hyperscaler.demandShare': {
    label: "The four hyperscalers' share of accelerator demand",
    ...SHARE,
    defaultValue: 0.5,
    rationale:
      'NVIDIA has put large cloud providers near half of its Data Center revenue (not in the workbook).',
  },
  'amd.grossMargin': {
    label: 'Instinct gross margin',
    ...SHARE,
    defaultValue: 0.5,
    rationale:
      'AMD has said data-center GPU margins are below its corporate non-GAAP gross margin (about 54% in 2025); 50% is a round step below it (earnings calls; not in the workbook).',
  },
} as const satisfies Readonly<Record<string, MarketAssumptionFields>>;
