import './report.css';
import { createPortal } from 'react-dom';
import type { PaperSize } from '../../../electron/contract';
import { Modal } from '../../components/Modal';
import { Segmented } from '../../components/Segmented';
import type { StatusMessage } from '../../components/StatusBar';
import { ScenarioReport } from './ScenarioReport';
import { useReport } from './use-report';

const PAPERS = [
  { value: 'A4', label: 'A4' },
  { value: 'Letter', label: 'Letter' },
] as const satisfies readonly { value: PaperSize; label: string }[];

const TODAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

interface ReportDialogProps {
  /** The scenario to start with (the one the Projection view shows); null: the first. */
  readonly scenario: string | null;
  readonly onStatus: (message: StatusMessage) => void;
  readonly onClose: () => void;
}

/**
 * File › Export › Scenario Report PDF…: pick the scenario and the paper, then Save PDF… asks
 * where and prints the report's one-page layout (ScenarioReport, rendered outside the app's root
 * so that print shows it alone) through main.
 */
export function ReportDialog({ scenario, onStatus, onClose }: ReportDialogProps) {
  const r = useReport(scenario, onStatus);
  return (
    <Modal title="Scenario report (PDF)" testId="report-dialog" onClose={onClose}>
      {r.error && (
        <p className="form-error" role="alert">
          {r.error}
        </p>
      )}
      <div className="modal-form">
        <label htmlFor="report-scenario">Scenario</label>
        <select
          id="report-scenario"
          data-testid="report-scenario"
          value={r.scenario?.name ?? ''}
          onChange={(event) => r.choose(event.target.value)}
        >
          {(r.scenarios ?? []).map((s) => (
            <option key={s.name} value={s.name}>
              {s.name}
            </option>
          ))}
        </select>
        <span>Paper</span>
        <Segmented label="Paper" value={r.paper} onChange={r.setPaper} options={PAPERS} />
      </div>
      <p className="hint">
        One page: the market chart, the key assumptions, the annual Instinct revenue, TAM and share, and the
        checks with their verdicts.
      </p>
      <div className="modal-actions">
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
        <button
          type="button"
          className="button primary"
          data-testid="report-save"
          disabled={!r.isReady || r.isSaving}
          onClick={() => void r.save().then((saved) => saved && onClose())}
          autoFocus
        >
          {r.isSaving ? 'Saving…' : r.isReady ? 'Save PDF…' : 'Preparing…'}
        </button>
      </div>
      {r.report &&
        r.summary &&
        createPortal(
          <div className="print-report" data-paper={r.paper}>
            <ScenarioReport
              workbookName={r.summary.fileName}
              date={TODAY.format(new Date())}
              chartPng={r.chartPng}
              onChartLoaded={r.onChartLoaded}
              {...r.report}
            />
          </div>,
          document.body,
        )}
    </Modal>
  );
}
