/**
 * The sections of the consultant's bilan dossier (design brief, "The dossier"), in the order of
 * its navigation: each has its own address (`/consultant/bilans/:id/<segment>`), a label, its
 * component (its own chunk, loaded when first opened) and an optional badge read from the
 * bilan's detail. A later section (Parcours et compétences, Pistes, Synthèse) is one more line
 * here and one file in this folder; a section not written yet has no line (no placeholder tab).
 */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { BilanDetail } from '../../contracts/schemas.ts';
import type { BilanSectionProps } from '../section.ts';

export interface DossierSection {
  /** The address segment after the bilan's id; '' is the overview at the dossier's own address. */
  segment: string;
  label: string;
  component: LazyExoticComponent<ComponentType<BilanSectionProps>>;
  badge?: (bilan: BilanDetail) => string | undefined;
}

function lazySection<K extends string>(
  load: () => Promise<Record<K, ComponentType<BilanSectionProps>>>,
  name: K,
): LazyExoticComponent<ComponentType<BilanSectionProps>> {
  return lazy(async () => ({ default: (await load())[name] }));
}

export const DOSSIER_SECTIONS: readonly DossierSection[] = [
  { segment: '', label: 'Vue d’ensemble', component: lazySection(() => import('./overview.tsx'), 'OverviewSection') },
  {
    segment: 'financement',
    label: 'Financement et documents',
    component: lazySection(() => import('./financing-documents.tsx'), 'FinancingDocumentsSection'),
    badge: (b) =>
      b.status.documentsAwaitingSignature > 0 ? `${b.status.documentsAwaitingSignature} à signer` : undefined,
  },
  {
    segment: 'seances',
    label: 'Séances',
    component: lazySection(() => import('./seances.tsx'), 'DossierSeancesSection'),
  },
  { segment: 'travaux', label: 'Travaux', component: lazySection(() => import('./work.tsx'), 'WorkSection') },
  {
    segment: 'suivi',
    label: 'Suivi',
    component: lazySection(() => import('./after.tsx'), 'DossierAfterSection'),
    badge: (b) => (b.status.edofDue?.overdue ? 'en retard' : undefined),
  },
];

/** The address of a section of a bilan's dossier. */
export function dossierPath(bilanId: string, segment: string): string {
  return segment ? `/consultant/bilans/${bilanId}/${segment}` : `/consultant/bilans/${bilanId}`;
}

export function dossierSection(segment: string | undefined): DossierSection | undefined {
  return DOSSIER_SECTIONS.find((s) => s.segment === (segment ?? ''));
}
