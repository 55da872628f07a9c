/**
 * Drafts on a shared computer, in Chromium: what a consultant types and has not saved is kept in
 * this browser for them only (it survives a reload), and is gone from the browser's storage when
 * they sign out; the next person who signs in on this browser sees none of it. axe-core on the page.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../setup/browser.ts';
import { checkPage } from '../support/a11y.ts';
import {
  E2E_PASSWORD,
  frenchPage,
  seedBilan,
  seedUser,
  startIsolatedApp,
  type IsolatedApp,
} from '../support/e2e-app.ts';

const skip = inject('e2eSkip');
const postgresUrl = inject('e2ePostgresUrl');

const SECRET = 'Souhaite quitter son poste après un conflit avec sa responsable — confidentiel.';

/** Every key and value this app keeps in the page's localStorage. */
const stored = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(
      Object.keys(window.localStorage)
        .filter((key) => key.startsWith('sillage:'))
        .map((key) => [key, window.localStorage.getItem(key)]),
    ),
  );

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto('/connexion');
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe').fill(E2E_PASSWORD);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.getByRole('heading', { level: 1, name: 'Aujourd’hui' }).waitFor();
}

describe.skipIf(Boolean(skip))('drafts kept in the browser', () => {
  let browser: Browser;
  let isolated: IsolatedApp;
  let seed: Awaited<ReturnType<typeof seedBilan>>;
  let other: { email: string; bilanId: string };

  beforeAll(async () => {
    isolated = await startIsolatedApp(postgresUrl);
    seed = await seedBilan(isolated.db, 'Cap Avenir Brouillons');
    const consultant = await seedUser(isolated.db, seed.organisation.id, 'consultant', 'Marc', 'Roux');
    const beneficiary = await seedUser(isolated.db, seed.organisation.id, 'beneficiary', 'Inès', 'Garnier');
    const bilan = await isolated.db
      .insertInto('bilans')
      .values({
        organisation_id: seed.organisation.id,
        beneficiary_id: beneficiary.id,
        consultant_id: consultant.id,
        financing: 'opco',
        planned_accompaniment_minutes: 1440,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    other = { email: consultant.email, bilanId: bilan.id };
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await isolated?.stop();
  });

  it('keeps an unsaved draft for its author only, and forgets it at sign-out', async () => {
    const page = await frenchPage(browser, isolated.app.url);
    await signIn(page, seed.consultant.email);
    await page.goto(`/consultant/bilans/${seed.bilanId}`);
    // The record's form opens on demand; with a draft in the browser it opens by itself.
    await page.getByRole('button', { name: 'Rédiger le compte rendu' }).click();
    const analysis = page.getByLabel('Analyse de la demande et du besoin');
    await analysis.fill(SECRET);
    // Kept at once, under the consultant's own key; still there after a reload.
    expect(Object.entries(await stored(page))).toEqual([
      [`sillage:brouillon:${seed.consultant.id}:preliminaire:${seed.bilanId}`, expect.stringContaining(SECRET)],
    ]);
    await page.reload();
    await expect.poll(() => analysis.inputValue()).toBe(SECRET);
    await checkPage(page, 'brouillons-1-compte-rendu-non-enregistre', { title: 'Bilan de Bruno Lefèvre' });

    // Signing out removes it from the browser's storage.
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.getByRole('heading', { level: 1, name: 'Connexion' }).waitFor();
    expect(await stored(page)).toEqual({});

    // The next consultant on this browser sees none of it, on their own bilan or anywhere else.
    await signIn(page, other.email);
    await page.goto(`/consultant/bilans/${other.bilanId}`);
    await page.getByRole('button', { name: 'Rédiger le compte rendu' }).click();
    await expect.poll(() => page.getByLabel('Analyse de la demande et du besoin').inputValue()).toBe('');
    expect(JSON.stringify(await stored(page))).not.toContain('conflit');
    expect(await page.content()).not.toContain('conflit');

    // Nor does the author after signing in again: the draft was not saved, and it is gone.
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.getByRole('heading', { level: 1, name: 'Connexion' }).waitFor();
    await signIn(page, seed.consultant.email);
    await page.goto(`/consultant/bilans/${seed.bilanId}`);
    await page.getByRole('button', { name: 'Rédiger le compte rendu' }).click();
    await expect.poll(() => page.getByLabel('Analyse de la demande et du besoin').inputValue()).toBe('');
  });
});
