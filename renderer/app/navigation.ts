export type ViewId = 'data' | 'scenarios' | 'projection' | 'vintages' | 'import';

export interface NavItem {
  readonly id: ViewId;
  readonly label: string;
  readonly shortcut: string;
}

/** The app's views, in the order of the sidebar; Ctrl/Cmd + the digit switches to each. */
export const NAV_ITEMS: readonly NavItem[] = [
  { id: 'data', label: 'Data', shortcut: '1' },
  { id: 'scenarios', label: 'Scenarios', shortcut: '2' },
  { id: 'projection', label: 'Projection', shortcut: '3' },
  { id: 'import', label: 'Import', shortcut: '4' },
  { id: 'vintages', label: 'Vintages', shortcut: '5' },
];
