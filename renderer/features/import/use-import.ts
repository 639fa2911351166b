import { useCallback, useEffect, useRef, useState } from 'react';
import type {
  FileGrant,
  ImportPreviewDto,
  ImportProgressDto,
  ImportResultDto,
} from '../../../electron/contract';
import { ApiError, call, onEvent } from '../../api';
import { FIRST_CHOICES, previewInput, type PreviewChoices } from './preview-choices';

export interface ImportSession {
  readonly grant: FileGrant | null;
  readonly choices: PreviewChoices;
  readonly preview: ImportPreviewDto | null;
  /** Why the file could not be read with the current choices (the last preview stays, stale). */
  readonly previewError: string | null;
  readonly running: 'preview' | 'commit' | null;
  readonly progress: ImportProgressDto | null;
  readonly result: ImportResultDto | null;
  /** The file the result is of. */
  readonly resultFile: string | null;
  /** Why the last commit wrote nothing. */
  readonly commitError: string | null;
}

const EMPTY: ImportSession = {
  grant: null,
  choices: FIRST_CHOICES,
  preview: null,
  previewError: null,
  running: null,
  progress: null,
  result: null,
  resultFile: null,
  commitError: null,
};

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

const discard = (previewId: number) => void call('imports:discard', { previewId }).catch(() => undefined);

/**
 * The state of one import in the Import view: the granted file, the user's choices, the preview
 * read with them (re-read on every change; a reply overtaken by a later change is discarded), the
 * running preview or commit with its progress (pushed by main), and the outcome. `onCommitted` runs after
 * a commit wrote, so the rest of the app can reload.
 */
export function useImportSession(onCommitted: (result: ImportResultDto) => void) {
  const [session, setSession] = useState<ImportSession>(EMPTY);
  // Each preview or commit gets a number; a reply for an older number is stale.
  const sequence = useRef(0);
  const shownPreview = useRef<number | null>(null);

  const readPreview = useCallback((grant: FileGrant, choices: PreviewChoices) => {
    const ticket = ++sequence.current;
    setSession((s) => ({ ...s, grant, choices, running: 'preview', progress: null, previewError: null }));
    call('imports:preview', previewInput(grant.grantId, choices)).then(
      (preview) => {
        if (ticket !== sequence.current) return discard(preview.previewId);
        if (shownPreview.current !== null) discard(shownPreview.current);
        shownPreview.current = preview.previewId;
        setSession((s) => ({ ...s, preview, running: null, commitError: null }));
      },
      (error: unknown) => {
        if (ticket !== sequence.current) return;
        const cancelled = error instanceof ApiError && error.code === 'cancelled';
        // The last good preview stays on screen (its Import disabled) so the choice can be changed back.
        setSession((s) => ({
          ...s,
          running: null,
          previewError: cancelled
            ? 'Cancelled: the file was not read. Change a choice, or choose the file again, to read it.'
            : `${grant.name}: ${messageOf(error)}`,
        }));
      },
    );
  }, []);

  /** Starts over with a newly granted file. */
  const open = useCallback(
    (grant: FileGrant) => {
      setSession({ ...EMPTY, grant });
      readPreview(grant, FIRST_CHOICES);
    },
    [readPreview],
  );

  const change = useCallback(
    (choices: PreviewChoices) => {
      if (session.grant && session.running !== 'commit') readPreview(session.grant, choices);
    },
    [readPreview, session.grant, session.running],
  );

  const commit = useCallback(
    (saveRecipeAs: string) => {
      const { preview } = session;
      if (!preview || session.running) return;
      const ticket = ++sequence.current;
      setSession((s) => ({ ...s, running: 'commit', progress: null, commitError: null }));
      const recipe = saveRecipeAs.trim();
      call('imports:commit', {
        previewId: preview.previewId,
        ...(recipe ? { saveRecipeAs: recipe } : {}),
      }).then(
        (result) => {
          shownPreview.current = null;
          if (ticket === sequence.current) setSession({ ...EMPTY, result, resultFile: preview.file.name });
          onCommitted(result);
        },
        (error: unknown) => {
          if (ticket !== sequence.current) return;
          const cancelled = error instanceof ApiError && error.code === 'cancelled';
          setSession((s) => ({
            ...s,
            running: null,
            commitError: cancelled ? 'Cancelled: nothing was written.' : messageOf(error),
          }));
        },
      );
    },
    [session, onCommitted],
  );

  const cancel = useCallback(() => {
    void call('imports:cancel').catch(() => undefined);
  }, []);

  /** Closes the file: a preview still reading stops, the shown one is forgotten, nothing is written. */
  const close = useCallback(() => {
    ++sequence.current;
    if (session.running === 'preview') cancel();
    if (shownPreview.current !== null) discard(shownPreview.current);
    shownPreview.current = null;
    setSession(EMPTY);
  }, [session.running, cancel]);

  useEffect(() => {
    if (!session.running) return;
    return onEvent('imports:progress', (progress) => setSession((s) => (s.running ? { ...s, progress } : s)));
  }, [session.running]);

  // The window is closing or the view going away: a shown preview is not left waiting in main.
  useEffect(
    () => () => {
      if (shownPreview.current !== null) discard(shownPreview.current);
    },
    [],
  );

  return { session, open, change, commit, cancel, close };
}
