import { useEffect, useRef, useState } from 'react';
import type { ScenarioDto } from '../../../electron/contract';
import type { AssumptionKey } from '../../../projection/assumptions';
import type { ModelContext } from '../../../projection/scenario-model';
import { withNote } from '../../state/assumption-edit';
import { runInWorker } from '../../worker/run-in-worker';
import { readGoal, solveGoal, targetUnit, type GoalOutcome, type GoalSolver } from './goal-seek-form';

export interface SolvedGoal {
  readonly key: AssumptionKey;
  readonly outcome: GoalOutcome;
  readonly isApplied: boolean;
}

/**
 * Goal seek's form and its solve. The solve runs the model a hundred-odd times, so it runs in a
 * worker (runInWorker) and the page stays responsive; a new solve, Cancel, or the panel going
 * away (another scenario chosen) stops the one running. `onApply` saves the solved value.
 */
export function useGoalSeek(
  context: ModelContext,
  scenario: ScenarioDto,
  years: readonly number[],
  onApply: (key: AssumptionKey, value: number) => Promise<void>,
) {
  const [key, setKey] = useState<AssumptionKey>('amd.inference.shareCeiling');
  const [specText, setSpecText] = useState(`instinctRevenue:${years[1] ?? years[0] ?? 2027}`);
  const [targetText, setTargetText] = useState('40,000');
  const [solved, setSolved] = useState<SolvedGoal | null>(null);
  const [isSolving, setSolving] = useState(false);
  const running = useRef<AbortController | null>(null);

  useEffect(() => () => running.current?.abort(), []);

  const solve = () => {
    running.current?.abort();
    const goal = readGoal(specText, targetText);
    if (!goal.ok) {
      setSolving(false);
      setSolved({ key, outcome: goal, isApplied: false });
      return;
    }
    const controller = new AbortController();
    running.current = controller;
    setSolving(true);
    const inWorker: GoalSolver = (request) => runInWorker('goalSeek', request, { signal: controller.signal });
    const { spec, target, note } = goal.value;
    solveGoal(context, scenario, key, spec, target, inWorker).then(
      (outcome) => {
        if (running.current !== controller) return;
        running.current = null;
        setSolving(false);
        const noted: GoalOutcome = outcome.ok
          ? { ok: true, value: { ...outcome.value, text: withNote(outcome.value.text, note) } }
          : outcome;
        setSolved({ key, outcome: noted, isApplied: false });
      },
      () => {
        // Cancelled: a later solve or Cancel owns the panel now.
        if (running.current === controller) running.current = null;
      },
    );
  };

  const cancel = () => {
    running.current?.abort();
    running.current = null;
    setSolving(false);
  };

  const apply = () => {
    if (!solved?.outcome.ok) return;
    const { key: solvedKey, outcome } = solved;
    onApply(solvedKey, outcome.value.result.value).then(
      () => setSolved({ ...solved, isApplied: true }),
      () => {},
    );
  };

  return {
    key,
    setKey,
    specText,
    setSpecText,
    targetText,
    setTargetText,
    unit: targetUnit(specText),
    solved,
    isSolving,
    solve,
    cancel,
    apply,
  };
}
