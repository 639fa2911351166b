/**
 * A command line that does not fit the command's usage: exit code 2. Refusals of valid usage (a
 * refused file, an unknown series) are the workbook's own Refusal: exit code 1.
 */
export class UsageError extends Error {}
