import { useState } from 'react';
import type { ScenarioDto } from '../../../electron/contract';
import { InlineForm } from '../../components/InlineForm';

interface FreezePanelProps {
  readonly scenarios: readonly ScenarioDto[];
  readonly onFreeze: (scenario: string, label: string) => Promise<void>;
}

/** A Freeze button per scenario; it asks for a label (optional: left empty, the label says the jump-off and the date). */
export function FreezePanel({ scenarios, onFreeze }: FreezePanelProps) {
  const [open, setOpen] = useState<string | null>(null);
  return (
    <section className="panel">
      <h2>Freeze a scenario</h2>
      <p className="hint">
        A vintage is a dated, read-only copy of a scenario with what it projects today, kept in the workbook
        to be scored when later quarters are reported.
      </p>
      <div className="freeze-buttons" data-testid="freeze-buttons">
        {scenarios.map((s) => (
          <button
            key={s.name}
            type="button"
            className="button"
            aria-expanded={open === s.name}
            onClick={() => setOpen(s.name)}
          >
            Freeze {s.name}
          </button>
        ))}
      </div>
      {open && (
        <InlineForm
          key={open}
          testId="freeze-form"
          prompt={`Freeze “${open}” as a vintage labelled`}
          field={{ label: 'Label (optional)', initial: '' }}
          submitLabel="Freeze"
          onCancel={() => setOpen(null)}
          onSubmit={(label) => onFreeze(open, label).then(() => setOpen(null))}
        />
      )}
    </section>
  );
}
