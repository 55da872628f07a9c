/**
 * One person, two providers (decision 027), in Chromium: when the e-mail and password open an
 * account at each, the sign-in page asks which organisation, focus on its heading, listing only
 * those two, and signs in to the one chosen. axe-core on the choice.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../setup/browser.ts';
import { checkPage, expectFocusOnHeading } from '../support/a11y.ts';
import { E2E_PASSWORD, frenchPage, seedBilan, startIsolatedApp, type IsolatedApp } from '../support/e2e-app.ts';

const skip = inject('e2eSkip');
const postgresUrl = inject('e2ePostgresUrl');

describe.skipIf(Boolean(skip))('signing in with an e-mail known at two providers', () => {
  let browser: Browser;
  let isolated: IsolatedApp;
  let first: Awaited<ReturnType<typeof seedBilan>>;
  let second: Awaited<ReturnType<typeof seedBilan>>;

  beforeAll(async () => {
    isolated = await startIsolatedApp(postgresUrl);
    first = await seedBilan(isolated.db, 'Cap Avenir Conseil');
    second = await seedBilan(isolated.db, 'Horizons Bilans');
    // The second provider's beneficiary is the first's, with the same address and password.
    await isolated.db
      .updateTable('users')
      .set({ email: first.beneficiary.email })
      .where('id', '=', second.beneficiary.id)
      .execute();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await isolated?.stop();
  });

  it('asks which organisation, then opens the bilan of the one chosen', async () => {
    const page = await frenchPage(browser, isolated.app.url);
    await page.goto('/connexion');
    await page.getByLabel('Adresse e-mail').fill(first.beneficiary.email);
    await page.getByLabel('Mot de passe').fill(E2E_PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();

    await page.getByRole('heading', { level: 1, name: 'Choisir votre organisme' }).waitFor();
    await expectFocusOnHeading(page, 'Choisir votre organisme');
    await checkPage(page, 'connexion-choix-organisme', { title: 'Choisir votre organisme' });
    const choices = page.getByRole('listitem').getByRole('button');
    await expect
      .poll(() => choices.allTextContents())
      .toEqual(['Se connecter chez Cap Avenir Conseil', 'Se connecter chez Horizons Bilans']);

    await page.getByRole('button', { name: 'Se connecter chez Horizons Bilans' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mon bilan de compétences' }).waitFor();
    const session = await page.evaluate(async () => (await fetch('/api/session')).json());
    expect(session.user).toMatchObject({ id: second.beneficiary.id, organisation: { id: second.organisation.id } });
  });
});
