/**
 * Two or three pistes side by side: the person ticks the ones to compare, then reads desire,
 * feasibility, each criterion, the skill gap and the enquêtes in one table (one card per piste
 * on a phone).
 */
import { useState } from 'react';
import { ASSESSMENT_LABELS, CRITERION_LABELS, PISTE_STATUS_LABELS, type PisteView } from '../contracts/schemas.ts';
import { CRITERIA } from '../domain/model.ts';
import { TableRegion, type Column } from '../../ui/TableRegion.tsx';
import { DESIRE_WORDS } from './forms.ts';

const MAX = 3;

const columns: Column<PisteView>[] = [
  { header: 'Piste', cell: (p) => p.title },
  { header: 'Statut', cell: (p) => PISTE_STATUS_LABELS[p.status] },
  {
    header: 'Envie',
    cell: (p) => (p.desire === null ? 'Pas encore dite' : `${DESIRE_WORDS[p.desire]} (${p.desire} sur 5)`),
  },
  { header: 'Faisabilité', cell: (p) => p.feasibility.label },
  ...CRITERIA.map((c): Column<PisteView> => ({
    header: CRITERION_LABELS[c],
    cell: (p) => {
      const { assessment, note } = p.criteria[c];
      const word = assessment ? ASSESSMENT_LABELS[assessment] : 'Pas encore évalué';
      return note ? `${word} — ${note}` : word;
    },
  })),
  {
    header: 'Compétences clés acquises',
    cell: (p) => (p.skillGap ? `${Math.round(p.skillGap.coverage * 100)} %` : 'Sans fiche métier'),
  },
  {
    header: 'Formations nécessaires',
    cell: (p) => (p.trainingNeeds.length === 0 ? 'Aucune notée' : p.trainingNeeds.map((t) => t.content).join(' ; ')),
  },
  {
    header: 'Enquêtes',
    cell: (p) => {
      const debriefed = p.enquetes.filter((e) => e.debrief).length;
      return p.enquetes.length === 0
        ? 'Aucune'
        : `${p.enquetes.length} dont ${debriefed} débriefée${debriefed > 1 ? 's' : ''}`;
    },
  },
];

export function ComparePistes({ pistes }: { pistes: readonly PisteView[] }) {
  const [chosen, setChosen] = useState<string[]>([]);
  const shown = pistes.filter((p) => chosen.includes(p.id));
  if (pistes.length < 2)
    return <p className="muted">Dès qu’il y aura au moins deux pistes, vous pourrez les comparer ici.</p>;
  return (
    <>
      <fieldset className="pistes-compare-choice">
        <legend>Pistes à comparer (deux ou trois)</legend>
        <div className="choices">
          {pistes.map((p) => {
            const checked = chosen.includes(p.id);
            return (
              <label key={p.id} className="portfolio-choice">
                <input
                  type="checkbox"
                  checked={checked}
                  disabled={!checked && chosen.length >= MAX}
                  onChange={() => setChosen((ids) => (checked ? ids.filter((id) => id !== p.id) : [...ids, p.id]))}
                />
                {p.title}
              </label>
            );
          })}
        </div>
        <p className="hint" aria-live="polite">
          {chosen.length < 2
            ? 'Cochez deux ou trois pistes.'
            : `${chosen.length} pistes comparées${chosen.length >= MAX ? ' (trois au plus)' : ''}.`}
        </p>
      </fieldset>
      {shown.length >= 2 ? <Comparison pistes={shown} /> : null}
    </>
  );
}

/**
 * At wide widths, a table with a column per piste and a row per point compared; on a phone, a
 * card per piste with the same points (only one of the two is displayed).
 */
function Comparison({ pistes }: { pistes: readonly PisteView[] }) {
  const [name, ...points] = columns;
  return (
    <>
      <div className="pistes-compare-wide">
        <TableRegion label="comparaison des pistes">
          <table>
            <caption className="visually-hidden">Comparaison des pistes choisies</caption>
            <thead>
              <tr>
                <td />
                {pistes.map((p) => (
                  <th key={p.id} scope="col">
                    {name!.cell(p)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {points.map((point) => (
                <tr key={point.header}>
                  <th scope="row">{point.header}</th>
                  {pistes.map((p) => (
                    <td key={p.id}>{point.cell(p)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      </div>
      <ul className="pistes-compare-cards pistes-cards" aria-label="Comparaison des pistes choisies">
        {pistes.map((p) => (
          <li key={p.id} className="portfolio-item">
            <h3>{p.title}</h3>
            <dl className="portfolio-texts">
              {points.map((point) => (
                <div key={point.header}>
                  <dt>{point.header}</dt>
                  <dd>{point.cell(p)}</dd>
                </div>
              ))}
            </dl>
          </li>
        ))}
      </ul>
    </>
  );
}
