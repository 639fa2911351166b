/** A command line that does not fit the command's usage: exit code 2. */
export class UsageError extends Error {}

/** Valid usage but bad input (a refused file, an unknown series): exit code 1. */
export class InputError extends Error {}
