/**
 * The destruction at the end in Chromium (issue 15, decision 046): a closed bilan's beneficiary
 * sees on their home the date of destruction and its countdown, the links to download their data
 * and to keep documents; they sign a retention agreement (an error first, in French); after the
 * sweep, their home links to the destruction certificate, which they and the organisation's admin
 * read. axe-core and the phone width on each screen.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../setup/browser.ts';
import { checkPage } from '../support/a11y.ts';
import { fillDate } from '../support/date-fields.ts';
import { depsFor } from '../support/deps.ts';
import { dossierPath } from '../support/dossier.ts';
import { seedBilan, signedInPage, startIsolatedApp, type IsolatedApp } from '../support/e2e-app.ts';
import { sweepBilanDestruction } from '../../src/lifecycle/use-cases/sweep-bilan-destruction.ts';

const skip = inject('e2eSkip');
const postgresUrl = inject('e2ePostgresUrl');
const DAY = 86_400_000;

describe.skipIf(Boolean(skip))('the destruction at the end in the browser', () => {
  let browser: Browser;
  let isolated: IsolatedApp;
  let seed: Awaited<ReturnType<typeof seedBilan>>;

  beforeAll(async () => {
    isolated = await startIsolatedApp(postgresUrl);
    seed = await seedBilan(isolated.db, 'Cap Avenir Destruction');
    await isolated.db
      .updateTable('bilans')
      .set({ phase: 'cloture', phase_changed_at: new Date(Date.now() - 2 * DAY) })
      .where('id', '=', seed.bilanId)
      .execute();
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await isolated?.stop();
  });

  it('warns, lets the beneficiary keep documents, then shows the certificate', { timeout: 120_000 }, async () => {
    const beneficiary = await signedInPage(browser, isolated.app.url, seed.beneficiary.email);
    const notice = beneficiary.getByRole('region', { name: /^Vos documents seront détruits le/ });
    await notice.waitFor();
    await expect.poll(() => notice.innerText()).toMatch(/Destruction dans 28\sjours, le /);
    await checkPage(beneficiary, '150-destruction-annoncee', { title: 'Mon bilan de compétences' });

    await notice.getByRole('link', { name: /demander par écrit à conserver/ }).click();
    await beneficiary.getByRole('heading', { level: 1, name: 'Conserver des documents de mon bilan' }).waitFor();
    await beneficiary.getByRole('button', { name: 'Signer mon accord écrit' }).click();
    await beneficiary.getByRole('heading', { name: /informations sont à corriger/ }).waitFor();
    await checkPage(beneficiary, '151-conservation-erreurs', {
      title: 'Erreur – Conserver des documents de mon bilan',
    });

    await beneficiary.getByLabel('Le document de synthèse').check();
    const limit = new Date(Date.now() + 365 * DAY).toISOString().slice(0, 10);
    await fillDate(beneficiary.getByRole('group', { name: /^Conserver jusqu’au/ }), limit);
    await beneficiary.getByLabel('Prénom et nom').fill('Bruno Lefèvre');
    await beneficiary.getByLabel(/^Je demande par écrit la conservation/).check();
    await beneficiary.getByRole('button', { name: 'Signer mon accord écrit' }).click();
    await beneficiary.getByText('Votre accord écrit est enregistré').waitFor();
    await beneficiary.getByRole('button', { name: 'Retirer mon accord' }).waitFor();
    await checkPage(beneficiary, '152-conservation-signee', { title: 'Conserver des documents de mon bilan' });

    // The sweep sees the bilan today (schedule, warning), then destroys it once due.
    const deps = depsFor(isolated.db, { publicUrl: isolated.app.url });
    await sweepBilanDestruction(deps, new Date());
    const done = await sweepBilanDestruction(deps, new Date(Date.now() + 29 * DAY));
    expect(done.destroyed).toBe(1);

    await beneficiary.goto('/mon-bilan');
    await beneficiary.getByRole('link', { name: 'Voir le certificat de destruction' }).click();
    await beneficiary
      .getByRole('heading', { level: 1, name: 'Certificat de destruction des documents du bilan' })
      .waitFor();
    await beneficiary.getByText('Le document de synthèse, jusqu’au', { exact: false }).waitFor();
    await checkPage(beneficiary, '153-certificat-beneficiaire', {
      title: 'Certificat de destruction des documents du bilan',
    });

    const admin = await signedInPage(browser, isolated.app.url, seed.admin.email);
    await admin.waitForURL((url) => !url.pathname.startsWith('/connexion'));
    await admin.goto(`/certificats-de-destruction/${seed.bilanId}`);
    await admin.getByRole('link', { name: 'Télécharger le certificat (PDF)' }).waitFor();
    await checkPage(admin, '154-certificat-organisme', { title: 'Certificat de destruction des documents du bilan' });

    // The dossier's consultant finds it in « Suivi ».
    const consultant = await signedInPage(browser, isolated.app.url, seed.consultant.email);
    await consultant.waitForURL((url) => !url.pathname.startsWith('/connexion'));
    await consultant.goto(dossierPath(seed.bilanId, 'suivi'));
    await consultant.getByRole('heading', { level: 3, name: 'Destruction des documents du bilan' }).waitFor();
    await consultant.getByRole('link', { name: 'Voir le certificat de destruction' }).click();
    await consultant.getByRole('link', { name: 'Télécharger le certificat (PDF)' }).waitFor();
    await checkPage(consultant, '155-certificat-consultant', {
      title: 'Certificat de destruction des documents du bilan',
    });

    const pdf = await admin.request.get(`/api/bilans/${seed.bilanId}/lifecycle/certificate.pdf`);
    expect(pdf.status()).toBe(200);
    expect((await pdf.body()).subarray(0, 4).toString()).toBe('%PDF');
  });
});
