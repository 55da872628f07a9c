/**
 * The consultant's bilan dossier in end-to-end tests: its sections have their own address
 * (src/bilans/web/dossier/sections.ts). `openDossierSection` follows the section link when the
 * dossier is on screen (as a person would), or opens the section's address otherwise, and waits
 * until the navigation marks it as current.
 */
import type { Page } from 'playwright-core';

export const DOSSIER_SECTION_LABELS = {
  '': 'Vue d’ensemble',
  financement: 'Financement et documents',
  seances: 'Séances',
  travaux: 'Travaux',
  parcours: 'Parcours et compétences',
  pistes: 'Pistes',
  'plan-d-action': 'Plan d’action',
  synthese: 'Synthèse',
  suivi: 'Suivi',
} as const;

export type DossierSegment = keyof typeof DOSSIER_SECTION_LABELS;

export const dossierPath = (bilanId: string, segment: DossierSegment = '') =>
  segment ? `/consultant/bilans/${bilanId}/${segment}` : `/consultant/bilans/${bilanId}`;

export function dossierNav(page: Page) {
  return page.getByRole('navigation', { name: 'Parties du dossier' });
}

export async function openDossierSection(page: Page, bilanId: string, segment: DossierSegment = ''): Promise<void> {
  const label = DOSSIER_SECTION_LABELS[segment];
  const onDossier = new URL(page.url()).pathname.startsWith(dossierPath(bilanId));
  const link = dossierNav(page).getByRole('link', { name: new RegExp(`^${label}`) });
  if (onDossier && (await link.count()) > 0) await link.click();
  else await page.goto(dossierPath(bilanId, segment));
  await dossierNav(page).locator('a[aria-current="page"]', { hasText: label }).waitFor();
}

/** The bilan's id in a dossier address (any section). */
export function bilanIdOf(url: string): string {
  return /\/consultant\/bilans\/([0-9a-f-]{36})/.exec(url)?.[1] ?? '';
}
