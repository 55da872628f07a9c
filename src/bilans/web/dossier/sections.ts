/**
 * The sections of the consultant's bilan dossier (design brief, "The dossier"), in the order of
 * its navigation: each has its own address (`/consultant/bilans/:id/<segment>`), a label, its
 * component (its own chunk, loaded when first opened) and an optional badge read from the
 * bilan's detail. A later section (Parcours et compétences, Pistes, Synthèse) is one more line
 * here and one file in this folder; a section not written yet has no line (no placeholder tab).
 */
import type { ComponentType } from 'react';
import { lazyWithPreload, type LazyPage } from '../../../ui/screens.ts';
import { preload } from '../../../ui/api.ts';
import type { BilanDetail } from '../../contracts/schemas.ts';
import type { BilanSectionProps } from '../section.ts';

export interface DossierSection {
  /** The address segment after the bilan's id; '' is the overview at the dossier's own address. */
  segment: string;
  label: string;
  component: LazyPage<BilanSectionProps>;
  badge?: (bilan: BilanDetail) => string | undefined;
}

function lazySection<K extends string>(
  load: () => Promise<Record<K, ComponentType<BilanSectionProps>>>,
  name: K,
): LazyPage<BilanSectionProps> {
  return lazyWithPreload(load, name);
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
    segment: 'parcours',
    label: 'Parcours et compétences',
    component: lazySection(() => import('../../../portfolio/web/workspace.tsx'), 'PortfolioSection'),
  },
  {
    segment: 'pistes',
    label: 'Pistes',
    component: lazySection(() => import('../../../exploration/web/workspace.tsx'), 'PistesSection'),
  },
  {
    segment: 'plan-d-action',
    label: 'Plan d’action',
    component: lazySection(() => import('../../../action-plan/web/section.tsx'), 'ActionPlanSection'),
  },
  {
    segment: 'synthese',
    label: 'Synthèse',
    component: lazySection(() => import('../../../synthese/web/workspace.tsx'), 'SyntheseSection'),
  },
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

/** The address of the bilan's detail (`bilanEndpoints.get`), written out so that the entry chunk
 * does not carry the contracts; a unit test holds the two together. */
export function bilanDetailUrl(bilanId: string): string {
  return `/api/bilans/${encodeURIComponent(bilanId)}`;
}

/**
 * `Screen.prefetch` of the dossier: the bilan's detail and the chunk of the section in the address
 * start with the session check and the dossier's own chunk, not one after another.
 */
export function prefetchDossier(params: Readonly<Record<string, string | undefined>>): void {
  const id = params['id'];
  if (!id) return;
  preload(bilanDetailUrl(id));
  void dossierSection(params['section'])?.component.preload();
}
