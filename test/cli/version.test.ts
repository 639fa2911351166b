import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

describe('iwb --version', () => {
  it("prints package.json's version on stdout and exits 0", () => {
    const result = runCli('--version');
    expect(result).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('is listed in the usage', () => {
    expect(runCli('--help').stdout).toMatch(/^ {2}iwb --version$/m);
  });
});
