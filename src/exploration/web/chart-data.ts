/**
 * Where each piste goes on the desire × feasibility chart, and the chart's text description.
 * Pure: unit-tested. A piste is placed once its desire is said and its feasibility evaluated;
 * pistes in the same cell are spread vertically; set-aside pistes are left out of the image.
 */
import type { PisteView } from '../contracts/schemas.ts';
import type { FeasibilityLevel } from '../domain/feasibility.ts';

export const FEASIBILITY_ROWS: readonly { level: FeasibilityLevel; value: number; label: string }[] = [
  { level: 'faible', value: 1, label: 'Faible' },
  { level: 'moyenne', value: 2, label: 'Moyenne' },
  { level: 'elevee', value: 3, label: 'Élevée' },
];

export interface ChartRow {
  id: string;
  number: number;
  title: string;
  desire: number | null;
  feasibility: string;
  where: string;
}

export interface PlacedRow extends ChartRow {
  desire: number;
  row: number;
  offset: number;
}

export function chartPlacement(
  pistes: readonly Pick<PisteView, 'id' | 'title' | 'desire' | 'feasibility' | 'status'>[],
) {
  const placed: PlacedRow[] = [];
  const unplaced: ChartRow[] = [];
  const cells = new Map<string, number>();
  pistes.forEach((piste, index) => {
    const base = {
      id: piste.id,
      number: index + 1,
      title: piste.title,
      desire: piste.desire,
      feasibility: piste.feasibility.label,
    };
    const row = FEASIBILITY_ROWS.find((r) => r.level === piste.feasibility.level)?.value;
    if (piste.status === 'ecartee') unplaced.push({ ...base, where: 'Non placée : piste écartée' });
    else if (piste.desire === null) unplaced.push({ ...base, where: 'Non placée : envie pas encore dite' });
    else if (row === undefined) unplaced.push({ ...base, where: 'Non placée : faisabilité à évaluer' });
    else {
      const key = `${piste.desire}:${row}`;
      const count = cells.get(key) ?? 0;
      cells.set(key, count + 1);
      const offset = (count % 2 === 0 ? 1 : -1) * Math.ceil(count / 2) * 20;
      placed.push({ ...base, desire: piste.desire, row, offset, where: 'Placée' });
    }
  });
  const description =
    placed.length === 0
      ? 'Aucune piste n’est encore placée : il faut son envie et sa faisabilité.'
      : placed
          .map(
            (p) =>
              `Piste ${p.number}, ${p.title} : envie ${p.desire} sur 5, faisabilité ${p.feasibility.toLowerCase()}.`,
          )
          .join(' ');
  return { placed, unplaced, description };
}
