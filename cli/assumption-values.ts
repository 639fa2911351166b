import { isAssumptionKey, validateAssumption } from '../projection/assumptions';
import { invalidInput, Refusal, type Result } from '../projection/refusal';
import { readAssumptionText, readPercentText, type TypedValue } from '../projection/typed-values';

/**
 * The CLI's side of projection/typed-values.ts: the same reading as the app's grids (a share is a
 * percent: 25 and 25% are 25%), each value's note printed on stderr, a refusal thrown (exit 1).
 */
export function takeValue(read: Result<TypedValue>, warn: (text: string) => void): number {
  if (!read.ok) throw new Refusal(read.error.code, read.error.message);
  if (read.value.note !== null) warn(read.value.note);
  return read.value.value;
}

/** Reads a value typed for assumption `key` in its unit (see readAssumptionText). */
export function parseAssumptionValue(key: string, text: string, warn: (text: string) => void): number {
  if (!isAssumptionKey(key)) throw invalidInput(validateAssumption(key, 0)!);
  return takeValue(readAssumptionText(key, text), warn);
}

/** Reads a percent (25 or 25% = 0.25). */
export function parsePercent(text: string, what: string, warn: (text: string) => void): number {
  return takeValue(readPercentText(text, what), warn);
}

/** Splits `KEY=VALUE` at its last "=" (values never hold one; keys never do either). */
export function splitAssignment(text: string): { key: string; value: string } {
  const at = text.lastIndexOf('=');
  if (at <= 0) throw invalidInput(`"${text}": expected KEY=VALUE`);
  return { key: text.slice(0, at).trim(), value: text.slice(at + 1) };
}
