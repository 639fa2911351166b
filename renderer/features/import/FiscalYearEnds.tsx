import { useState } from 'react';
import type { ImportPreviewDto } from '../../../electron/contract';
import { companiesInPreview, MONTHS } from './fiscal-year-ends';

interface FiscalYearEndsProps {
  readonly ends: Readonly<Record<string, number>>;
  readonly preview: ImportPreviewDto;
  readonly isBusy: boolean;
  /** A month 1-12 sets the company's fiscal year end; null removes it from the import. */
  readonly onChange: (company: string, month: number | null) => void;
}

function MonthSelect({
  label,
  value,
  onChange,
  disabled,
}: {
  label: string;
  value: number;
  onChange: (month: number) => void;
  disabled: boolean;
}) {
  return (
    <select
      aria-label={label}
      value={value}
      onChange={(e) => onChange(Number(e.target.value))}
      disabled={disabled}
    >
      {MONTHS.map((name, i) => (
        <option key={name} value={i + 1}>
          {name}
        </option>
      ))}
    </select>
  );
}

/**
 * The month each company's fiscal year ends, for files that write fiscal periods ("Q3 FY2025"):
 * the preview then shows each label beside the calendar quarter it becomes. Saved in the workbook
 * on import. Companies the workbook knows (AMD, NVIDIA...) have theirs already.
 */
export function FiscalYearEnds({ ends, preview, isBusy, onChange }: FiscalYearEndsProps) {
  const [company, setCompany] = useState('');
  const [month, setMonth] = useState(12);

  const add = () => {
    if (company.trim() === '') return;
    onChange(company.trim(), month);
    setCompany('');
  };
  return (
    <div className="fiscal-year-ends" data-testid="fiscal-year-ends">
      {Object.entries(ends).map(([name, endMonth]) => (
        <div key={name} className="fiscal-year-end">
          <span className="fiscal-company">{name}</span>
          <MonthSelect
            label={`Month the fiscal year of ${name} ends`}
            value={endMonth}
            onChange={(m) => onChange(name, m)}
            disabled={isBusy}
          />
          <button
            type="button"
            className="button small"
            aria-label={`Remove the fiscal year end of ${name}`}
            onClick={() => onChange(name, null)}
            disabled={isBusy}
          >
            Remove
          </button>
        </div>
      ))}
      <form
        className="fiscal-year-end"
        onSubmit={(event) => {
          event.preventDefault();
          add();
        }}
      >
        <input
          type="text"
          aria-label="Company whose fiscal year end to set"
          placeholder="Company"
          list="import-companies"
          value={company}
          onChange={(e) => setCompany(e.target.value)}
          spellCheck={false}
        />
        <datalist id="import-companies">
          {companiesInPreview(preview).map((c) => (
            <option key={c} value={c} />
          ))}
        </datalist>
        <MonthSelect label="Month its fiscal year ends" value={month} onChange={setMonth} disabled={isBusy} />
        <button type="submit" className="button small" disabled={isBusy || company.trim() === ''}>
          Set
        </button>
      </form>
    </div>
  );
}
