/**
 * The Edit menu's Undo and Redo in the page (electron/main/edit-menu.ts sends them): in a text
 * field they undo its typing, as the system's Edit menu would; anywhere else they walk the
 * workbook's journal. Plain functions of the document, so tests run them without Electron.
 */

export type EditCommand = 'undo' | 'redo';

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'email', 'url', 'tel', 'password', 'number']);

/** What isTextEditing reads of an element (an HTMLElement has it all). */
export interface FocusedElement {
  readonly tagName: string;
  readonly type?: string;
  readonly readOnly?: boolean;
  readonly disabled?: boolean;
  readonly isContentEditable?: boolean;
}

/** Whether an element takes typing, where the system's own undo applies. */
export function isTextEditing(element: FocusedElement | null): boolean {
  if (element === null) return false;
  const tag = element.tagName.toUpperCase();
  const isField = tag === 'TEXTAREA' || (tag === 'INPUT' && TEXT_INPUT_TYPES.has(element.type ?? 'text'));
  if (isField) return element.readOnly !== true && element.disabled !== true;
  return element.isContentEditable === true;
}

/** Runs Undo or Redo: the focused field's own when it takes typing, else the journal's. */
export function runEditCommand(
  command: EditCommand,
  doc: Pick<Document, 'activeElement' | 'execCommand'>,
  walkJournal: (command: EditCommand) => void,
): void {
  // execCommand is deprecated for editing, but it is still the one way to reach a field's own
  // undo stack from outside a key press, which is what the menu item stands in for.
  if (isTextEditing(doc.activeElement)) doc.execCommand(command);
  else walkJournal(command);
}
