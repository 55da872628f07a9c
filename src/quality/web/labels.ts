/** French labels and formats shared by the Qualiopi pages. */
import type { EvidenceStatus } from '../domain/evidence.ts';
import type { ChipTone } from '../../ui/StatusChip.tsx';

export const EVIDENCE_STATUS: Record<EvidenceStatus, { label: string; tone: ChipTone }> = {
  tenu: { label: 'Preuves dans Sillage', tone: 'success' },
  a_completer: { label: 'À compléter', tone: 'warning' },
  hors_sillage: { label: 'Tenu hors de Sillage', tone: 'neutral' },
};

/** A day (AAAA-MM-JJ) as « 7 décembre 2026 ». */
export const frenchDay = (iso: string) =>
  new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${iso}T12:00:00Z`),
  );

export const percent = (basisPoints: number | null) =>
  basisPoints === null
    ? 'pas encore de données'
    : `${(basisPoints / 100).toLocaleString('fr-FR', { maximumFractionDigits: 0 })}\u00a0%`;
