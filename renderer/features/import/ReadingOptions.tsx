import type { ImportOptionsDto, ImportPreviewDto } from '../../../electron/contract';
import { CommitInput } from '../../components/CommitInput';
import { Segmented } from '../../components/Segmented';
import { FiscalYearEnds } from './FiscalYearEnds';
import type { PreviewChoices } from './preview-choices';

type OptionChange = <K extends keyof ImportOptionsDto>(
  key: K,
  value: ImportOptionsDto[K] | undefined,
) => void;

interface ReadingOptionsProps {
  readonly preview: ImportPreviewDto;
  readonly choices: PreviewChoices;
  readonly isBusy: boolean;
  readonly onOption: OptionChange;
  readonly onDelimiter: (delimiter: string) => void;
  readonly onFiscalYearEnd: (company: string, month: number | null) => void;
}

const DELIMITERS = [
  { value: ',', label: 'Comma ,' },
  { value: ';', label: 'Semicolon ;' },
  { value: '\t', label: 'Tab' },
  { value: '|', label: 'Pipe |' },
] as const;
const THOUSANDS = [
  { value: 'auto', label: 'The mark that is not the decimal one' },
  { value: ',', label: 'Comma ,' },
  { value: '.', label: 'Point .' },
  { value: ' ', label: 'Space' },
  { value: "'", label: "Apostrophe '" },
  { value: '', label: 'None' },
] as const;
const SCALES = [
  { value: '', label: 'As written (USD millions)' },
  { value: 'K', label: 'Thousands (K)' },
  { value: 'M', label: 'Millions (M)' },
  { value: 'B', label: 'Billions (B)' },
] as const;

/** How the text of the file is read: delimiter, decimal and thousands marks, scale, defaults, bad rows. */
export function ReadingOptions({
  preview,
  choices,
  isBusy,
  onOption,
  onDelimiter,
  onFiscalYearEnd,
}: ReadingOptionsProps) {
  // The user's choices over what the preview used: a choice the file could not be read with shows too.
  const options = { ...preview.options, ...choices.options };
  const isText = preview.file.kind === 'text';
  // Where a setting on screen came from: the user's choice (no note), the recipe, or a guess.
  const origin = (isChosen: boolean) =>
    isChosen ? '' : preview.recipe !== null ? ' (recipe)' : ' (detected)';
  const isDecimalGuess = preview.toConfirm.length > 0;
  return (
    <div className="form-grid" data-testid="reading-options">
      {isText && (
        <>
          <label htmlFor="import-delimiter">Delimiter{origin(choices.options.delimiter !== undefined)}</label>
          <select
            id="import-delimiter"
            value={options.delimiter}
            onChange={(e) => onDelimiter(e.target.value)}
            disabled={isBusy}
          >
            {DELIMITERS.map((d) => (
              <option key={d.value} value={d.value}>
                {d.label}
              </option>
            ))}
          </select>
          <label htmlFor="import-decimal">
            Decimal mark
            {isDecimalGuess ? ' (guessed: confirm)' : origin(choices.options.decimal !== undefined)}
          </label>
          <select
            id="import-decimal"
            className={isDecimalGuess ? 'needs-confirmation' : undefined}
            value={options.decimal}
            onChange={(e) => onOption('decimal', e.target.value as ImportOptionsDto['decimal'])}
            disabled={isBusy}
          >
            <option value=".">Point . (1,234.5)</option>
            <option value=",">Comma , (1.234,5)</option>
          </select>
          <label htmlFor="import-thousands">Thousands separator</label>
          <select
            id="import-thousands"
            value={options.thousands ?? 'auto'}
            onChange={(e) =>
              onOption(
                'thousands',
                e.target.value === 'auto' ? undefined : (e.target.value as ImportOptionsDto['thousands']),
              )
            }
            disabled={isBusy}
          >
            {THOUSANDS.map((t) => (
              <option key={t.label} value={t.value}>
                {t.label}
              </option>
            ))}
          </select>
        </>
      )}
      <label htmlFor="import-scale">Numbers without a scale word are in</label>
      <select
        id="import-scale"
        value={options.scale ?? ''}
        onChange={(e) => onOption('scale', (e.target.value || undefined) as ImportOptionsDto['scale'])}
        disabled={isBusy}
      >
        {SCALES.map((s) => (
          <option key={s.value} value={s.value}>
            {s.label}
          </option>
        ))}
      </select>
      <span>Company of every row</span>
      <CommitInput
        label="Company of every row (for files without a company column)"
        value={options.company ?? ''}
        onCommit={(text) => onOption('company', text.trim() || undefined)}
        testId="import-company"
      />
      <span>Source of rows without one</span>
      <CommitInput
        label="Source of rows without one"
        value={options.source ?? ''}
        onCommit={(text) => onOption('source', text.trim() || undefined)}
        testId="import-source"
      />
      <span>Fiscal year ends</span>
      <FiscalYearEnds
        ends={options.fiscalYearEnd ?? {}}
        preview={preview}
        isBusy={isBusy}
        onChange={onFiscalYearEnd}
      />
      <span id="import-on-error">Rows with errors</span>
      <Segmented<'reject' | 'skip'>
        label="Rows with errors"
        value={options.onError ?? 'reject'}
        options={[
          { value: 'reject', label: 'Reject the whole file' },
          { value: 'skip', label: 'Skip bad rows' },
        ]}
        onChange={(value) => onOption('onError', value)}
      />
    </div>
  );
}
