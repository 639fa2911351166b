import type { ParseArgsConfig } from 'node:util';

export type OptionSpecs = NonNullable<ParseArgsConfig['options']>;

/** What every command receives: its positional arguments (count checked), options and output. */
export interface CommandContext {
  readonly positionals: readonly string[];
  readonly json: boolean;
  readonly flags: Readonly<Record<string, string | boolean | string[] | boolean[] | undefined>>;
  readonly print: (text: string) => void;
  /** A one-line note for people on stderr (how a value was read); never part of --json output. */
  readonly warn: (text: string) => void;
  /** Path of the built import parse worker, when the CLI runs from its bundle (imports use both cores). */
  readonly parseWorker?: string;
}

export interface Command {
  readonly usage: string;
  readonly summary: string;
  /** Positional arguments the command takes: an exact count, or [min, max]. */
  readonly arity: number | readonly [number, number];
  /** Options besides --json, in node:util parseArgs form. */
  readonly options?: OptionSpecs;
  readonly run: (context: CommandContext) => void | Promise<void>;
}
