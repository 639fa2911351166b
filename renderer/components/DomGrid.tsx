import { useEffect, useLayoutEffect, useRef } from 'react';
import { createGrid, type GridApi, type GridOptions } from 'ag-grid-community';

/**
 * AG Grid drawn by its own DOM renderer (createGrid) inside a React component, for the Data grid.
 *
 * Why not AgGridReact there: the React wrapper renders every row and cell as a React component,
 * and a jump across a large workbook (a new screen of about a thousand cells), or a block of
 * values arriving, spent more than half its script time in React's reconciler and commit
 * (docs/BENCHMARKS.md, "Large workbooks"). The grid's own renderer writes the same DOM directly.
 * Its cells hold text (value formatters, class rules), so nothing here needs React inside a cell.
 *
 * The options are read as AgGridReact reads its props: event handlers (`onXxx`) always call the
 * latest one given; any other option whose value changes between renders is passed on with
 * `updateGridOptions` (rowData, columnDefs…); options AG Grid takes only at creation (getRowId)
 * must not change meaning between renders.
 */
export function DomGrid<Row>({ options }: { readonly options: GridOptions<Row> }) {
  const element = useRef<HTMLDivElement>(null);
  const api = useRef<GridApi<Row> | null>(null);
  const latest = useRef(options);
  const applied = useRef<GridOptions<Row>>({});
  // Before the grid's own effects: an event fired while they run calls this render's handler.
  useLayoutEffect(() => {
    latest.current = options;
  });

  useLayoutEffect(() => {
    const initial: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(latest.current)) {
      initial[key] = isEventHandler(key, value)
        ? (event: unknown) => (latest.current as Record<string, (event: unknown) => void>)[key]?.(event)
        : value;
    }
    applied.current = latest.current;
    api.current = createGrid(element.current!, initial as GridOptions<Row>);
    return () => {
      api.current?.destroy();
      api.current = null;
    };
  }, []);

  useEffect(() => {
    if (!api.current) return;
    const changed: Record<string, unknown> = {};
    const before = applied.current as Record<string, unknown>;
    for (const [key, value] of Object.entries(options)) {
      if (!isEventHandler(key, value) && before[key] !== value && !INITIAL_ONLY.has(key)) {
        changed[key] = value;
      }
    }
    applied.current = options;
    if (Object.keys(changed).length > 0) api.current.updateGridOptions(changed as GridOptions<Row>);
  });

  return <div ref={element} style={{ height: '100%', width: '100%' }} />;
}

/** Options read once at creation: a new function for the same rule each render is no change. */
const INITIAL_ONLY: ReadonlySet<string> = new Set(['getRowId']);

function isEventHandler(key: string, value: unknown): boolean {
  return typeof value === 'function' && /^on[A-Z]/.test(key);
}
