import { Fragment, useMemo, useState } from 'react';
import type { VintageDto } from '../../../electron/contract';
import { InlineForm } from '../../components/InlineForm';
import { formatMoney } from '../../components/number-format';
import { useExportableGrid, type ExportableGrid } from '../../state/current-grid';
import { frozenText, instinctIn, listYears, vintageListTable } from './vintage-list-model';

export interface VintageActions {
  readonly open: (id: number) => void;
  /** Shows the vintage against its scenario as it is now, in Compare. */
  readonly compare: (vintage: VintageDto) => void;
  readonly copy: (vintage: VintageDto, name: string) => Promise<void>;
  readonly remove: (vintage: VintageDto) => Promise<void>;
}

type FormKind = 'copy' | 'delete';

/** The vintages, oldest first, with Instinct revenue per year; open, copy to a scenario, delete. */
export function VintageList({
  vintages,
  openId,
  actions,
}: {
  vintages: readonly VintageDto[];
  openId: number | null;
  actions: VintageActions;
}) {
  const [form, setForm] = useState<{ id: number; kind: FormKind } | null>(null);
  const exportable = useMemo(
    (): ExportableGrid => ({
      title: 'Vintages',
      source: { kind: 'table', read: (how) => vintageListTable(vintages, how) },
    }),
    [vintages],
  );
  const register = useExportableGrid(exportable);
  if (vintages.length === 0) {
    return (
      <p className="muted" data-testid="no-vintages">
        No vintages yet: freeze a scenario above.
      </p>
    );
  }
  const years = listYears(vintages);
  const close = () => setForm(null);
  const button = (v: VintageDto, kind: FormKind, label: string) => (
    <button
      type="button"
      className="button small"
      aria-label={`${label}: vintage ${v.id}`}
      aria-expanded={form?.id === v.id && form.kind === kind}
      onClick={() => setForm({ id: v.id, kind })}
    >
      {label}
    </button>
  );
  const renderForm = (v: VintageDto, kind: FormKind) =>
    kind === 'copy' ? (
      <InlineForm
        testId="vintage-form-copy"
        prompt={`Copy vintage ${v.id} into a new scenario named`}
        field={{ label: 'Name of the new scenario', initial: `${v.scenario} ${v.jumpOff}` }}
        submitLabel="Copy"
        onCancel={close}
        onSubmit={(name) => actions.copy(v, name).then(close)}
      />
    ) : (
      <InlineForm
        testId="vintage-form-delete"
        prompt={`Delete vintage ${v.id} (“${v.label}”)? Ctrl+Z in the Data view undoes it.`}
        submitLabel="Delete"
        onCancel={close}
        onSubmit={() => actions.remove(v).then(close)}
      />
    );
  return (
    <table ref={register} className="vintage-list" data-testid="vintage-list">
      <thead>
        <tr>
          <th scope="col">#</th>
          <th scope="col">Label</th>
          <th scope="col">Scenario</th>
          <th scope="col">Frozen (UTC)</th>
          <th scope="col">Jump-off</th>
          {years.map((y) => (
            <th key={y} scope="col" className="number">
              Instinct {y}
            </th>
          ))}
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {vintages.map((v) => (
          <Fragment key={v.id}>
            <tr data-vintage={v.id} className={openId === v.id ? 'is-open' : undefined}>
              <td>{v.id}</td>
              <th scope="row" className="vintage-label">
                {v.label}
              </th>
              <td>{v.scenario}</td>
              <td>{frozenText(v.frozenAt)}</td>
              <td>{v.jumpOff}</td>
              {years.map((y) => (
                <td key={y} className="number">
                  {formatMoney(instinctIn(v, y)) || '–'}
                </td>
              ))}
              <td className="vintage-actions">
                <button
                  type="button"
                  className="button small"
                  aria-label={`Open: vintage ${v.id}`}
                  aria-pressed={openId === v.id}
                  onClick={() => actions.open(v.id)}
                >
                  Open
                </button>
                <button
                  type="button"
                  className="button small"
                  aria-label={`Compare with ${v.scenario}: vintage ${v.id}`}
                  onClick={() => actions.compare(v)}
                >
                  Compare
                </button>
                {button(v, 'copy', 'Copy to scenario')}
                {button(v, 'delete', 'Delete')}
              </td>
            </tr>
            {form?.id === v.id && (
              <tr className="form-row">
                <td colSpan={years.length + 6}>{renderForm(v, form.kind)}</td>
              </tr>
            )}
          </Fragment>
        ))}
      </tbody>
    </table>
  );
}
