import { Fragment, useState } from 'react';
import type { ScenarioDto } from '../../../electron/contract';
import { CommitInput } from '../../components/CommitInput';
import { InlineForm } from '../../components/InlineForm';
import { freeCopyName } from './scenario-names';
import { describeProbabilityTotal, formatProbability, probabilityTotal } from '../../components/probability';

export interface ScenarioActions {
  /** Each resolves once saved, or rejects with a message for people (the form shows it). */
  readonly copy: (from: string, to: string) => Promise<void>;
  readonly rename: (scenario: string, name: string) => Promise<void>;
  readonly describe: (scenario: string, description: string) => Promise<void>;
  readonly remove: (scenario: string) => Promise<void>;
  readonly setProbability: (scenario: string, typed: string) => void;
  /** Stores the scenario and what it projects as a vintage (an empty label: the default one). */
  readonly freeze: (scenario: string, label: string) => Promise<void>;
  /** Compares the scenario with its newest vintage or another scenario (the Vintages view's Compare). */
  readonly compare: (scenario: string) => void;
}

type FormKind = 'rename' | 'describe' | 'copy' | 'freeze' | 'delete';

interface OpenForm {
  readonly scenario: string;
  readonly kind: FormKind;
  /** The button that opened the form gets the focus back when it closes. */
  readonly opener: HTMLElement | null;
}

/**
 * The scenarios with their probabilities and descriptions, and the forms that change them:
 * rename, describe, duplicate and delete, each confirmed with Enter and cancelled with Escape.
 */
export function ScenarioList({
  scenarios,
  actions,
}: {
  scenarios: readonly ScenarioDto[];
  actions: ScenarioActions;
}) {
  const [form, setForm] = useState<OpenForm | null>(null);
  const total = describeProbabilityTotal(probabilityTotal(scenarios));

  const open = (scenario: string, kind: FormKind) =>
    setForm({
      scenario,
      kind,
      opener: document.activeElement instanceof HTMLElement ? document.activeElement : null,
    });
  const close = () => {
    const opener = form?.opener;
    setForm(null);
    if (opener?.isConnected) opener.focus();
  };
  const closeAfter = (work: Promise<void>) => work.then(() => setForm(null));

  const renderForm = (scenario: ScenarioDto, kind: FormKind) => {
    const common = { onCancel: close, testId: `scenario-form-${kind}` };
    switch (kind) {
      case 'rename':
        return (
          <InlineForm
            {...common}
            prompt={`Rename “${scenario.name}” to`}
            field={{ label: 'New name', initial: scenario.name }}
            submitLabel="Rename"
            onSubmit={(name) => closeAfter(actions.rename(scenario.name, name))}
          />
        );
      case 'describe':
        return (
          <InlineForm
            {...common}
            prompt={`Description of “${scenario.name}”`}
            field={{ label: 'Description', initial: scenario.description, isMultiline: true }}
            submitLabel="Save"
            onSubmit={(text) => closeAfter(actions.describe(scenario.name, text))}
          />
        );
      case 'copy':
        return (
          <InlineForm
            {...common}
            prompt={`Duplicate “${scenario.name}” as`}
            field={{ label: 'Name of the copy', initial: freeCopyName(scenario.name, scenarios) }}
            submitLabel="Duplicate"
            onSubmit={(name) => closeAfter(actions.copy(scenario.name, name))}
          />
        );
      case 'freeze':
        return (
          <InlineForm
            {...common}
            prompt={`Freeze “${scenario.name}” as a vintage labelled`}
            field={{ label: 'Label (optional)', initial: '' }}
            submitLabel="Freeze"
            onSubmit={(label) => closeAfter(actions.freeze(scenario.name, label))}
          />
        );
      case 'delete':
        return (
          <InlineForm
            {...common}
            prompt={`Delete “${scenario.name}” and all its assumptions?`}
            submitLabel="Delete"
            onSubmit={() => closeAfter(actions.remove(scenario.name))}
          />
        );
    }
  };

  const actionButton = (scenario: ScenarioDto, kind: FormKind, label: string) => (
    <button
      type="button"
      className="button small"
      aria-label={`${label} ${scenario.name}`}
      aria-expanded={form?.scenario === scenario.name && form.kind === kind}
      onClick={() => open(scenario.name, kind)}
    >
      {label}
    </button>
  );

  return (
    <table className="scenario-list" data-testid="scenario-list">
      <thead>
        <tr>
          <th scope="col">Scenario</th>
          <th scope="col">Probability</th>
          <th scope="col">Description</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {scenarios.map((scenario) => (
          <Fragment key={scenario.name}>
            <tr data-scenario={scenario.name}>
              <th scope="row" className="scenario-name">
                {scenario.name}
              </th>
              <td>
                <CommitInput
                  className="probability-input"
                  label={`Probability of ${scenario.name} (percent)`}
                  testId={`probability-${scenario.name}`}
                  value={formatProbability(scenario.probability)}
                  onCommit={(text) => actions.setProbability(scenario.name, text)}
                />
              </td>
              <td className="scenario-description" title={scenario.description}>
                {scenario.description || <span className="muted">No description</span>}
              </td>
              <td className="scenario-actions">
                {actionButton(scenario, 'rename', 'Rename')}
                {actionButton(scenario, 'describe', 'Describe')}
                {actionButton(scenario, 'copy', 'Duplicate')}
                {actionButton(scenario, 'freeze', 'Freeze')}
                <button
                  type="button"
                  className="button small"
                  aria-label={`Compare ${scenario.name} with…`}
                  onClick={() => actions.compare(scenario.name)}
                >
                  Compare with…
                </button>
                {actionButton(scenario, 'delete', 'Delete')}
              </td>
            </tr>
            {form?.scenario === scenario.name && (
              <tr className="form-row">
                <td colSpan={4}>{renderForm(scenario, form.kind)}</td>
              </tr>
            )}
          </Fragment>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">Total</th>
          <td
            className={total.warning ? 'probability-total warning' : 'probability-total'}
            data-testid="probability-total"
          >
            {total.text}
          </td>
          <td colSpan={2} className={total.warning ? 'warning' : 'muted'} data-testid="probability-warning">
            {total.warning ?? 'The expectation weights each scenario by its probability.'}
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
