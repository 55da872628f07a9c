/**
 * Qualiopi in Chromium (decision 050): the admin's « Qualiopi : preuves » publishes the results;
 * a visitor reads them on the public page, with the day they were updated, and sends a complaint
 * without an account; the admin finds it in the register and records its acknowledgement; the
 * improvement plan. axe-core and the phone width on each screen.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../setup/browser.ts';
import { checkPage } from '../support/a11y.ts';
import { fillDate } from '../support/date-fields.ts';
import { frenchPage, seedBilan, signedInPage, startIsolatedApp, type IsolatedApp } from '../support/e2e-app.ts';

const skip = inject('e2eSkip');
const postgresUrl = inject('e2ePostgresUrl');

describe.skipIf(Boolean(skip))('Qualiopi evidence and registers in the browser', () => {
  let browser: Browser;
  let isolated: IsolatedApp;
  let seed: Awaited<ReturnType<typeof seedBilan>>;
  const slug = 'cap-avenir-qualite';

  beforeAll(async () => {
    isolated = await startIsolatedApp(postgresUrl);
    seed = await seedBilan(isolated.db, 'Cap Avenir Qualité');
    await isolated.db
      .updateTable('organisations')
      .set({ slug, public_page_enabled: true })
      .where('id', '=', seed.organisation.id)
      .execute();
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await isolated?.stop();
  });

  it('publishes results, takes a public complaint and follows it up', { timeout: 180_000 }, async () => {
    const admin = await signedInPage(browser, isolated.app.url, seed.admin.email);
    await admin.getByRole('link', { name: 'Qualiopi : preuves' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Qualiopi : preuves' }).waitFor();
    await admin.getByRole('heading', { level: 3, name: /^Indicateur 31 : / }).waitFor();
    expect(await admin.getByRole('heading', { level: 3, name: /^Indicateur \d+ : / }).count()).toBe(22);
    await admin.getByText('Aucun résultat n’est encore publié sur votre page publique.').waitFor();
    await checkPage(admin, 'qualiopi-preuves', { title: 'Qualiopi : preuves' });
    await admin.getByRole('button', { name: /^Publier les résultats du / }).click();
    await admin.getByText('✓ Résultats publiés sur votre page publique.').waitFor();
    await admin.getByText('Calculés le').waitFor();

    const visitor = await frenchPage(browser, isolated.app.url);
    await visitor.goto(`/organismes/${slug}`);
    await visitor.getByRole('heading', { level: 2, name: 'Nos résultats' }).waitFor();
    await visitor.getByText(/Résultats mis à jour le \d{1,2} \S+ \d{4}\./).waitFor();
    const form = visitor.locator('section', { has: visitor.getByRole('heading', { name: 'Une réclamation ?' }) });
    await form.getByRole('button', { name: 'Envoyer ma réclamation' }).click();
    await form
      .getByRole('link', { name: /Votre réclamation/ })
      .first()
      .waitFor();
    await form.getByLabel('Vous êtes').selectOption('employeur');
    await form.getByLabel('Votre nom').fill('Sophie Garnier');
    await form.getByLabel('Votre adresse e-mail').fill('sophie.garnier@exemple.fr');
    await form.getByLabel('Votre réclamation').fill('La convention nous est parvenue après le début du bilan.');
    await form.getByRole('button', { name: 'Envoyer ma réclamation' }).click();
    await visitor.getByText('Votre réclamation est transmise à Cap Avenir Qualité').waitFor();
    await checkPage(visitor, 'page-publique-qualite', { title: 'Cap Avenir Qualité' });

    await admin.goto('/admin/qualiopi/reclamations');
    await admin.getByRole('heading', { level: 1, name: 'Registre des réclamations' }).waitFor();
    await admin.getByText('Employeur : Sophie Garnier').waitFor();
    await checkPage(admin, 'registre-reclamations', { title: 'Registre des réclamations' });
    await admin.getByRole('button', { name: /^Ouvrir la réclamation du / }).click();
    const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Paris' });
    await fillDate(admin.getByRole('group', { name: 'Accusé de réception le' }), today);
    await admin.getByLabel('Statut').selectOption('en_cours');
    await admin.getByRole('button', { name: 'Enregistrer les modifications' }).click();
    await admin
      .getByText('✓ Réclamation mise à jour.')
      .waitFor({ timeout: 10_000 })
      .catch(async (error: unknown) => {
        throw new Error(`not saved: ${await admin.locator('main').innerText()}`, { cause: error });
      });
    await admin.getByRole('cell', { name: 'En cours de traitement' }).first().waitFor();

    await admin.goto('/admin/qualiopi/ameliorations');
    await admin.getByLabel('Origine').selectOption('reclamation');
    await admin.getByLabel('Action à mener').fill('Envoyer la convention dix jours avant la première séance.');
    await admin.getByRole('button', { name: 'Enregistrer l’action' }).click();
    await admin.getByText('✓ Action enregistrée.').waitFor();
    await checkPage(admin, 'plan-amelioration', { title: 'Plan d’amélioration' });
  });
});
