import { parseArgs } from 'node:util';
import { version } from '../package.json';
import { UsageError } from './cli-errors';
import { commands } from './commands';
import { Refusal } from '../projection/refusal';

function usage(): string {
  const lines = Object.values(commands).map((c) => `  ${c.usage}\n      ${c.summary}`);
  return `usage:\n${lines.join('\n')}\n  iwb --version\n      the version of iwb`;
}

/** What the running CLI knows of its surroundings. */
export interface CliEnvironment {
  /** The built import parse worker (see CommandContext.parseWorker). */
  readonly parseWorker?: string;
}

/** Runs one command line; returns the process exit code (0 ok, 1 bad input, 2 usage). */
export async function main(
  argv: readonly string[],
  out = process.stdout,
  err = process.stderr,
  environment: CliEnvironment = {},
): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--version') {
    out.write(`${version}\n`);
    return 0;
  }
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    (name === undefined ? err : out).write(`${usage()}\n`);
    return name === undefined ? 2 : 0;
  }
  // A two-word command ("scenario list") wins over a one-word one.
  const twoWords = rest[0] !== undefined ? commands[`${name} ${rest[0]}`] : undefined;
  const command = twoWords ?? commands[name];
  const args = twoWords ? rest.slice(1) : rest;
  try {
    if (!command) throw new UsageError(`unknown command "${name}"`);
    let parsed;
    try {
      parsed = parseArgs({
        args: [...args],
        allowPositionals: true,
        options: { json: { type: 'boolean' }, ...command.options },
      });
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    const [min, max] = typeof command.arity === 'number' ? [command.arity, command.arity] : command.arity;
    if (parsed.positionals.length < min || parsed.positionals.length > max) {
      throw new UsageError(`wrong number of arguments: ${command.usage}`);
    }
    await command.run({
      positionals: parsed.positionals,
      json: parsed.values.json === true,
      flags: parsed.values,
      print: (text) => out.write(`${text}\n`),
      warn: (text) => err.write(`iwb: note: ${text}\n`),
      parseWorker: environment.parseWorker,
    });
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      err.write(`iwb: ${error.message}\n${command ? `usage: ${command.usage}` : usage()}\n`);
      return 2;
    }
    const message =
      error instanceof Refusal ? error.message : `unexpected error: ${(error as Error).message}`;
    err.write(`iwb: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
    return 1;
  }
}
