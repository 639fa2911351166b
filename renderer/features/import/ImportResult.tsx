import type { ImportResultDto } from '../../../electron/contract';
import { describeResult } from './import-text';

/** What the last commit wrote, and the first rows it skipped. */
export function ImportResult({ result, fileName }: { result: ImportResultDto; fileName: string }) {
  return (
    <section className="panel import-result" aria-label="Import result" data-testid="import-result">
      <p>
        <strong>Imported {fileName}.</strong> {describeResult(result)} Undo it below if it is not what you
        meant.
      </p>
      {result.issues.length > 0 && (
        <ul className="skipped-rows">
          {result.issues.slice(0, 10).map((issue, i) => (
            <li key={i}>
              Skipped line {issue.line}
              {issue.column ? `, column “${issue.column}”` : ''}: {issue.message}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
