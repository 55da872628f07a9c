/**
 * Séances in Chromium: the consultant plans one, records a held one, collects the beneficiary's
 * signature on their own device and signs in one tap; the beneficiary sees their séances and
 * signs a remote one from their account in one tap. axe-core on every page.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../setup/browser.ts';
import { checkPage, expectFocusOnHeading } from '../support/a11y.ts';
import { fillDate, fillTime } from '../support/date-fields.ts';
import { seedBilan, signedInPage, startIsolatedApp, type IsolatedApp } from '../support/e2e-app.ts';
import { openDossierSection } from '../support/dossier.ts';

const skip = inject('e2eSkip');
const postgresUrl = inject('e2ePostgresUrl');

describe.skipIf(Boolean(skip))('séances and attendance', () => {
  let browser: Browser;
  let isolated: IsolatedApp;
  let seed: Awaited<ReturnType<typeof seedBilan>>;
  const HOUR = 3_600_000;

  beforeAll(async () => {
    isolated = await startIsolatedApp(postgresUrl);
    seed = await seedBilan(isolated.db, 'Cap Avenir Séances');
    const now = Date.now();
    const insert = (startsAt: number, endsAt: number, mode: 'in_person' | 'remote', held: boolean) =>
      isolated.db
        .insertInto('seances')
        .values({
          organisation_id: seed.organisation.id,
          bilan_id: seed.bilanId,
          consultant_id: seed.consultant.id,
          phase: 'preliminaire',
          mode,
          place: mode === 'in_person' ? '12 rue de la République, Lyon' : null,
          link: mode === 'remote' ? 'https://visio.exemple.fr/bilan' : null,
          starts_at: new Date(startsAt),
          ends_at: new Date(endsAt),
          status: held ? 'held' : 'planned',
          ...(held ? { actual_start_at: new Date(startsAt), actual_end_at: new Date(endsAt) } : {}),
        })
        .execute();
    // One in-person séance that started an hour ago, one remote séance of 90 minutes held
    // yesterday: neither can read « 14 h à 16 h », the slot the test plans, whatever the hour.
    const minute = Math.floor(now / 60_000) * 60_000;
    await insert(minute - HOUR, minute, 'in_person', false);
    await insert(minute - 26 * HOUR, minute - 24.5 * HOUR, 'remote', true);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await isolated?.stop();
  });

  const loginPage = (email: string) => signedInPage(browser, isolated.app.url, email);

  it('plans, records, signs in person, and counts the hours', async () => {
    const consultant = await loginPage(seed.consultant.email);
    // « Aujourd'hui » opens first; the list of bilans is « Bilans ».
    await consultant.getByRole('link', { name: 'Bilans', exact: true }).click();
    await consultant.getByRole('link', { name: 'Bruno Lefèvre' }).click();
    // The dossier loads under its provisional title first: wait for it on a busy machine.
    await consultant.getByRole('heading', { level: 1, name: 'Bilan de Bruno Lefèvre' }).waitFor();
    await expectFocusOnHeading(consultant, 'Bilan de Bruno Lefèvre');
    await openDossierSection(consultant, seed.bilanId, 'seances');
    await consultant.getByRole('button', { name: 'Planifier une séance' }).click();
    const future = new Date(Date.now() + 8 * 24 * HOUR);
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(future);
    await fillDate(consultant.getByRole('group', { name: 'Date', exact: true }), day);
    await fillTime(consultant.getByRole('group', { name: 'Heure de début' }), '14:00');
    await fillTime(consultant.getByRole('group', { name: 'Heure de fin' }), '16:00');
    await consultant.getByLabel('Lieu', { exact: true }).fill('12 rue de la République, Lyon');
    await consultant.getByLabel('Thème (facultatif)').fill('Histoire professionnelle');
    await checkPage(consultant, '30-bilan-planifier-seance', { title: 'Bilan de Bruno Lefèvre' });
    await consultant.getByRole('button', { name: 'Planifier', exact: true }).click();
    await consultant
      .getByText('La séance est planifiée ; la ou le bénéficiaire reçoit l’invitation par courriel.')
      .waitFor();
    await consultant.getByRole('rowheader', { name: /14 h à 16 h/ }).waitFor();
    await checkPage(consultant, '31-bilan-seances', { title: 'Bilan de Bruno Lefèvre' });

    // The séance that started an hour ago: record it, then both sign.
    await consultant
      .getByRole('row')
      .filter({ hasText: 'Planifiée' })
      .filter({ hasNotText: '14 h à 16 h' })
      .getByRole('link')
      .click();
    await consultant.locator('h1').waitFor();
    await consultant.getByRole('button', { name: 'Marquer comme réalisée' }).click();
    await checkPage(consultant, '32-seance-realisee-formulaire', { title: await consultant.locator('h1').innerText() });
    await consultant.getByRole('button', { name: 'Enregistrer la séance comme réalisée' }).click();
    await consultant.getByText('La séance est marquée comme réalisée.').waitFor();

    await consultant.getByRole('button', { name: 'Signer l’émargement' }).first().click();
    await consultant.locator('.error-summary').waitFor();
    const title = await consultant.locator('h1').innerText();
    await checkPage(consultant, '33-emargement-erreurs', { title: `Erreur – ${title}` });
    const forms = consultant.locator('form');
    await forms.nth(0).getByLabel('Prénom et nom').fill('Bruno Lefèvre');
    await forms.nth(0).getByRole('checkbox').check();
    await forms.nth(0).getByRole('button', { name: 'Signer l’émargement' }).click();
    await consultant.getByText('L’émargement de Bruno Lefèvre est enregistré.').waitFor();
    // The beneficiary's form goes away once the séance is reloaded; the consultant signs in one tap.
    await expect.poll(() => forms.count()).toBe(0);
    await consultant.getByRole('button', { name: /^Je signe l’émargement de la séance du / }).click();
    await consultant.getByText(/^Votre signature de l’émargement de la séance du .* est enregistrée/).waitFor();
    await consultant.getByText('La séance est émargée par les deux personnes').waitFor();
    await checkPage(consultant, '34-seance-emargee', { title });

    await consultant.getByRole('link', { name: 'Retour au bilan' }).click();
    await openDossierSection(consultant, seed.bilanId, 'seances');
    await consultant.getByText(/Accompagnement : 1\sh réalisées et émargées/).waitFor();
  });

  it('shows the beneficiary their séances and lets them sign a remote one', async () => {
    const beneficiary = await loginPage(seed.beneficiary.email);
    await beneficiary.getByRole('heading', { name: 'Mes séances' }).waitFor();
    await beneficiary.getByRole('link', { name: /14 h à 16 h/ }).waitFor();
    await checkPage(beneficiary, '35-beneficiaire-seances', { title: 'Mon bilan de compétences' });
    await beneficiary.getByRole('link', { name: /Émarger la séance/ }).click();
    // The séance's own page, not the home still on screen for a moment.
    const seanceHeading = beneficiary.getByRole('heading', { level: 1, name: /^Séance du / });
    await seanceHeading.waitFor();
    await checkPage(beneficiary, '36-beneficiaire-emarger', { title: await seanceHeading.innerText() });
    // One tap (decision 035): the button says what it attests and signs at once.
    await beneficiary.getByRole('button', { name: /^Je confirme ma présence à la séance du / }).click();
    await beneficiary.getByText(/^C’est fait : votre présence à la séance du .* est enregistrée/).waitFor();
    // The séance's details are read again after the signature: wait for them.
    await expect.poll(() => beneficiary.locator('dd').filter({ hasText: 'Bénéficiaire : signé le' }).count()).toBe(1);
  });
});
