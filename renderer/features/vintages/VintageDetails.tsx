import type { VintageDto } from '../../../electron/contract';
import { formatMoney } from '../../components/number-format';
import { formatProbability } from '../../components/probability';
import { frozenAssumptions, frozenText } from './vintage-list-model';

/** One vintage, read-only: what it was run with and the years it projected. */
export function VintageDetails({ vintage: v, onClose }: { vintage: VintageDto; onClose: () => void }) {
  return (
    <section className="panel" data-testid="vintage-details" aria-label={`Vintage ${v.id}, read-only`}>
      <div className="panel-head">
        <h2>
          Vintage {v.id}: {v.label} <span className="read-only-badge">read-only</span>
        </h2>
        <button type="button" className="button small" onClick={onClose}>
          Close
        </button>
      </div>
      <p className="hint">
        {v.scenario}, frozen {frozenText(v.frozenAt)} UTC from jump-off {v.jumpOff}; probability{' '}
        {formatProbability(v.probability)}. {v.description}
      </p>
      <div className="vintage-details">
        <table className="frozen-table" data-testid="vintage-assumptions">
          <caption>Assumptions</caption>
          <tbody>
            {frozenAssumptions(v).map((a) => (
              <tr key={a.key}>
                <th scope="row">{a.label}</th>
                <td className="number">{a.value}</td>
              </tr>
            ))}
            {v.deals.map((d) => (
              <tr key={d.name}>
                <th scope="row">Deal {d.name}</th>
                <td className="number">
                  {d.gigawatts} GW from {d.startQuarter}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <table className="frozen-table" data-testid="vintage-years">
          <caption>Years (USD millions)</caption>
          <thead>
            <tr>
              <th scope="col">Year</th>
              <th scope="col" className="number">
                TAM
              </th>
              <th scope="col" className="number">
                Instinct
              </th>
              <th scope="col" className="number">
                NVIDIA
              </th>
            </tr>
          </thead>
          <tbody>
            {v.years.map((y) => (
              <tr key={y.year} className={y.projectedQuarters > 0 ? undefined : 'muted'}>
                <th scope="row">
                  {y.year}
                  {y.projectedQuarters > 0 && y.projectedQuarters < 4
                    ? ` (${y.projectedQuarters}Q projected)`
                    : ''}
                </th>
                <td className="number">{formatMoney(y.tam)}</td>
                <td className="number">{formatMoney(y.instinctRevenue)}</td>
                <td className="number">{formatMoney(y.nvidiaRevenue)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
