import type { ImportProgressDto } from '../../../electron/contract';
import { describeProgress } from './import-text';

interface ImportProgressProps {
  readonly phase: 'preview' | 'commit';
  readonly progress: ImportProgressDto | null;
  readonly onCancel: () => void;
}

/** The progress bar of a running preview or commit, with Cancel (a cancelled commit writes nothing). */
export function ImportProgress({ phase, progress, onCancel }: ImportProgressProps) {
  const isKnown = progress !== null && progress.phase !== 'idle' && progress.totalBytes > 0;
  return (
    <div className="import-progress" data-testid="import-progress">
      <progress
        aria-label={phase === 'preview' ? 'Reading the file' : 'Writing to the workbook'}
        max={isKnown ? progress.totalBytes : undefined}
        value={isKnown ? progress.bytesRead : undefined}
      />
      <span role="status">{describeProgress(progress ?? IDLE, phase)}</span>
      <button type="button" className="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}

const IDLE: ImportProgressDto = { phase: 'idle', bytesRead: 0, totalBytes: 0, values: 0 };
