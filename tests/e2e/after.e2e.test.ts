/**
 * After the bilan in Chromium: the consultant offers the follow-up interview and sends the
 * évaluation à chaud; the beneficiary accepts the follow-up, then answers the evaluation through
 * the e-mailed link without signing in; the CPF EDOF declaration is recorded; the admin reads the
 * indicators. axe-core on every page.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../setup/browser.ts';
import { openDossierSection } from '../support/dossier.ts';
import { checkPage } from '../support/a11y.ts';
import { fillDate } from '../support/date-fields.ts';
import { frenchPage, seedBilan, signedInPage, startIsolatedApp, type IsolatedApp } from '../support/e2e-app.ts';
import { sweepAfterBilan } from '../../src/after/use-cases/sweep-after-bilan.ts';
import { depsFor } from '../support/deps.ts';

const skip = inject('e2eSkip');
const postgresUrl = inject('e2ePostgresUrl');

describe.skipIf(Boolean(skip))('after the bilan', () => {
  let browser: Browser;
  let isolated: IsolatedApp;
  let seed: Awaited<ReturnType<typeof seedBilan>>;
  const HOUR = 3_600_000;

  beforeAll(async () => {
    isolated = await startIsolatedApp(postgresUrl);
    seed = await seedBilan(isolated.db, 'Cap Avenir Suivi');
    await isolated.db
      .updateTable('bilans')
      .set({ phase: 'conclusion', financing: 'cpf', accompaniment_done_minutes: 120 })
      .where('id', '=', seed.bilanId)
      .execute();
    const start = new Date(Math.floor((Date.now() - 48 * HOUR) / 60_000) * 60_000);
    const end = new Date(start.getTime() + 2 * HOUR);
    await isolated.db
      .insertInto('seances')
      .values({
        organisation_id: seed.organisation.id,
        bilan_id: seed.bilanId,
        consultant_id: seed.consultant.id,
        phase: 'conclusion',
        mode: 'in_person',
        place: 'Lyon',
        starts_at: start,
        ends_at: end,
        status: 'held',
        actual_start_at: start,
        actual_end_at: end,
      })
      .execute();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await isolated?.stop();
  });

  const newPage = () => frenchPage(browser, isolated.app.url);

  const loginPage = (email: string) => signedInPage(browser, isolated.app.url, email);

  it('offers and accepts the follow-up, sends and answers the évaluation à chaud, records EDOF, shows indicators', async () => {
    const consultant = await loginPage(seed.consultant.email);
    // « Aujourd'hui » opens first; the list of bilans is « Bilans ».
    await consultant.getByRole('link', { name: 'Bilans', exact: true }).click();
    await consultant.getByRole('link', { name: 'Bruno Lefèvre' }).click();
    await openDossierSection(consultant, seed.bilanId, 'suivi');
    await consultant.getByRole('heading', { name: 'Après le bilan' }).waitFor();
    await consultant.getByRole('button', { name: 'Proposer l’entretien de suivi' }).click();
    await consultant.getByText('L’entretien de suivi est proposé', { exact: false }).first().waitFor();
    await consultant.getByRole('button', { name: 'Envoyer l’évaluation à chaud maintenant' }).click();
    await consultant.getByText('L’évaluation à chaud est envoyée par courriel.').waitFor();
    await checkPage(consultant, 'apres-1-bilan', { title: 'Bilan de Bruno Lefèvre' });

    const beneficiary = await loginPage(seed.beneficiary.email);
    await beneficiary.getByRole('heading', { name: 'Entretien de suivi' }).waitFor();
    await beneficiary.getByRole('button', { name: 'Oui, je souhaite un entretien de suivi' }).click();
    await beneficiary.getByText('Vous avez accepté.').waitFor();
    await checkPage(beneficiary, 'apres-2-beneficiaire-suivi-accepte', { title: 'Mon bilan de compétences' });

    // The link from the e-mail, opened without an account.
    const mail = await isolated.db
      .selectFrom('outbox_emails')
      .select('text_body')
      .where('kind', '=', 'evaluation_chaud')
      .executeTakeFirstOrThrow();
    const link = /\/evaluation\/[A-Za-z0-9_-]+/.exec(mail.text_body)?.[0] ?? '';
    const anonymous = await newPage();
    await anonymous.goto(link);
    await anonymous.getByRole('heading', { level: 1, name: 'Évaluation de votre bilan de compétences' }).waitFor();
    await anonymous.getByRole('button', { name: 'Envoyer mes réponses' }).click();
    await anonymous.getByRole('heading', { name: '6 informations sont à corriger' }).waitFor();
    await checkPage(anonymous, 'apres-3-evaluation-erreurs', {
      title: 'Erreur – Évaluation de votre bilan de compétences',
    });
    for (const legend of [
      'Le bilan a répondu aux attentes que j’avais exprimées au début.',
      'L’accompagnement de mon ou ma consultant·e m’a aidé·e à avancer.',
      'Les exercices et les outils proposés m’ont été utiles.',
      'Le rythme et la durée des séances m’ont convenu.',
    ]) {
      await anonymous.getByRole('group', { name: legend }).getByLabel('Tout à fait d’accord').check();
    }
    await anonymous
      .getByRole('group', { name: 'Je repars avec un projet ou des pistes que je peux mettre en œuvre.' })
      .getByLabel('Plutôt d’accord')
      .check();
    await anonymous
      .getByRole('group', { name: /Recommanderiez-vous/ })
      .getByLabel('Oui')
      .check();
    await anonymous.getByLabel('Ce qui vous a été le plus utile').fill('Les enquêtes métier auprès de professionnels.');
    await anonymous.getByRole('button', { name: 'Envoyer mes réponses' }).click();
    await anonymous.getByRole('heading', { level: 1, name: 'Merci pour votre avis' }).waitFor();
    await checkPage(anonymous, 'apres-4-evaluation-merci', { title: 'Merci pour votre avis' });
    await anonymous.goto(link);
    await anonymous.getByText('Vous avez déjà répondu à ce questionnaire.', { exact: false }).waitFor();

    // The sweep writes down the CPF entry to declare on EDOF; the consultant records it.
    await sweepAfterBilan(depsFor(isolated.db, { publicUrl: isolated.app.url }), new Date());
    await consultant.reload();
    await consultant.getByRole('heading', { name: 'Déclarations EDOF (CPF)' }).waitFor();
    await consultant.getByRole('button', { name: 'Enregistrer la déclaration « Entrée en formation »' }).click();
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
    await fillDate(consultant.getByRole('group', { name: 'Date de la déclaration (entrée en formation)' }), today);
    await consultant.getByRole('button', { name: 'Enregistrer la déclaration' }).click();
    await consultant.getByText('La déclaration EDOF est enregistrée.').waitFor();
    await consultant.getByText(/déclarée dans les délais/).waitFor();
    await checkPage(consultant, 'apres-5-bilan-edof', { title: 'Bilan de Bruno Lefèvre' });

    const admin = await loginPage(seed.admin.email);
    await admin.getByRole('link', { name: 'Indicateurs' }).click();
    await admin.getByRole('heading', { name: 'Satisfaction' }).waitFor();
    const hotRow = admin.getByRole('row', { name: /À chaud/ });
    await expect.poll(() => hotRow.innerText()).toMatch(/1\s+1\s+100\s%\s+93\s%/);
    await admin.getByText('Les enquêtes métier auprès de professionnels.').waitFor();
    await checkPage(admin, 'apres-6-admin-indicateurs', { title: 'Indicateurs de résultats' });
  });
});
