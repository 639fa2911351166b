import { resolve } from 'node:path';
import { exportWorkbook } from '../../db/export/export-workbook';
import { openForCli } from '../open-for-cli';
import type { CommandContext } from './command';

/**
 * `iwb export FILE OUT.xlsx|OUT.csv [--scenario NAME] [--as-shown] [--json]`: the workbook in a file
 * people can share; a CSV's numbers plain, or with `--as-shown` as the grid shows them.
 */
export async function exportCommand({ positionals, flags, json, print }: CommandContext): Promise<void> {
  const [file, out] = positionals;
  const workbook = openForCli(file!, { readonly: true });
  try {
    const scenario = flags.scenario as string | undefined;
    const result = await exportWorkbook(workbook.db, resolve(out!), {
      ...(scenario === undefined ? {} : { scenario }),
      ...(flags['as-shown'] ? { form: 'shown' as const } : {}),
    });
    if (json) return print(JSON.stringify(result));
    print(`wrote ${result.path}: ${result.tables.join(', ')}`);
  } finally {
    workbook.close();
  }
}
