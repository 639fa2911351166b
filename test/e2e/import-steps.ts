import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AppHarness } from './app-harness';

/** Writes a data file into the test's folder and makes the stand-in open dialog answer it. */
export async function chooseFile(
  app: AppHarness,
  name: string,
  content: string | Uint8Array,
): Promise<string> {
  const path = join(app.tempDir, name);
  writeFileSync(path, content);
  await app.setChosenFile(path);
  return path;
}

/** Switches to the Import view with its shortcut. */
export async function openImportView(app: AppHarness): Promise<void> {
  await app.page.keyboard.press('Control+4');
  await app.page.getByTestId('import-view').waitFor();
}

/** The number on one count chip of the preview (new, changed, unchanged, blank, errors). */
export function countChip(app: AppHarness, key: 'new' | 'changed' | 'unchanged' | 'blank' | 'errors') {
  return app.page.locator(`[data-testid="import-counts"] [data-count="${key}"] strong`);
}
