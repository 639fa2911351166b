import { QUALIFIERS, type Qualifier } from '../../../projection/series-types';
import type { NameMatch } from '../../../projection/import-types';
import type { SeriesTarget } from './series-resolver';

/**
 * The values an import reads, in batches of typed arrays: the form in which the reading side (the
 * tokenizer and the row interpreter, on a parse worker thread for large files) hands them to the
 * writing side (classification against the workbook, the writer). Typed arrays move between threads
 * without copying, and the writing side makes no object per value; texts that repeat (sources,
 * notes, periods as written) are kept once per batch.
 */

/** Periods a workbook holds (1900-2199, quarters and years), numbered in key order: year, Q1..Q4. */
export const PERIOD_SLOTS = 300 * 5;

/** The slot of a period ("2024Q3" or "2024"); computed from character codes, as it runs per value. */
export function periodSlot(period: string): number {
  const year =
    period.charCodeAt(0) * 1000 +
    period.charCodeAt(1) * 100 +
    period.charCodeAt(2) * 10 +
    period.charCodeAt(3) -
    48 * 1111;
  return (year - 1900) * 5 + (period.length === 6 ? period.charCodeAt(5) - 48 : 0);
}

const slotPeriods: string[] = [];
for (let slot = 0; slot < PERIOD_SLOTS; slot++) {
  const year = String(1900 + Math.floor(slot / 5));
  slotPeriods.push(slot % 5 === 0 ? year : `${year}Q${slot % 5}`);
}

/** The period of a slot: "2024Q3" or "2024". */
export function periodOfSlot(slot: number): string {
  return slotPeriods[slot]!;
}

/** A period label written exactly as the calendar period it stands for ("2024Q3"). */
export const SAME_AS_PERIOD = -1;

/** Value `i`'s period as the file wrote it. */
export function periodLabelOf(batch: ValueBatch, i: number): string {
  const index = batch.periodLabel[i]!;
  return index === SAME_AS_PERIOD ? periodOfSlot(batch.slot[i]!) : batch.texts[index]!;
}

const QUALIFIER_CODES: ReadonlyMap<Qualifier, number> = new Map(QUALIFIERS.map((q, i) => [q, i]));

/** A series the values of a batch go to, as the reading side resolved it (plain data). */
export interface TargetInfo {
  readonly ref: number;
  readonly key: string;
  /** Null for a series the import creates. */
  readonly seriesId: number | null;
  readonly label: string;
  readonly company: string;
  readonly metric: string;
  readonly unit: string;
  readonly fiscalCalendar: string;
}

/** A refused cell or row, placed among the batch's values: `at` values of the batch come before it. */
export interface BatchIssue {
  readonly at: number;
  readonly line: number;
  readonly column: string | null;
  readonly value: string;
  readonly message: string;
  readonly seriesKey: string | null;
  readonly periodLabel: string;
}

export interface ValueBatch {
  readonly count: number;
  /** Per value: the target's ref, period slot, number, file line, qualifier (its index in QUALIFIERS), value column. */
  readonly target: Int32Array;
  readonly slot: Uint16Array;
  readonly value: Float64Array;
  readonly line: Int32Array;
  readonly qualifier: Uint8Array;
  readonly column: Uint16Array;
  /**
   * Per value: indexes into `texts` of its source, note and period as written (SAME_AS_PERIOD
   * when written as the calendar period it is: see periodLabelOf).
   */
  readonly source: Int32Array;
  readonly note: Int32Array;
  readonly periodLabel: Int32Array;
  readonly texts: readonly string[];
  readonly issues: readonly BatchIssue[];
  /** Blank cells ("—", "n/a") read since the previous batch. */
  readonly blanks: number;
  /** Targets whose first value is in this batch. */
  readonly targets: readonly TargetInfo[];
  /** Names first settled since the previous batch, and where they went. */
  readonly matches: readonly NameMatch[];
}

/** The buffers of a batch, for postMessage's transfer list. */
export function transferablesOf(batch: ValueBatch): ArrayBuffer[] {
  return [
    batch.target,
    batch.slot,
    batch.value,
    batch.line,
    batch.qualifier,
    batch.column,
    batch.source,
    batch.note,
    batch.periodLabel,
  ].map((array) => array.buffer as ArrayBuffer);
}

/** One value as the reading side hands it to the builder. */
export interface BatchValue {
  /** Its unit is settled (not null) once a value of the series has been read. */
  readonly target: SeriesTarget;
  readonly period: string;
  readonly periodLabel: string;
  readonly value: number;
  readonly line: number;
  readonly qualifier: Qualifier;
  readonly column: number;
  readonly source: string;
  readonly note: string;
}

