import type { FindResult } from '../projection/find-query';
import { z } from 'zod';
import type { CellDetails } from '../projection/cell-history';
import { PERIOD_EDGES } from '../projection/journal-structure';
import { DISPLAY_SCALES, MAX_DISPLAY_DECIMALS } from '../projection/series-display';
import { CELL_BATCH_ACTIONS } from '../projection/journal';
import type { Problem, Result } from '../projection/refusal';
import { ADDABLE_SERIES_KINDS, type SeriesDetails } from '../projection/series-types';
import {
  importInputs,
  type FileGrant,
  type ImportPreviewDto,
  type ImportProgressDto,
  type ImportRecordDto,
  type ImportResultDto,
  type RecipeDto,
  type UndoResultDto,
} from './import-contract';
import {
  filesInputs,
  type BackupDto,
  type CheckResultDto,
  type ExportDoneDto,
  type ExportProgressDto,
  type SavedFileDto,
  type WorkbookActivityDto,
} from './files-contract';

import { cellInputs, MAX_BATCH_CELLS, NoteText, SeriesKey } from './cell-contract';

export type * from './import-contract';
export type * from './files-contract';
export { MAX_BLOCK_CELLS } from './cell-contract';

/**
 * The one IPC contract between the renderer and the main process. Each channel (`noun:verb`) has a
 * zod schema for its input, checked in main, and the type of its result. The preload builds
 * `window.workbook` from this list; the renderer imports its types only.
 */

import type {
  WorkbookSummary,
  SeriesDto,
  ObservationDto,
  SeriesExtentDto,
  CellWriteResult,
  PackedCells,
  StepDetailsDto,
  PeriodRangeDto,
  HistoryMoveResult,
  HistoryDto,
  ScenarioDto,
  VintageDto,
  ProjectionDataDto,
} from './workbook-dtos';

export type * from './workbook-dtos';

const NoInput = z.undefined();
const ScenarioName = z.string().min(1).max(80);
const FiniteNumber = z.number().finite();
/** A deal as typed in the Scenarios view; projection/market/deals.ts checks it against the others. */
const DealInput = z
  .object({
    name: z.string().min(1).max(80),
    gigawatts: FiniteNumber.min(0).max(1000),
    startQuarter: z.string().regex(/^(19|20|21)\d\dQ[1-4]$/, 'a quarter such as 2026Q3'),
    rampYears: FiniteNumber.min(0.25).max(20),
    usdBillionsPerGw: FiniteNumber.min(0).max(1000),
    amdContentShare: FiniteNumber.min(0).max(1),
    source: z.string().max(2000).optional(),
  })
  .strict();
/** A bound of a series' range: a finite number, or null for none. */
const Bound = FiniteNumber.nullable().optional();

/** Declares a channel: `channel<Result>()(inputSchema)`. */
function channel<Result>() {
  return <Input extends z.ZodType>(input: Input) => ({ input, result: undefined as unknown as Result });
}

