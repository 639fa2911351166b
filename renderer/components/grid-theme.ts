import { themeQuartz } from 'ag-grid-community';

/** AG Grid's quartz theme at the Data view's density, shared by the Scenarios and Projection grids. */
export const gridTheme = themeQuartz.withParams({
  fontSize: 13,
  headerFontWeight: 600,
  spacing: 5,
  wrapperBorderRadius: 0,
});
