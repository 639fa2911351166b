import type { ScenarioDto } from '../../../electron/contract';
import { ASSUMPTION_META, type AssumptionKey } from '../../../projection/assumptions';
import { CommitInput } from '../../components/CommitInput';
import { choicesOf, formatAssumptionText, UNIT_TEXT } from '../../components/assumption-text';

/**
 * The assumptions the bull and bear cases argue about on the market model: how fast the market
 * grows and fades (or whether capex drives it), how much of inference custom ASICs take, and how
 * far and when AMD's share ramps in each segment; then the margin.
 */
export const KEY_ASSUMPTIONS: readonly AssumptionKey[] = [
  'tam.driver',
  'tam.growth',
  'tam.growthFade',
  'segments.inferenceShareEnd',
  'xpu.inferenceShareEnd',
  'amd.inference.shareCeiling',
  'amd.inference.rampMidpoint',
  'amd.training.shareCeiling',
  'amd.training.rampMidpoint',
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
 * Scenarios view (percentages typed as percent, quarters as 2027Q2); a choice is a select.
 */
export function KeyAssumptions({ scenario, onEdit }: KeyAssumptionsProps) {
  return (
    <table className="key-assumptions" data-testid="key-assumptions">
      <tbody>
        {KEY_ASSUMPTIONS.map((key) => {
          const meta = ASSUMPTION_META[key];
          const value = scenario.assumptions[key] ?? meta.defaultValue;
          const choices = choicesOf(key);
          const label = choices ? 'TAM driver' : meta.label;
          return (
            <tr key={key}>
              <th scope="row" title={`${key}\n${meta.description}`}>
                {label}
              </th>
              <td colSpan={choices ? 2 : 1}>
                {choices ? (
                  <select
                    aria-label={label}
                    data-testid={`key-${key}`}
                    value={value}
                    onChange={(event) => onEdit(key, event.target.value)}
                  >
                    {choices.map((c, i) => (
                      <option key={c} value={i}>
                        {c}
                      </option>
                    ))}
                  </select>
                ) : (
                  <CommitInput
                    label={`${meta.label} (${UNIT_TEXT[meta.unit].name})`}
                    testId={`key-${key}`}
                    value={formatAssumptionText(key, value)}
                    onCommit={(text) => onEdit(key, text)}
                  />
                )}
              </td>
              {!choices && (
                <td className="unit" title={UNIT_TEXT[meta.unit].hint}>
                  {UNIT_TEXT[meta.unit].short}
                </td>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
