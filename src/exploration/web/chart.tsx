/**
 * Desire × feasibility: each piste placed by how much it is wanted (1 to 5, across) and how
 * feasible it is (faible, moyenne, élevée, up), as an SVG image with its title and description,
 * then a real table with the same figures (pistes not yet placed say why).
 */
import { useId } from 'react';
import type { PisteView } from '../contracts/schemas.ts';
import { ResponsiveTable } from '../../ui/TableRegion.tsx';
import { chartPlacement, FEASIBILITY_ROWS } from './chart-data.ts';
import { DESIRE_WORDS } from './forms.ts';

const W = 560;
const H = 300;
const LEFT = 96;
const BOTTOM = 44;
const TOP = 16;
const RIGHT = 16;

export function DesireFeasibilityChart({ pistes }: { pistes: readonly PisteView[] }) {
  const titleId = useId();
  const descId = useId();
  const { placed, unplaced, description } = chartPlacement(pistes);
  const x = (desire: number) => LEFT + ((desire - 0.5) / 5) * (W - LEFT - RIGHT);
  const y = (row: number) => TOP + ((3 - row + 0.5) / 3) * (H - TOP - BOTTOM);
  return (
    <figure className="chart-figure pistes-chart">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
        focusable="false"
        className="pistes-chart-svg"
      >
        <title id={titleId}>Envie et faisabilité des pistes</title>
        <desc id={descId}>{description}</desc>
        {FEASIBILITY_ROWS.map((row) => (
          <g key={row.level}>
            <line x1={LEFT} x2={W - RIGHT} y1={y(row.value)} y2={y(row.value)} className="pistes-chart-grid" />
            <text x={LEFT - 8} y={y(row.value) + 5} textAnchor="end" className="pistes-chart-label">
              {row.label}
            </text>
          </g>
        ))}
        {[1, 2, 3, 4, 5].map((d) => (
          <text key={d} x={x(d)} y={H - BOTTOM + 20} textAnchor="middle" className="pistes-chart-label">
            {d}
          </text>
        ))}
        <text x={(LEFT + W - RIGHT) / 2} y={H - 6} textAnchor="middle" className="pistes-chart-axis">
          Envie, de 1 (très peu) à 5 (passionnément)
        </text>
        {placed.map((p) => (
          <g key={p.id}>
            <circle cx={x(p.desire)} cy={y(p.row) + p.offset} r={9} className="pistes-chart-dot" />
            <text x={x(p.desire)} y={y(p.row) + p.offset + 4} textAnchor="middle" className="pistes-chart-number">
              {p.number}
            </text>
          </g>
        ))}
      </svg>
      <figcaption className="muted">
        Chaque numéro est une piste ; le tableau ci-dessous reprend les mêmes informations.
      </figcaption>
      <ResponsiveTable
        caption="Envie et faisabilité de chaque piste"
        columns={[
          { header: 'Piste', cell: (p) => `${p.number}. ${p.title}` },
          {
            header: 'Envie',
            cell: (p) => (p.desire === null ? 'Pas encore dite' : `${DESIRE_WORDS[p.desire]} (${p.desire} sur 5)`),
          },
          { header: 'Faisabilité', cell: (p) => p.feasibility },
          { header: 'Sur le graphique', cell: (p) => p.where },
        ]}
        rows={[...placed, ...unplaced]}
        rowKey={(p) => p.id}
      />
    </figure>
  );
}
