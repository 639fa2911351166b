/** What every command receives: its positional arguments (checked for count), flags and output. */
export interface CommandContext {
  readonly positionals: readonly string[];
  readonly json: boolean;
  readonly flags: Readonly<Record<string, string | boolean | undefined>>;
  readonly print: (text: string) => void;
}

export interface Command {
  readonly usage: string;
  readonly summary: string;
  /** Number of positional arguments the command takes. */
  readonly arity: number;
  readonly run: (context: CommandContext) => void | Promise<void>;
}
