import { WorkbookInputError } from '../db/workbook-input-error';
import { InputError } from './cli-errors';

/** Runs `body`, turning the workbook's refusals (and the model's invalid-input errors) into exit-1 InputErrors. */
export function toInputError<T>(body: () => T): T {
  try {
    return body();
  } catch (error) {
    if (error instanceof WorkbookInputError || error instanceof InputError)
      throw new InputError(error.message);
    throw error;
  }
}
