import { describe, expect, it } from 'vitest';
import {
  isTextEditing,
  runEditCommand,
  type EditCommand,
  type FocusedElement,
} from '../../../renderer/app/edit-commands';

function run(command: EditCommand, activeElement: FocusedElement | null) {
  const native: string[] = [];
  const journal: EditCommand[] = [];
  const doc = {
    activeElement: activeElement as Element | null,
    execCommand: (name: string) => {
      native.push(name);
      return true;
    },
  };
  runEditCommand(command, doc, (c) => journal.push(c));
  return { native, journal };
}

describe('Edit › Undo and Redo in the page', () => {
  it("undo a text field's typing natively, and walk the journal anywhere else", () => {
    expect(run('undo', { tagName: 'INPUT', type: 'text' })).toEqual({ native: ['undo'], journal: [] });
    expect(run('redo', { tagName: 'TEXTAREA' })).toEqual({ native: ['redo'], journal: [] });
    expect(run('undo', { tagName: 'DIV', isContentEditable: true })).toEqual({
      native: ['undo'],
      journal: [],
    });
    // A grid cell, a button, a checkbox, a read-only field or nothing focused: the journal's step.
    expect(run('undo', { tagName: 'DIV', isContentEditable: false })).toEqual({
      native: [],
      journal: ['undo'],
    });
    expect(run('redo', { tagName: 'BUTTON' })).toEqual({ native: [], journal: ['redo'] });
    expect(run('undo', { tagName: 'INPUT', type: 'checkbox' })).toEqual({ native: [], journal: ['undo'] });
    expect(run('undo', { tagName: 'INPUT', type: 'text', readOnly: true })).toEqual({
      native: [],
      journal: ['undo'],
    });
    expect(run('undo', null)).toEqual({ native: [], journal: ['undo'] });
  });

  it('read an input without a type as a text field', () => {
    expect(isTextEditing({ tagName: 'input' })).toBe(true);
    expect(isTextEditing({ tagName: 'INPUT', type: 'number', disabled: true })).toBe(false);
  });
});
