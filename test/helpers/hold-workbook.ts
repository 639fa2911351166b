import { openWorkbook } from '../../db/workbook';

/**
 * A second process for the writer-lock tests: opens the workbook named on the command line for
 * writing, says so on stdout, and holds it until its stdin closes (or it is killed).
 */
const workbook = openWorkbook(process.argv[2]!);
process.stdout.write(`holding ${process.pid}\n`);
process.stdin.resume();
process.stdin.on('end', () => {
  workbook.close();
  process.exit(0);
});
