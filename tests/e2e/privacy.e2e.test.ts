/**
 * GDPR requests in Chromium (decision 048): the beneficiary asks for the erasure of their data from
 * « Mes droits » and reads the deadline; the admin finds it in the register, opens it, reads what
 * the law keeps, and records the answer; the beneficiary reads the answer. axe-core and the phone
 * width on each screen.
 */
import { describe, expect, inject, it } from 'vitest';
import { checkSettledPage, seededBrowserApp, signedInHome } from '../support/e2e-suite.ts';

const skip = inject('e2eSkip');
const postgresUrl = inject('e2ePostgresUrl');

describe.skipIf(Boolean(skip))('GDPR requests in the browser', () => {
  const env = seededBrowserApp(postgresUrl, 'Cap Avenir Droits');

  it('lets the beneficiary ask, the admin answer with the legal retention, and the beneficiary read the answer', async () => {
    const { browser, isolated, seed } = env;
    const url = isolated.app.url;
    const signedIn = (email: string) => signedInHome(browser, url, email);
    const me = await signedIn(seed.beneficiary.email);
    await me.goto('/mon-bilan/mes-droits');
    await me.getByRole('heading', { name: 'Faire une demande' }).waitFor();
    await checkSettledPage(me, 'mes-droits-vide', 'Mes droits');
    await me.getByLabel('Type de demande').selectOption('erasure');
    await me.getByLabel('Précisez votre demande').fill('Je souhaite que mes données soient effacées.');
    await me.getByRole('button', { name: 'Envoyer ma demande' }).click();
    await me.getByText(/Votre demande est envoyée\. L’organisme vous répondra au plus tard le/).waitFor();
    await me.locator('.privacy-list li', { hasText: 'Effacement' }).getByText('Reçue', { exact: true }).waitFor();
    await checkSettledPage(me, 'mes-droits-demande', 'Mes droits');

    const admin = await signedIn(seed.admin.email);
    await admin.goto('/admin/demandes-rgpd');
    await admin.getByRole('heading', { name: 'Registre', exact: true }).waitFor();
    await admin.getByRole('button', { name: 'Ouvrir la demande de Bruno Lefèvre' }).click();
    await admin.getByRole('heading', { name: 'Ce qui est conservé malgré l’effacement' }).waitFor();
    expect(await admin.locator('.privacy-justification').textContent()).toContain('10 ans');
    await checkSettledPage(admin, 'demandes-rgpd', 'Demandes RGPD');
    await admin.getByRole('button', { name: 'Enregistrer la réponse' }).click();
    await admin.getByText('La réponse à Bruno Lefèvre est enregistrée.').waitFor();

    await me.reload();
    const card = me.locator('.privacy-list li', { hasText: 'Effacement' });
    await card.getByText('Répondue', { exact: true }).waitFor();
    expect(await card.textContent()).toContain('Certains documents administratifs sont conservés');
    await checkSettledPage(me, 'mes-droits-reponse', 'Mes droits');
  }, 180_000);
});
