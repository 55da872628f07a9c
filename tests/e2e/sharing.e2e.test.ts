/**
 * Sharing with consent in Chromium (decision 045): with a RIASEC submitted through the API, the
 * beneficiary shares the detailed results from « Mes partages » (the confirmation says what goes
 * to whom until when); the recipient opens the link from the outbox, without an account, and
 * downloads a real PDF; a second opening is refused in French; the beneficiary sees the opening
 * and the download, then revokes. axe-core and the phone width on each screen.
 */
import { describe, expect, inject, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { checkSettledPage, seededBrowserApp, signedInHome } from '../support/e2e-suite.ts';
import { frenchPage } from '../support/e2e-app.ts';
import { sameOriginHeaders } from '../support/server.ts';
import { RIASEC_ANSWERS } from '../support/sharing.ts';

const skip = inject('e2eSkip');
const postgresUrl = inject('e2ePostgresUrl');

describe.skipIf(Boolean(skip))('sharing with consent in the browser', () => {
  const env = seededBrowserApp(postgresUrl, 'Cap Avenir Partages');

  it('shares the results once, with the recipient’s download, the refusal of a second opening and the revocation', async () => {
    const { browser, isolated, seed } = env;
    const url = isolated.app.url;
    const headers = sameOriginHeaders(url);
    const signedIn = (email: string) => signedInHome(browser, url, email);
    const consultant = await signedIn(seed.consultant.email);
    const assigned = await consultant.request.post(`/api/bilans/${seed.bilanId}/questionnaires`, {
      headers,
      data: { questionnaire: 'instrument:riasec-iip' },
    });
    expect(assigned.status(), await assigned.text()).toBe(201);
    const { assignmentId } = (await assigned.json()) as { assignmentId: string };
    await consultant.context().close();

    const me = await signedIn(seed.beneficiary.email);
    const submitted = await me.request.post(`/api/assignments/${assignmentId}/submit`, {
      headers,
      data: { version: 1, answers: RIASEC_ANSWERS },
    });
    expect(submitted.status(), await submitted.text()).toBe(200);

    await me.goto('/mon-bilan/partages');
    await me.getByRole('heading', { name: 'Partager des documents' }).waitFor();
    await checkSettledPage(me, 'partages-vide', 'Mes partages');
    await me.getByLabel('Nom de la personne ou de l’organisme').fill('Claire Conseil');
    await me.getByLabel('Son adresse e-mail').fill('claire.cep@exemple.fr');
    await me.getByLabel('Qui est-ce ?').selectOption('cep');
    await me.getByLabel('Les résultats détaillés des questionnaires').check();
    await me.getByRole('button', { name: 'Vérifier et partager' }).click();
    const dialog = me.getByRole('dialog', { name: 'Confirmer ce partage ?' });
    await expect.poll(() => dialog.textContent()).toContain('Claire Conseil');
    expect(await dialog.textContent()).toContain('les résultats détaillés des questionnaires');
    await checkSettledPage(me, 'partages-confirmation', 'Mes partages');
    await dialog.getByRole('button', { name: 'Je partage ces documents' }).click();
    await me.getByText('Le lien est envoyé à claire.cep@exemple.fr.').waitFor();

    const mail = await isolated.db
      .selectFrom('outbox_emails')
      .select(['link_url', 'text_body'])
      .where('to_address', '=', 'claire.cep@exemple.fr')
      .executeTakeFirstOrThrow();
    expect(mail.text_body).toContain('une seule fois');
    const link = new URL(mail.link_url!);

    const recipient = await frenchPage(browser, url);
    await recipient.goto(link.pathname);
    await recipient.getByRole('button', { name: 'Ouvrir les documents' }).waitFor();
    expect(await recipient.locator('main').textContent()).toContain('Bruno Lefèvre');
    await checkSettledPage(recipient, 'partage-destinataire', 'Documents partagés avec vous');
    await recipient.getByRole('button', { name: 'Ouvrir les documents' }).click();
    const downloadLink = recipient.getByRole('link', { name: /Télécharger : les résultats détaillés/ });
    await downloadLink.waitFor();
    await checkSettledPage(recipient, 'partage-ouvert', 'Documents partagés avec vous');
    const [download] = await Promise.all([recipient.waitForEvent('download'), downloadLink.click()]);
    expect(download.suggestedFilename()).toBe('resultats-detailles.pdf');
    const pdf = await readFile((await download.path())!);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(5_000);

    const again = await frenchPage(browser, url);
    await again.goto(link.pathname);
    await again.getByRole('heading', { name: 'Lien indisponible' }).waitFor();
    expect(await again.locator('main').textContent()).toContain('déjà été utilisé');
    await checkSettledPage(again, 'partage-deja-utilise', 'Lien indisponible');

    await me.reload();
    const card = me.locator('.share-list li', { hasText: 'Claire Conseil' });
    await card.getByText('Lien ouvert', { exact: true }).waitFor();
    expect(await card.textContent()).toMatch(/Les résultats détaillés des questionnaires téléchargés le/);
    await checkSettledPage(me, 'partages-liste', 'Mes partages');
    await card.getByRole('button', { name: 'Révoquer' }).click();
    await me.getByRole('dialog').getByRole('button', { name: 'Révoquer le partage' }).click();
    await card.getByText('Retiré', { exact: true }).waitFor();
    expect(await card.getByRole('button', { name: 'Révoquer' }).count()).toBe(0);
  }, 60_000);
});