export const contract = {
  'workbook:summary': channel<WorkbookSummary>()(NoInput),
  'series:list': channel<SeriesDto[]>()(NoInput),
  /** Finds a series by name, or cells by value, source or note (the Data view's Ctrl+F). */
  'workbook:find': channel<FindResult>()(z.object({ text: z.string().max(200) }).strict()),
  'series:details': channel<SeriesDetails>()(z.object({ key: SeriesKey }).strict()),
  /** Changes a series' label, unit or range; a range that a value already in it falls outside is refused. */
  'series:update': channel<SeriesDetails>()(
    z
      .object({
        key: SeriesKey,
        label: z.string().min(1).max(200).optional(),
        unit: z.string().min(1).max(40).optional(),
        minValue: Bound,
        maxValue: Bound,
      })
      .strict()
      .refine(
        (v) => v.minValue == null || v.maxValue == null || v.minValue <= v.maxValue,
        'the minimum is above the maximum',
      ),
  ),
  /**
   * How a series' numbers are shown: a scale (a money series in thousands, millions or billions)
   * and decimals (null: the grid's own); one journaled step, the values untouched.
   */
  'series:setDisplay': channel<SeriesDetails>()(
    z
      .object({
        key: SeriesKey,
        scale: z.enum(DISPLAY_SCALES).optional(),
        decimals: z.number().int().min(0).max(MAX_DISPLAY_DECIMALS).nullable().optional(),
      })
      .strict(),
  ),
  /** Adds a series last in the display order (reported or estimate; derived ones are the app's). */
  'series:add': channel<SeriesDetails>()(
    z
      .object({
        key: SeriesKey,
        label: z.string().min(1).max(200),
        company: z.string().min(1).max(80),
        unit: z.string().min(1).max(40),
        kind: z.enum(ADDABLE_SERIES_KINDS),
        notes: NoteText.optional(),
        minValue: Bound,
        maxValue: Bound,
      })
      .strict()
      .refine(
        (v) => v.minValue == null || v.maxValue == null || v.minValue <= v.maxValue,
        'the minimum is above the maximum',
      ),
  ),
  /** Deletes a series with its values (one undoable step); answers how many values it held. */
  'series:delete': channel<{ readonly removedValues: number }>()(z.object({ key: SeriesKey }).strict()),
  /** Moves a series to a 0-based position in the display order; answers the series in their new order. */
  'series:move': channel<SeriesDto[]>()(
    z.object({ key: SeriesKey, position: z.number().int().min(0).max(100_000) }).strict(),
  ),
  'periods:range': channel<PeriodRangeDto>()(NoInput),
  /** Adds the quarter before the first or after the last of the period range; answers the new range. */
  'periods:add': channel<PeriodRangeDto & { readonly added: string }>()(
    z.object({ edge: z.enum(PERIOD_EDGES) }).strict(),
  ),
  /** Each series' first and last period, in display order: the Data grid's columns and Ctrl+End. */
  'observations:extents': channel<SeriesExtentDto[]>()(NoInput),
  /** The values of some series over whole years, fromYear to toYear - 1: a block of the Data grid. */
  'observations:block': channel<ObservationDto[]>()(cellInputs.observationsBlock),
  'observations:set': channel<CellWriteResult>()(cellInputs.observationsSet),
  /** One cell's value, what set it and its earlier values with their sources. */
  'observations:history': channel<CellDetails>()(cellInputs.observationsHistory),
  /** Changes a value's qualifier, source or note (not the value): one journaled step. */
  'observations:annotate': channel<CellWriteResult>()(cellInputs.observationsAnnotate),
  /**
   * Many cells in one step (paste, fill, clear, cut); the first bad cell refuses them all. Packed
   * (projection/packed-cells.ts): each cell is [series index, period index, value or null].
   */
  'observations:setMany': channel<PackedCells>()(cellInputs.observationsSetMany),
  /** Vintages: scenarios frozen with what they projected (projection/vintage.ts). */
  'vintages:list': channel<VintageDto[]>()(NoInput),
  'vintages:freeze': channel<VintageDto>()(
    z.object({ scenario: ScenarioName, label: z.string().max(120).optional() }).strict(),
  ),
  'vintages:delete': channel<null>()(z.object({ vintage: z.number().int().positive() }).strict()),
  'vintages:copy': channel<ScenarioDto>()(
    z.object({ vintage: z.number().int().positive(), name: ScenarioName }).strict(),
  ),
  'history:list': channel<HistoryDto>()(NoInput),
  'history:step': channel<StepDetailsDto>()(z.object({ id: z.number().int().positive() }).strict()),
  'history:undo': channel<HistoryMoveResult>()(NoInput),
  'history:redo': channel<HistoryMoveResult>()(NoInput),
  'scenarios:list': channel<ScenarioDto[]>()(NoInput),
  'scenarios:setAssumption': channel<ScenarioDto>()(
    z.object({ scenario: ScenarioName, key: z.string().min(1).max(80), value: FiniteNumber }).strict(),
  ),
  /** Many assumption cells (values or a year's override; null clears) as one step: a paste, fill or clear. */
  'scenarios:setAssumptions': channel<ScenarioDto[]>()(
    z
      .object({
        action: z.enum(CELL_BATCH_ACTIONS),
        writes: z
          .array(
            z
              .object({
                scenario: ScenarioName,
                key: z.string().min(1).max(80),
                year: z.number().int().min(2000).max(2100).nullable(),
                value: FiniteNumber.nullable(),
              })
              .strict(),
          )
          .min(1)
          .max(MAX_BATCH_CELLS),
      })
      .strict(),
  ),
  'scenarios:setGrowthOverride': channel<ScenarioDto>()(
    z
      .object({
        scenario: ScenarioName,
        year: z.number().int().min(2000).max(2100),
        value: FiniteNumber.nullable(),
      })
      .strict(),
  ),
  'scenarios:copy': channel<ScenarioDto>()(z.object({ from: ScenarioName, to: ScenarioName }).strict()),
  'scenarios:update': channel<ScenarioDto>()(
    z
      .object({
        scenario: ScenarioName,
        name: ScenarioName.optional(),
        description: z.string().max(2000).optional(),
        probability: FiniteNumber.min(0).max(1).optional(),
      })
      .strict(),
  ),
  'scenarios:delete': channel<null>()(z.object({ scenario: ScenarioName }).strict()),
  /** Replaces a scenario's deals (one step in the journal). */
  'scenarios:setDeals': channel<ScenarioDto>()(
    z.object({ scenario: ScenarioName, deals: z.array(DealInput).max(50) }).strict(),
  ),
  'projection:data': channel<ProjectionDataDto>()(NoInput),
  /** Sets a history setting of the workbook (`history.*`, every scenario's past); null restores its default. */
  'model:setHistoryAssumption': channel<ProjectionDataDto>()(
    z.object({ key: z.string().min(1).max(80), value: FiniteNumber.nullable() }).strict(),
  ),
  // Imports. A file is reached through a grant: main shows the open dialog (files:choose) or the
  // preload turns a dropped File into its path (files:grantDropped); the page holds only the id.
  'files:choose': channel<FileGrant | null>()(NoInput),
  'files:grantDropped': channel<FileGrant>()(importInputs.filesGrantDropped),
  'imports:preview': channel<ImportPreviewDto>()(importInputs.importsPreview),
  'imports:commit': channel<ImportResultDto>()(importInputs.importsCommit),
  /** Cancels the preview or commit running on the workbook; false when none runs. */
  'imports:cancel': channel<boolean>()(NoInput),
  /** Forgets a preview that will not be committed; false when it was not waiting. */
  'imports:discard': channel<boolean>()(importInputs.importsDiscard),
  'imports:list': channel<ImportRecordDto[]>()(NoInput),
  'imports:undo': channel<UndoResultDto>()(importInputs.importsUndo),
  'recipes:list': channel<RecipeDto[]>()(NoInput),
  /** Deletes a saved recipe; false when none had the name. */
  'recipes:delete': channel<boolean>()(importInputs.recipesDelete),
  // Exports (files-contract.ts): main asks where to save; null when the user cancels.
  'charts:savePng': channel<SavedFileDto | null>()(filesInputs.chartsSavePng),
  'charts:copyPng': channel<null>()(filesInputs.chartsCopyPng),
  /** The system clipboard's text and HTML, for a paste from a grid's context menu (the page may not read it). */
  'clipboard:read': channel<{ text: string; html: string }>()(NoInput),
  /** Puts a grid's cells on the system clipboard as tab-separated text and an HTML table (the context menu's Copy). */
  'clipboard:write': channel<null>()(
    z.object({ text: z.string().max(50_000_000), html: z.string().max(100_000_000) }).strict(),
  ),
  /** Prints the page, showing the scenario report laid out for print, to one PDF page. */
  'reports:savePdf': channel<SavedFileDto | null>()(filesInputs.reportsSavePdf),
  'exports:xlsx': channel<ExportDoneDto | null>()(NoInput),
  /** The Data grid, or a scenario's quarters, as CSV. */
  'exports:csv': channel<ExportDoneDto | null>()(filesInputs.exportsCsv),
  /** Any grid of the page as it shows it (or its raw numbers), written as CSV where the user chooses. */
  'exports:grid': channel<ExportDoneDto | null>()(filesInputs.exportsGrid),
  'workbook:check': channel<CheckResultDto>()(NoInput),
  /** The automatic backups of this workbook, newest first. */
  'backups:list': channel<BackupDto[]>()(NoInput),
  /** Restores a backup into a new file the user names, and opens it in a window. */
  'backups:restore': channel<SavedFileDto | null>()(filesInputs.backupsRestore),
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ChannelResult<C extends Channel> = Contract[C]['result'];

export const CHANNELS = Object.keys(contract) as Channel[];

/**
 * Channels the page cannot call itself: the preload calls them with what only it can know (the
 * path of a dropped file), so a page can never name a path.
 */
export const PRELOAD_ONLY_CHANNELS = ['files:grantDropped'] as const satisfies readonly Channel[];
export type PageChannel = Exclude<Channel, (typeof PRELOAD_ONLY_CHANNELS)[number]>;
export const PAGE_CHANNELS = CHANNELS.filter(
  (c): c is PageChannel => !(PRELOAD_ONLY_CHANNELS as readonly Channel[]).includes(c),
);

/** Commands main's menu sends to the focused window's page, on MENU_COMMAND_CHANNEL. */
export const MENU_COMMANDS = [
  'import',
  'export-xlsx',
  'export-csv',
  'export-csv-shown',
  'export-report',
  'check-workbook',
  'backups',
  'undo',
  'redo',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
export const MENU_COMMAND_CHANNEL = 'menu:command';

/** Declares an event: `event<Payload>()`. */
function event<Payload>() {
  return { payload: undefined as unknown as Payload };
}

/**
 * Events main pushes to a window's page (name -> payload), all on EVENT_CHANNEL as
 * `(name, payload)`. The page subscribes with `window.workbook.onEvent(name, listener)`.
 */
export const EVENTS = {
  /** How far the workbook's running preview or commit has got; at most one per 100 ms. */
  'imports:progress': event<ImportProgressDto>(),
  /** How far the running XLSX or CSV export has got. */
  'exports:progress': event<ExportProgressDto>(),
  /** A long operation started or ended on the workbook (the window title shows it). */
  'workbook:activity': event<WorkbookActivityDto>(),
} as const;

export type EventName = keyof typeof EVENTS;
export type EventPayload<E extends EventName> = (typeof EVENTS)[E]['payload'];
export const EVENT_NAMES = Object.keys(EVENTS) as EventName[];
export const EVENT_CHANNEL = 'workbook:event';

export type IpcError = Problem;

/** Every reply: the handler's value, or the refusal (see projection/refusal.ts). */
export type IpcReply<T> = Result<T>;

/** `window.workbook`: one method per page channel, each resolving to the channel's reply, and three more. */
export type WorkbookApi = {
  readonly [C in PageChannel]: ChannelInput<C> extends undefined
    ? () => Promise<IpcReply<ChannelResult<C>>>
    : (input: ChannelInput<C>) => Promise<IpcReply<ChannelResult<C>>>;
} & {
  /** Grants main access to a file dropped on the window: the preload finds its path (files:grantDropped). */
  readonly grantDroppedFile: (file: File) => Promise<IpcReply<FileGrant>>;
  /** Calls `listener` with each menu command main sends this window; returns the unsubscribe. */
  readonly onMenuCommand: (listener: (command: MenuCommand) => void) => () => void;
  /** Calls `listener` with the payload of each `name` event main pushes to this page; returns the unsubscribe. */
  readonly onEvent: <E extends EventName>(
    name: E,
    listener: (payload: EventPayload<E>) => void,
  ) => () => void;
};
