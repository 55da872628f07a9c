/**
 * The BPF in Chromium (decision 051): an admin opens « Bilan pédagogique et financier » from the
 * navigation for last year, finds a bilan without a beneficiary category among the gaps, fills it
 * there, sees the F totals agree, and records the filing date. axe-core and the phone width.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../setup/browser.ts';
import { checkPage } from '../support/a11y.ts';
import { fillDate } from '../support/date-fields.ts';
import { seedBilan, signedInPage, startIsolatedApp, type IsolatedApp } from '../support/e2e-app.ts';

const skip = inject('e2eSkip');
const postgresUrl = inject('e2ePostgresUrl');
const TITLE = 'Bilan pédagogique et financier';

describe.skipIf(Boolean(skip))('the BPF in the browser', () => {
  let browser: Browser;
  let isolated: IsolatedApp;
  let seed: Awaited<ReturnType<typeof seedBilan>>;
  const lastYear = new Date().getFullYear() - 1;

  beforeAll(async () => {
    isolated = await startIsolatedApp(postgresUrl);
    seed = await seedBilan(isolated.db, 'Cap Avenir BPF');
    // Two hours held and signed last June; the bilan has no category (created before 0031).
    const start = new Date(`${lastYear}-06-02T08:00:00Z`);
    const end = new Date(`${lastYear}-06-02T10:00:00Z`);
    await isolated.db
      .insertInto('seances')
      .values({
        organisation_id: seed.organisation.id,
        bilan_id: seed.bilanId,
        consultant_id: seed.consultant.id,
        phase: 'investigation',
        mode: 'in_person',
        place: 'Lyon',
        starts_at: start,
        ends_at: end,
        status: 'held',
        signed_by_beneficiary_at: end,
        signed_by_consultant_at: end,
      })
      .execute();
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await isolated?.stop();
  });

  it('shows the frames, lets the gap be filled there and the filing be recorded', { timeout: 120_000 }, async () => {
    const admin = await signedInPage(browser, isolated.app.url, seed.admin.email);
    await admin.getByRole('link', { name: TITLE }).click();
    await admin.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await admin.getByRole('heading', { level: 2, name: /^Cadre C/ }).waitFor();
    await admin.getByText('ne concordent pas').first().waitFor();
    await checkPage(admin, '160-bpf-a-completer', { title: TITLE });

    await admin.getByLabel('Situation de Bruno Lefèvre').selectOption('salarie_prive');
    await admin.getByRole('button', { name: 'Enregistrer la situation' }).click();
    await admin.getByText(/Les totaux des cadres F-1, F-3 et F-4 concordent : 1\u00a0stagiaire, 2,00/).waitFor();

    await fillDate(
      admin.getByRole('group', { name: 'Date de dépôt sur Mon Activité Formation' }),
      `${lastYear + 1}-01-15`,
    );
    await admin.getByRole('button', { name: 'Enregistrer la date de dépôt' }).click();
    await admin.getByText(/Déclaration enregistrée au /).waitFor();
    await admin.getByText(/Déclaré le \S+ 15 janvier/).waitFor();
    await checkPage(admin, '161-bpf-declare', { title: TITLE });

    const csv = await admin.request.get(`/api/admin/bpf/${lastYear}/bpf.csv`);
    expect(csv.status()).toBe(200);
    expect(await csv.text()).toContain('F-3;e;Bilans de compétences;1;2,00;');
  });

  it('lets the consultant see and change the situation in the dossier', { timeout: 120_000 }, async () => {
    const consultant = await signedInPage(browser, isolated.app.url, seed.consultant.email);
    await consultant.getByRole('heading', { level: 1, name: 'Aujourd’hui' }).waitFor();
    await consultant.goto(`/consultant/bilans/${seed.bilanId}/financement`);
    await consultant.getByRole('heading', { level: 2, name: 'Situation de la ou du bénéficiaire' }).waitFor();
    const select = consultant.getByRole('combobox', { name: 'Situation de la ou du bénéficiaire' });
    expect(await select.inputValue()).toBe('salarie_prive');
    await select.selectOption('demandeur_emploi');
    await consultant.getByRole('button', { name: 'Enregistrer la situation' }).click();
    await consultant.getByText('La situation de la ou du bénéficiaire est enregistrée.').first().waitFor();
    await checkPage(consultant, '162-bpf-dossier-situation', { title: 'Bilan de Bruno Lefèvre' });
  });
});
