import { useId, useState } from 'react';
import type { ScenarioDto } from '../../../electron/contract';
import { ASSUMPTION_META, type AssumptionKey } from '../../../projection/assumptions';
import type { LogisticFit } from '../../../projection/logistic-fit';
import {
  GOAL_SEEK_KEYS,
  readGoal,
  solveGoal,
  suggestOutputs,
  targetUnit,
  type GoalOutcome,
} from './goal-seek-form';

interface GoalSeekPanelProps {
  readonly scenario: ScenarioDto;
  readonly x86Fit: LogisticFit | null;
  readonly years: readonly number[];
  /** Saves the solved value; resolves once saved (the view then recomputes). */
  readonly onApply: (key: AssumptionKey, value: number) => Promise<void>;
}

interface Solved {
  readonly key: AssumptionKey;
  readonly outcome: GoalOutcome;
  readonly isApplied: boolean;
}

/**
 * Goal seek on the chosen scenario: the value of one assumption that makes an output (such as
 * instinctRevenue:2027 or instinctCagr:2024-2028) reach a target, or the closest value when none
 * does. Apply saves the value to the scenario like any other edit.
 */
export function GoalSeekPanel({ scenario, x86Fit, years, onApply }: GoalSeekPanelProps) {
  const id = useId();
  const [key, setKey] = useState<AssumptionKey>('amd.shareCeiling');
  const [specText, setSpecText] = useState(`instinctRevenue:${years[1] ?? years[0] ?? 2027}`);
  const [targetText, setTargetText] = useState('40,000');
  const [solved, setSolved] = useState<Solved | null>(null);
  const unit = targetUnit(specText);

  const solve = () => {
    const goal = readGoal(specText, targetText);
    const outcome: GoalOutcome = goal.ok ? solveGoal(scenario, x86Fit, key, goal.spec, goal.target) : goal;
    setSolved({ key, outcome, isApplied: false });
  };

  const apply = () => {
    if (!solved?.outcome.ok) return;
    const { key: solvedKey, outcome } = solved;
    onApply(solvedKey, outcome.result.value).then(
      () => setSolved({ ...solved, isApplied: true }),
      () => {},
    );
  };

  return (
    <section className="panel goal-seek" data-testid="goal-seek">
      <h2>Goal seek · {scenario.name}</h2>
      <form
        className="goal-form"
        onSubmit={(event) => {
          event.preventDefault();
          solve();
        }}
      >
        <label htmlFor={`${id}-key`}>Assumption</label>
        <select
          id={`${id}-key`}
          value={key}
          onChange={(event) => setKey(event.target.value as AssumptionKey)}
        >
          {GOAL_SEEK_KEYS.map((k) => (
            <option key={k} value={k}>
              {ASSUMPTION_META[k].label}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-spec`}>Output</label>
        <input
          id={`${id}-spec`}
          type="text"
          list={`${id}-specs`}
          value={specText}
          spellCheck={false}
          onChange={(event) => setSpecText(event.target.value)}
        />
        <datalist id={`${id}-specs`}>
          {suggestOutputs(years).map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
        <label htmlFor={`${id}-target`}>Target</label>
        <span className="with-unit">
          <input
            id={`${id}-target`}
            type="text"
            value={targetText}
            spellCheck={false}
            onChange={(event) => setTargetText(event.target.value)}
          />
          <span className="unit">{unit ?? ''}</span>
        </span>
        <span />
        <button type="submit" className="button primary">
          Solve
        </button>
      </form>
      <p className="hint">
        Outputs: instinctRevenue, grossProfit, tam, merchant (USD millions), amdShare, xpuShare (percent) at a
        year or a quarter, e.g. instinctRevenue:2027 or amdShare:2027Q4; growth as instinctCagr:2024-2028
        (percent).
      </p>
      {solved && (
        <div
          className={
            solved.outcome.ok && solved.outcome.result.isReached ? 'goal-result' : 'goal-result warning'
          }
          role="status"
          data-testid="goal-result"
        >
          <p>{solved.outcome.ok ? solved.outcome.text : `Cannot solve: ${solved.outcome.reason}`}</p>
          {solved.outcome.ok && solved.outcome.result.isReached && (
            <button type="button" className="button primary" onClick={apply} disabled={solved.isApplied}>
              {solved.isApplied ? `Applied to ${scenario.name}` : `Apply to ${scenario.name}`}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
