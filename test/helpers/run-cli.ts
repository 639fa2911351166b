import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const BIN = join(process.cwd(), 'bin', 'iwb.cjs');

/** Runs the real `iwb` command (bin/iwb.cjs -> dist/cli/iwb.cjs) and returns its outcome. */
export function runCli(...args: string[]): { code: number; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
