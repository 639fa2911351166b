import { describe, expect, it } from 'vitest';
import { parseRecentList, recentMenuItems, withRecent } from '../../electron/main/recent-list';

describe('the recent list', () => {
  it('puts a workbook first without duplicating it, and keeps ten', () => {
    const list = Array.from({ length: 10 }, (_, i) => `/w/${i}.iwb`);
    expect(withRecent(list, '/w/5.iwb')).toEqual(['/w/5.iwb', ...list.filter((p) => p !== '/w/5.iwb')]);
    const added = withRecent(list, '/w/new.iwb');
    expect(added).toHaveLength(10);
    expect(added[0]).toBe('/w/new.iwb');
    expect(added).not.toContain('/w/9.iwb');
  });

  it('reads back only paths that still exist, and anything not a list as empty', () => {
    const exists = (p: string) => p !== '/gone.iwb';
    expect(parseRecentList('["/a.iwb","/gone.iwb",3]', exists)).toEqual(['/a.iwb']);
    expect(parseRecentList('{"a":1}', exists)).toEqual([]);
    expect(parseRecentList('not json', exists)).toEqual([]);
    // What Clear Recent stores.
    expect(parseRecentList('[]', exists)).toEqual([]);
  });
});

describe('File › Open Recent', () => {
  it('lists each workbook by name with its folder, then Clear Recent, which clears', () => {
    const opened: string[] = [];
    let cleared = 0;
    const items = recentMenuItems(
      ['/docs/Q3 thesis.iwb', '/docs/Client A.iwb'],
      (p) => opened.push(p),
      () => cleared++,
    );
    expect(items.map((i) => i.label ?? i.type)).toEqual([
      'Q3 thesis.iwb',
      'Client A.iwb',
      'separator',
      'Clear Recent',
    ]);
    expect(items[0]!.sublabel).toBe('/docs/Q3 thesis.iwb');
    const click = (i: number) => (items[i]!.click as () => void)();
    click(1);
    click(3);
    expect(opened).toEqual(['/docs/Client A.iwb']);
    expect(cleared).toBe(1);
  });

  it('says there is nothing to open once cleared', () => {
    expect(
      recentMenuItems(
        [],
        () => undefined,
        () => undefined,
      ),
    ).toEqual([{ label: 'No recent workbooks', enabled: false }]);
  });
});
