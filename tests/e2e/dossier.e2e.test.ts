/**
 * The consultant's bilan dossier (issue 11, design brief "The dossier"): a header band with the
 * beneficiary, financing, consultant, phase stepper and status rail; sections at their own
 * address that a reload, back and forward keep, the navigation marking the current one; forms
 * open on demand; the confirmation of a change shown and focused in the section. axe-core and
 * the phone width on every section.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../setup/browser.ts';
import { checkPage } from '../support/a11y.ts';
import { seedBilan, signedInPage, startIsolatedApp, type IsolatedApp } from '../support/e2e-app.ts';
import {
  DOSSIER_SECTION_LABELS,
  dossierNav,
  dossierPath,
  openDossierSection,
  type DossierSegment,
} from '../support/dossier.ts';

const skip = inject('e2eSkip');
const postgresUrl = inject('e2ePostgresUrl');
const HOUR = 3_600_000;

describe.skipIf(Boolean(skip))('the bilan dossier', () => {
  let browser: Browser;
  let isolated: IsolatedApp;
  let seed: Awaited<ReturnType<typeof seedBilan>>;

  beforeAll(async () => {
    isolated = await startIsolatedApp(postgresUrl);
    seed = await seedBilan(isolated.db, 'Cap Avenir Dossier');
    // A séance planned next week (2 h) and one held last week (2 h, signed by both).
    const now = Math.floor(Date.now() / 60_000) * 60_000;
    for (const [start, held] of [
      [now + 7 * 24 * HOUR, false],
      [now - 7 * 24 * HOUR, true],
    ] as const) {
      await isolated.db
        .insertInto('seances')
        .values({
          organisation_id: seed.organisation.id,
          bilan_id: seed.bilanId,
          consultant_id: seed.consultant.id,
          phase: 'preliminaire',
          mode: 'in_person',
          place: '12 rue de la République, Lyon',
          starts_at: new Date(start),
          ends_at: new Date(start + 2 * HOUR),
          status: held ? 'held' : 'planned',
          ...(held
            ? { actual_start_at: new Date(start), actual_end_at: new Date(start + 2 * HOUR), attended_minutes: 120 }
            : {}),
        })
        .execute();
    }
    await isolated.db
      .updateTable('bilans')
      .set({ accompaniment_done_minutes: 120 })
      .where('id', '=', seed.bilanId)
      .execute();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await isolated?.stop();
  });

  it(
    'shows the header band, gives each section its address, and keeps it on reload, back and forward',
    { timeout: 300_000 },
    async () => {
      const page = await signedInPage(browser, isolated.app.url, seed.consultant.email);
      // « Aujourd'hui » opens first; the list of bilans is « Bilans ».
      await page.getByRole('link', { name: 'Bilans', exact: true }).click();
      await page.getByRole('link', { name: 'Bruno Lefèvre' }).click();
      await page.getByRole('heading', { level: 1, name: 'Bilan de Bruno Lefèvre' }).waitFor();

      // The header: who, the phase and its checklist progress, hours, next séance, next step, alerts.
      const rail = page.getByRole('list', { name: 'État du dossier' });
      await rail.getByText(/2\sh réalisées sur 24\sh prévues/).waitFor();
      await rail.getByText(/4\sh planifiées ou réalisées/).waitFor();
      await rail.getByText('Prochaine étape').waitFor();
      expect(await rail.getByText(/^Prochaine séance le /).count()).toBe(1);
      await page.getByRole('list', { name: 'Étapes du bilan' }).locator('[aria-current="step"]').waitFor();
      await page.getByText(/0 condition réunie sur 5 pour passer à la phase suivante/).waitFor();
      await page
        .getByRole('list', { name: 'Alertes du dossier' })
        .getByText('Consentement de la ou du bénéficiaire pas encore donné.')
        .waitFor();
      expect(await page.getByText('Claire Dubois').count()).toBeGreaterThan(0);

      // No form stands open on the overview: the charter and the record open on demand.
      expect(await page.getByLabel('Analyse de la demande et du besoin').count()).toBe(0);
      await page.getByRole('button', { name: 'Rédiger le compte rendu' }).click();
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.textContent))
        .toBe('Compte rendu de la phase préliminaire');
      await page.getByLabel('Format retenu').fill('Individuel, en présentiel.');
      await page.getByRole('button', { name: 'Enregistrer le compte rendu' }).click();
      // The confirmation shows in the section and takes focus.
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.textContent))
        .toBe('Le compte rendu de la phase préliminaire est enregistré.');
      await page.getByRole('button', { name: 'Modifier le compte rendu' }).waitFor();

      const sections = Object.keys(DOSSIER_SECTION_LABELS) as DossierSegment[];
      for (const segment of sections) {
        await openDossierSection(page, seed.bilanId, segment);
        expect(new URL(page.url()).pathname).toBe(dossierPath(seed.bilanId, segment));
        // A reload keeps the section, and the navigation marks it, and only it.
        await page.reload();
        const current = dossierNav(page).locator('a[aria-current="page"]');
        await current.filter({ hasText: DOSSIER_SECTION_LABELS[segment] }).waitFor();
        expect(await current.count()).toBe(1);
        await checkPage(page, `60-dossier-${segment || 'vue-ensemble'}`, { title: 'Bilan de Bruno Lefèvre' });
      }

      // Back and forward go from section to section.
      await page.goBack();
      await dossierNav(page).locator('a[aria-current="page"]', { hasText: 'Synthèse' }).waitFor();
      await page.getByRole('heading', { level: 2, name: 'Rédaction', exact: true }).waitFor();
      await page.goForward();
      await dossierNav(page).locator('a[aria-current="page"]', { hasText: 'Suivi' }).waitFor();
      await page.getByRole('heading', { level: 2, name: 'Après le bilan' }).waitFor();

      // Travaux: an empty state with its action, no external-test form until asked.
      await openDossierSection(page, seed.bilanId, 'travaux');
      await page
        .getByText('Aucun résultat de test d’éditeur n’est enregistré pour ce bilan.', { exact: false })
        .waitFor();
      expect(await page.getByLabel('Nom du test').count()).toBe(0);
      await page.getByRole('button', { name: 'Enregistrer un résultat' }).click();
      await page.getByLabel('Nom du test').waitFor();
      await checkPage(page, '61-dossier-travaux-resultat-ouvert', { title: 'Bilan de Bruno Lefèvre' });
      await page
        .getByRole('button', { name: /^Fermer/ })
        .last()
        .click();
      expect(await page.getByLabel('Nom du test').count()).toBe(0);
      await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Enregistrer un résultat');

      // An address that is no section says so, with the way back.
      await page.goto(`${dossierPath(seed.bilanId)}/inconnue`);
      await page.getByRole('heading', { level: 2, name: 'Cette partie du dossier n’existe pas' }).waitFor();
    },
  );
});
