import { useId } from 'react';
import type { ScenarioDto } from '../../../electron/contract';
import { ASSUMPTION_META, type AssumptionKey } from '../../../projection/assumptions';
import type { ModelContext } from '../../../projection/scenario-model';
import { GOAL_SEEK_KEYS, suggestOutputs } from './goal-seek-form';
import { useGoalSeek } from './use-goal-seek';

interface GoalSeekPanelProps {
  /** The workbook's history, capex, fit and horizon the solve runs on. */
  readonly context: ModelContext;
  readonly scenario: ScenarioDto;
  readonly years: readonly number[];
  /** Saves the solved value; resolves once saved (the view then recomputes). */
  readonly onApply: (key: AssumptionKey, value: number) => Promise<void>;
}

/**
 * Goal seek on the chosen scenario: the value of one assumption that makes an output (such as
 * instinctRevenue:2027 or instinctCagr:2024-2028) reach a target, or the closest value when none
 * does. Apply saves the value to the scenario like any other edit.
 */
export function GoalSeekPanel({ context, scenario, years, onApply }: GoalSeekPanelProps) {
  const id = useId();
  const goal = useGoalSeek(context, scenario, years, onApply);
  const { solved } = goal;

  return (
    <section className="panel goal-seek" data-testid="goal-seek">
      <h2>Goal seek · {scenario.name}</h2>
      <form
        className="goal-form"
        onSubmit={(event) => {
          event.preventDefault();
          goal.solve();
        }}
      >
        <label htmlFor={`${id}-key`}>Assumption</label>
        <select
          id={`${id}-key`}
          value={goal.key}
          onChange={(event) => goal.setKey(event.target.value as AssumptionKey)}
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
          value={goal.specText}
          spellCheck={false}
          onChange={(event) => goal.setSpecText(event.target.value)}
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
            value={goal.targetText}
            spellCheck={false}
            onChange={(event) => goal.setTargetText(event.target.value)}
          />
          <span className="unit">{goal.unit ?? ''}</span>
        </span>
        <span />
        {goal.isSolving ? (
          <button type="button" className="button" onClick={goal.cancel}>
            Cancel
          </button>
        ) : (
          <button type="submit" className="button primary">
            Solve
          </button>
        )}
      </form>
      <p className="hint">
        Outputs: instinctRevenue, grossProfit, tam, training, inference, merchant, nvidiaRevenue, dealRevenue
        (USD millions), amdShare, xpuShare, otherShare (percent) at a year or a quarter, e.g.
        instinctRevenue:2027 or amdShare:2027Q4; growth as instinctCagr:2024-2028 (percent).
      </p>
      {goal.isSolving && (
        <div className="goal-result" role="status" data-testid="goal-solving">
          <p>Solving…</p>
        </div>
      )}
      {solved && !goal.isSolving && (
        <div
          className={
            solved.outcome.ok && solved.outcome.value.result.isReached ? 'goal-result' : 'goal-result warning'
          }
          role="status"
          data-testid="goal-result"
        >
          <p>
            {solved.outcome.ok ? solved.outcome.value.text : `Cannot solve: ${solved.outcome.error.message}`}
          </p>
          {solved.outcome.ok && solved.outcome.value.result.isReached && (
            <button type="button" className="button primary" onClick={goal.apply} disabled={solved.isApplied}>
              {solved.isApplied ? `Applied to ${scenario.name}` : `Apply to ${scenario.name}`}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
