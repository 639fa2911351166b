import { commitImport, ImportError, previewImport, type CommitOptions } from '../../db/import';
import { defaultWorkbook, writeDataFile } from './import-fixtures';
import { makeTempDir } from './temp-dir';

/**
 * Whether db/import's commitImport honours `signal` (CommitOptions is gaining it, with a commit
 * that awaits between chunks): a commit whose signal has already fired must reject with
 * `cancelled`. Tried on a throwaway workbook. Tests of cancelling a commit run only when it does.
 */
export async function commitHonoursSignal(): Promise<boolean> {
  const temp = makeTempDir('iwb-probe-');
  const workbook = defaultWorkbook(temp.dir);
  try {
    const path = writeDataFile(temp.dir, 'period,series,value\n2030Q1,amd.revenue_data_center,1\n');
    const preview = await previewImport(workbook.db, { path });
    const options: CommitOptions & { readonly signal?: AbortSignal } = { signal: AbortSignal.abort() };
    await commitImport(workbook.db, preview.previewId, options);
    return false;
  } catch (error) {
    if (error instanceof ImportError && error.code === 'cancelled') return true;
    throw error;
  } finally {
    workbook.close();
    temp.cleanup();
  }
}
