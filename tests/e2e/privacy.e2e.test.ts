/**
 * GDPR requests in Chromium (decision 048): the beneficiary asks for the erasure of their data from
 * « Mes droits » and reads the deadline; the admin finds it in the register, opens it, reads what
 * the law keeps, and records the answer; the beneficiary reads the answer. axe-core and the phone
 * width on each screen.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../setup/browser.ts';
import { checkPage } from '../support/a11y.ts';
import { seedBilan, signedInPage, startIsolatedApp, type IsolatedApp } from '../support/e2e-app.ts';

/** react-aria's announcer leaves a transient node after an action: checked once it is gone. */
async function check(page: Page, name: string, title: string): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('[data-live-announcer] [role="img"]'), null, {
    timeout: 15_000,
  });
  await checkPage(page, name, { title });
}

const skip = inject('e2eSkip');
const postgresUrl = inject('e2ePostgresUrl');

describe.skipIf(Boolean(skip))('GDPR requests in the browser', () => {
  let browser: Browser;
  let isolated: IsolatedApp;
  let seed: Awaited<ReturnType<typeof seedBilan>>;

  beforeAll(async () => {
    isolated = await startIsolatedApp(postgresUrl);
    seed = await seedBilan(isolated.db, 'Cap Avenir Droits');
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await isolated?.stop();
  });

  it('lets the beneficiary ask, the admin answer with the legal retention, and the beneficiary read the answer', async () => {
    const url = isolated.app.url;
    const signedIn = async (email: string) => {
      const page = await signedInPage(browser, url, email);
      await page.waitForURL((address) => !address.pathname.startsWith('/connexion'));
      return page;
    };
    const me = await signedIn(seed.beneficiary.email);
    await me.goto('/mon-bilan/mes-droits');
    await me.getByRole('heading', { name: 'Faire une demande' }).waitFor();
    await check(me, 'mes-droits-vide', 'Mes droits');
    await me.getByLabel('Type de demande').selectOption('erasure');
    await me.getByLabel('Précisez votre demande').fill('Je souhaite que mes données soient effacées.');
    await me.getByRole('button', { name: 'Envoyer ma demande' }).click();
    await me.getByText(/Votre demande est envoyée\. L’organisme vous répondra au plus tard le/).waitFor();
    await me.locator('.privacy-list li', { hasText: 'Effacement' }).getByText('Reçue', { exact: true }).waitFor();
    await check(me, 'mes-droits-demande', 'Mes droits');

    const admin = await signedIn(seed.admin.email);
    await admin.goto('/admin/demandes-rgpd');
    await admin.getByRole('heading', { name: 'Registre', exact: true }).waitFor();
    await admin.getByRole('button', { name: 'Ouvrir la demande de Bruno Lefèvre' }).click();
    await admin.getByRole('heading', { name: 'Ce qui est conservé malgré l’effacement' }).waitFor();
    expect(await admin.locator('.privacy-justification').textContent()).toContain('10 ans');
    await check(admin, 'demandes-rgpd', 'Demandes RGPD');
    await admin.getByRole('button', { name: 'Enregistrer la réponse' }).click();
    await admin.getByText('La réponse à Bruno Lefèvre est enregistrée.').waitFor();

    await me.reload();
    const card = me.locator('.privacy-list li', { hasText: 'Effacement' });
    await card.getByText('Répondue', { exact: true }).waitFor();
    expect(await card.textContent()).toContain('Certains documents administratifs sont conservés');
    await check(me, 'mes-droits-reponse', 'Mes droits');
  }, 180_000);
});