/** Fills batches of `capacity` values and hands each full one to `onBatch`. */
export class BatchBuilder {
  /** Where the names settled since the last batch went (the reader's series resolver). */
  takeMatches: () => NameMatch[] = () => [];
  private target!: Int32Array;
  private slot!: Uint16Array;
  private value!: Float64Array;
  private line!: Int32Array;
  private qualifier!: Uint8Array;
  private column!: Uint16Array;
  private source!: Int32Array;
  private note!: Int32Array;
  private periodLabel!: Int32Array;
  private texts: string[] = [];
  private textIndex = new Map<string, number>();
  private issues: BatchIssue[] = [];
  private targets: TargetInfo[] = [];
  private readonly announced: boolean[] = [];
  private count = 0;
  private blanks = 0;

  constructor(
    private readonly capacity: number,
    private readonly onBatch: (batch: ValueBatch) => void,
  ) {
    this.allocate();
  }

  private allocate(): void {
    const n = this.capacity;
    this.target = new Int32Array(n);
    this.slot = new Uint16Array(n);
    this.value = new Float64Array(n);
    this.line = new Int32Array(n);
    this.qualifier = new Uint8Array(n);
    this.column = new Uint16Array(n);
    this.source = new Int32Array(n);
    this.note = new Int32Array(n);
    this.periodLabel = new Int32Array(n);
  }

  // Per kind of text (source, note, period label), the last one added and its index: rows mostly
  // repeat the previous row's source and note, and comparing with it is cheaper than a map lookup.
  private lastTexts = ['', '', ''];
  // The last qualifier and its code: nearly every value has the one before it (a map lookup each).
  private lastQualifier: Qualifier = 'exact';
  private lastQualifierCode = QUALIFIER_CODES.get('exact')!;
  private lastIndexes = [-1, -1, -1];

  private text(kind: 0 | 1 | 2, text: string): number {
    if (text === this.lastTexts[kind] && this.lastIndexes[kind]! >= 0) return this.lastIndexes[kind]!;
    let index = this.textIndex.get(text);
    if (index === undefined) {
      index = this.texts.length;
      this.texts.push(text);
      this.textIndex.set(text, index);
    }
    this.lastTexts[kind] = text;
    this.lastIndexes[kind] = index;
    return index;
  }

  add(v: BatchValue): void {
    const i = this.count++;
    const ref = v.target.ref;
    if (this.announced[ref] !== true) {
      this.announced[ref] = true;
      const { key, seriesId, label, company, metric, unit, fiscalCalendar } = v.target;
      this.targets.push({ ref, key, seriesId, label, company, metric, unit: unit!, fiscalCalendar });
    }
    this.target[i] = ref;
    this.slot[i] = periodSlot(v.period);
    this.value[i] = v.value;
    this.line[i] = v.line;
    if (v.qualifier !== this.lastQualifier) {
      this.lastQualifier = v.qualifier;
      this.lastQualifierCode = QUALIFIER_CODES.get(v.qualifier)!;
    }
    this.qualifier[i] = this.lastQualifierCode;
    this.column[i] = v.column;
    this.source[i] = this.text(0, v.source);
    this.note[i] = this.text(1, v.note);
    // Most files write calendar periods as the workbook does: those labels are not kept.
    this.periodLabel[i] = v.periodLabel === v.period ? SAME_AS_PERIOD : this.text(2, v.periodLabel);
    if (this.count === this.capacity) this.flush();
  }

  addIssue(issue: Omit<BatchIssue, 'at'>): void {
    this.issues.push({ at: this.count, ...issue });
  }

  addBlank(): void {
    this.blanks++;
  }

  /** Hands on what was added since the last batch, if anything. */
  flush(): void {
    const matches = this.takeMatches();
    if (this.count === 0 && this.issues.length === 0 && this.blanks === 0 && matches.length === 0) return;
    const n = this.count;
    const batch: ValueBatch = {
      count: n,
      target: this.target.subarray(0, n),
      slot: this.slot.subarray(0, n),
      value: this.value.subarray(0, n),
      line: this.line.subarray(0, n),
      qualifier: this.qualifier.subarray(0, n),
      column: this.column.subarray(0, n),
      source: this.source.subarray(0, n),
      note: this.note.subarray(0, n),
      periodLabel: this.periodLabel.subarray(0, n),
      texts: this.texts,
      issues: this.issues,
      blanks: this.blanks,
      targets: this.targets,
      matches,
    };
    this.allocate();
    this.texts = [];
    this.textIndex = new Map();
    this.lastIndexes = [-1, -1, -1];
    this.issues = [];
    this.targets = [];
    this.count = 0;
    this.blanks = 0;
    this.onBatch(batch);
  }
}
