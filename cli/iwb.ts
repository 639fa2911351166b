import { main } from './main';

// Entry of the bundled `iwb` command (bin/iwb.cjs loads dist/cli/iwb.cjs).
void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
