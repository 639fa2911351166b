import { copyVintage, deleteVintage, freezeScenario } from '../../../db/commands';
import { repositories } from '../../../db/repositories';
import type { Handler } from './handler-context';

/** `vintages:list`: every vintage, oldest first. */
export const listVintages: Handler<'vintages:list'> = ({ workbook }) =>
  repositories(workbook.db).vintages.listVintages();

/** `vintages:freeze`: stores a scenario and what it projects now (one undoable step). */
export const freeze: Handler<'vintages:freeze'> = ({ workbook, now }, input) =>
  freezeScenario(workbook.db, input.scenario, input.label, now());

/** `vintages:delete` (undoable). */
export const removeVintage: Handler<'vintages:delete'> = ({ workbook, now }, input) => {
  deleteVintage(workbook.db, input.vintage, now());
  return null;
};

/** `vintages:copy`: a new editable scenario at probability 0 from a vintage. */
export const copyToScenario: Handler<'vintages:copy'> = ({ workbook, now }, input) => {
  const { name, description, probability, assumptions, growthOverrides, deals } = copyVintage(
    workbook.db,
    input.vintage,
    input.name,
    now(),
  );
  return { name, description, probability, assumptions, growthOverrides, deals };
};
