import type { ScenarioDto } from '../../../electron/contract';
import { ASSUMPTION_META, type AssumptionKey } from '../../../projection/assumptions';
import { CommitInput } from '../../components/CommitInput';
import { formatAssumptionText, UNIT_TEXT } from '../../components/assumption-text';

/** The assumptions the default scenarios differ in, plus the ramp source and the margin. */
export const KEY_ASSUMPTIONS: readonly AssumptionKey[] = [
  'tam.growth',
  'tam.growthFade',
  'xpu.shareEnd',
  'amd.shareCeiling',
  'amd.rampMidpoint',
  'amd.rampSpeed',
  'amd.rampSpeedVsX86',
  'amd.grossMargin',
];

interface KeyAssumptionsProps {
  readonly scenario: ScenarioDto;
  /** Called with the typed text; the field shows the saved value until the scenario comes back. */
  readonly onEdit: (key: AssumptionKey, text: string) => void;
}

/**
 * A compact editor of one scenario's key assumptions beside the projection: Enter saves and the
 * grid and chart recompute at once; Escape puts the saved value back. Same units and checks as the
 * Scenarios view (percentages typed as percent, quarters as 2027Q2).
 */
export function KeyAssumptions({ scenario, onEdit }: KeyAssumptionsProps) {
  return (
    <table className="key-assumptions" data-testid="key-assumptions">
      <tbody>
        {KEY_ASSUMPTIONS.map((key) => {
          const meta = ASSUMPTION_META[key];
          const value = scenario.assumptions[key] ?? meta.defaultValue;
          return (
            <tr key={key}>
              <th scope="row" title={`${key}\n${meta.description}`}>
                {meta.label}
              </th>
              <td>
                <CommitInput
                  label={`${meta.label} (${UNIT_TEXT[meta.unit].name})`}
                  testId={`key-${key}`}
                  value={formatAssumptionText(key, value)}
                  onCommit={(text) => onEdit(key, text)}
                />
              </td>
              <td className="unit" title={UNIT_TEXT[meta.unit].hint}>
                {UNIT_TEXT[meta.unit].short}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
