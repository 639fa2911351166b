import { themeQuartz } from 'ag-grid-community';

/** AG Grid's quartz theme at the Data view's density, shared by every grid of the app. */
export const gridTheme = themeQuartz.withParams({
  fontSize: 13,
  headerFontWeight: 600,
  spacing: 5,
  wrapperBorderRadius: 0,
});

/**
 * What every grid of the app sets alike: the theme, fixed columns the user may resize but not sort
 * or move, tooltips after 400 ms, and every column rendered (the widest grid has a few hundred
 * cells across, and tests find each cell in the DOM). One object for every render: a new
 * defaultColDef makes AG Grid rebuild all its columns.
 */
export const GRID_DEFAULTS = {
  theme: gridTheme,
  defaultColDef: { resizable: true, sortable: false, suppressMovable: true },
  tooltipShowDelay: 400,
  suppressColumnVirtualisation: true,
} as const;
