import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { canonicalPath, isSameFile } from '../../electron/main/same-file';
import { makeTempDir } from '../helpers/temp-dir';

const temp = makeTempDir();
afterAll(() => temp.cleanup());

describe('isSameFile (opening a workbook already open focuses its window)', () => {
  it('recognises one file reached by a relative path, a detour through .. and a symbolic link', () => {
    const dir = join(temp.dir, 'theses');
    mkdirSync(dir);
    const file = join(dir, 'Q3 thesis.iwb');
    writeFileSync(file, '');
    symlinkSync(dir, join(temp.dir, 'link'));
    expect(isSameFile(file, relative(process.cwd(), file))).toBe(true);
    expect(isSameFile(file, join(dir, '..', 'theses', 'Q3 thesis.iwb'))).toBe(true);
    expect(isSameFile(file, join(temp.dir, 'link', 'Q3 thesis.iwb'))).toBe(true);
    expect(canonicalPath(join(temp.dir, 'link', 'Q3 thesis.iwb'))).toBe(canonicalPath(file));
  });

  it('tells different files apart, and compares missing ones by their absolute path', () => {
    writeFileSync(join(temp.dir, 'a.iwb'), '');
    writeFileSync(join(temp.dir, 'b.iwb'), '');
    expect(isSameFile(join(temp.dir, 'a.iwb'), join(temp.dir, 'b.iwb'))).toBe(false);
    expect(isSameFile(join(temp.dir, 'gone.iwb'), join(temp.dir, '.', 'gone.iwb'))).toBe(true);
  });
});
