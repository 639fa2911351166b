import { parseArgs } from 'node:util';
import { InputError, UsageError } from './cli-errors';
import type { Command } from './commands/command';
import { getCommand, infoCommand, newCommand, seriesCommand } from './commands/workbook-commands';

const commands: Readonly<Record<string, Command>> = {
  new: { usage: 'iwb new FILE', summary: 'create a workbook with the default content', arity: 1, run: newCommand },
  info: { usage: 'iwb info FILE [--json]', summary: 'schema version, counts and periods', arity: 1, run: infoCommand },
  series: { usage: 'iwb series FILE [--json]', summary: 'list the series', arity: 1, run: seriesCommand },
  get: { usage: 'iwb get FILE SERIES_KEY [--json]', summary: 'values of one series', arity: 2, run: getCommand },
};

function usage(): string {
  const lines = Object.values(commands).map((c) => `  ${c.usage.padEnd(38)} ${c.summary}`);
  return `usage:\n${lines.join('\n')}`;
}

/** Runs one command line; returns the process exit code (0 ok, 1 bad input, 2 usage). */
export async function main(argv: readonly string[], out = process.stdout, err = process.stderr): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    (name === undefined ? err : out).write(`${usage()}\n`);
    return name === undefined ? 2 : 0;
  }
  const command = commands[name];
  try {
    if (!command) throw new UsageError(`unknown command "${name}"`);
    let parsed;
    try {
      parsed = parseArgs({ args: [...rest], allowPositionals: true, options: { json: { type: 'boolean' } } });
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    if (parsed.positionals.length !== command.arity) {
      throw new UsageError(`expected ${command.arity} argument(s): ${command.usage}`);
    }
    await command.run({
      positionals: parsed.positionals,
      json: parsed.values.json === true,
      flags: parsed.values,
      print: (text) => out.write(`${text}\n`),
    });
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      err.write(`iwb: ${error.message}\n${command ? `usage: ${command.usage}` : usage()}\n`);
      return 2;
    }
    const message = error instanceof InputError ? error.message : `unexpected error: ${(error as Error).message}`;
    err.write(`iwb: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
    return 1;
  }
}
