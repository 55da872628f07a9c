/**
 * Questionnaires in Chromium: the consultant proposes a worksheet and two instruments; the
 * beneficiary fills the worksheet, loses the network in the middle of an answer, reloads and
 * finds every character, which is saved once back online; submits; takes the RIASEC and the Big
 * Five and reads the charts; the consultant reads, comments and writes debrief notes, which the
 * beneficiary reads. axe-core on every page.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../setup/browser.ts';
import { checkPage } from '../support/a11y.ts';
import { E2E_PASSWORD, seedBilan, startIsolatedApp, type IsolatedApp } from '../support/e2e-app.ts';

const skip = inject('e2eSkip');
const postgresUrl = inject('e2ePostgresUrl');

describe.skipIf(Boolean(skip))('questionnaires and instruments', () => {
  let browser: Browser;
  let isolated: IsolatedApp;
  let seed: Awaited<ReturnType<typeof seedBilan>>;

  beforeAll(async () => {
    isolated = await startIsolatedApp(postgresUrl);
    seed = await seedBilan(isolated.db, 'Cap Avenir Questionnaires');
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await isolated?.stop();
  });

  async function loginPage(email: string): Promise<{ page: Page; context: BrowserContext }> {
    const context = await browser.newContext({
      baseURL: isolated.app.url,
      locale: 'fr-FR',
      timezoneId: 'Europe/Paris',
    });
    const page = await context.newPage();
    await page.goto('/connexion');
    await page.getByLabel('Adresse e-mail').fill(email);
    await page.getByLabel('Mot de passe').fill(E2E_PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.locator('h1').waitFor();
    return { page, context };
  }

  const storedAnswer = async (questionnaireId: string, questionId: string) => {
    const row = await isolated.db
      .selectFrom('questionnaire_assignments')
      .select('answers')
      .where('questionnaire_id', '=', questionnaireId)
      .executeTakeFirstOrThrow();
    return row.answers[questionId];
  };

  /** Answers every scale of a Likert instrument page: the k-th point of each group. */
  async function answerAll(page: Page, pick: (index: number) => number) {
    const groups = page.locator('fieldset.question');
    const count = await groups.count();
    for (let i = 0; i < count; i += 1) await groups.nth(i).getByRole('radio').nth(pick(i)).check();
    return count;
  }

  it('fills a worksheet through a network loss, takes the RIASEC and the Big Five, and the consultant comments', async () => {
    const { page: consultant } = await loginPage(seed.consultant.email);
    // « Aujourd'hui » opens first; the list of bilans is « Bilans ».
    await consultant.getByRole('link', { name: 'Bilans', exact: true }).click();
    await consultant.getByRole('link', { name: 'Bruno Lefèvre' }).click();
    await consultant.getByRole('heading', { name: 'Questionnaires et exercices' }).waitFor();
    const due = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
    for (const [label, title] of [
      ['Cahier d’étape : Vos attentes pour ce bilan', 'Vos attentes pour ce bilan'],
      ['Questionnaire : Vos centres d’intérêt professionnels (48 questions)', 'Vos centres d’intérêt professionnels'],
      [
        'Questionnaire : Votre personnalité au travail – forme longue (116 questions)',
        'Votre personnalité au travail – forme longue',
      ],
    ] as const) {
      await consultant.getByLabel('Questionnaire ou exercice').selectOption({ label });
      await consultant.getByLabel(/À rendre au plus tard le/).fill(due);
      await consultant.getByRole('button', { name: 'Proposer à la ou au bénéficiaire' }).click();
      // Wait for this assignment's row (the confirmation message stays from the previous one).
      await consultant.getByRole('rowheader', { name: title }).waitFor();
      await expect.poll(() => consultant.getByLabel('Questionnaire ou exercice').inputValue()).toBe('');
    }
    await consultant.getByRole('row', { name: /Vos centres d’intérêt professionnels/ }).waitFor();
    await checkPage(consultant, '70-bilan-questionnaires', { title: 'Bilan de Bruno Lefèvre' });

    // The beneficiary's home lists the work with its due date.
    const { page: beneficiary, context } = await loginPage(seed.beneficiary.email);
    await beneficiary.getByRole('heading', { name: 'Mes questionnaires et exercices' }).waitFor();
    await beneficiary
      .getByText(/à rendre au plus tard le/)
      .first()
      .waitFor();
    await checkPage(beneficiary, '71-beneficiaire-questionnaires', { title: 'Mon bilan de compétences' });

    await beneficiary.getByRole('link', { name: 'Vos attentes pour ce bilan' }).click();
    await beneficiary.getByRole('heading', { level: 1, name: 'Vos attentes pour ce bilan' }).waitFor();
    const url = beneficiary.url();
    const trigger = beneficiary.getByLabel(/Qu’est-ce qui vous a décidé·e/);
    const before = 'J’ai envie de donner plus de sens à mon travail';
    await trigger.pressSequentially(before);
    await beneficiary
      .getByRole('status')
      .filter({ hasText: /^Enregistré$/ })
      .waitFor();
    expect(await storedAnswer('attentes-du-bilan', 'declencheur')).toBe(before);
    await checkPage(beneficiary, '72-questionnaire-en-cours', { title: 'Vos attentes pour ce bilan' });

    // The network goes away in the middle of the answer: what is typed stays on this device.
    await context.setOffline(true);
    const after = ', et de travailler au contact des gens — même à temps partiel.';
    await trigger.pressSequentially(after);
    await beneficiary.getByText(/Hors connexion : vos réponses sont gardées sur cet appareil/).waitFor();
    expect(await storedAnswer('attentes-du-bilan', 'declencheur')).toBe(before);
    await beneficiary.reload().catch(() => undefined); // No network: the browser cannot even load the page.
    await context.setOffline(false);
    await beneficiary.goto(url);
    await beneficiary.getByRole('heading', { level: 1, name: 'Vos attentes pour ce bilan' }).waitFor();
    await expect.poll(() => beneficiary.getByLabel(/Qu’est-ce qui vous a décidé·e/).inputValue()).toBe(before + after);
    // Sent either by the page that was left (its failed reload keeps it alive and it hears the
    // network come back) or by the new page from what this device kept: both end saved.
    await expect.poll(() => storedAnswer('attentes-du-bilan', 'declencheur')).toBe(before + after);
    await expect.poll(() => beneficiary.getByText(/Hors connexion/).count()).toBe(0);

    // The login expires while typing: the answer waits on this device until the person signs in again.
    await context.clearCookies();
    const more = ' Surtout dans le social.';
    await trigger.press('Control+End');
    await trigger.pressSequentially(more);
    await beneficiary.getByText(/Votre session a expiré : vos réponses sont gardées sur cet appareil/).waitFor();
    expect(await storedAnswer('attentes-du-bilan', 'declencheur')).toBe(before + after);
    await beneficiary.goto('/connexion');
    await beneficiary.getByLabel('Adresse e-mail').fill(seed.beneficiary.email);
    await beneficiary.getByLabel('Mot de passe').fill(E2E_PASSWORD);
    await beneficiary.getByRole('button', { name: 'Se connecter' }).click();
    await beneficiary.getByRole('heading', { level: 1, name: 'Mon bilan de compétences' }).waitFor();
    await beneficiary.goto(url);
    await expect
      .poll(() => beneficiary.getByLabel(/Qu’est-ce qui vous a décidé·e/).inputValue())
      .toBe(before + after + more);
    await expect.poll(() => storedAnswer('attentes-du-bilan', 'declencheur')).toBe(before + after + more);

    // Submitting with missing answers: an error summary; then everything required is answered.
    await beneficiary.getByRole('button', { name: 'Envoyer mes réponses' }).click();
    await beneficiary.getByRole('button', { name: 'Confirmer l’envoi' }).click();
    await beneficiary.getByRole('heading', { name: /informations sont à corriger/ }).waitFor();
    await checkPage(beneficiary, '73-questionnaire-erreurs', { title: 'Erreur – Vos attentes pour ce bilan' });
    await beneficiary
      .getByRole('group', { name: 'Votre situation aujourd’hui' })
      .getByLabel('Salarié·e du secteur privé')
      .check();
    await beneficiary
      .getByRole('group', { name: /Ce que vous attendez d’abord/ })
      .getByLabel('Changer de métier')
      .check();
    await beneficiary
      .getByRole('group', { name: /idées de projet professionnel/ })
      .getByLabel('Quelques idées encore floues')
      .check();
    await beneficiary.getByLabel(/Décrivez-les en quelques mots/).fill('Formatrice pour adultes, peut-être.');
    await beneficiary
      .getByRole('group', { name: /votre projet professionnel vous paraît/ })
      .getByLabel('En partie')
      .check();
    await beneficiary
      .getByLabel(/qu’est-ce qui vous ferait dire/)
      .fill('Repartir avec un projet vérifié sur le terrain.');
    await beneficiary.getByRole('button', { name: 'Envoyer mes réponses' }).click();
    await beneficiary.getByRole('button', { name: 'Confirmer l’envoi' }).click();
    await beneficiary.getByText(/Vous avez envoyé ce questionnaire le/).waitFor();
    await checkPage(beneficiary, '74-questionnaire-envoye', { title: 'Vos attentes pour ce bilan' });

    // RIASEC: 48 activities, then the hexagon and its table.
    await beneficiary.goto('/mon-bilan');
    await beneficiary.getByRole('link', { name: 'Vos centres d’intérêt professionnels' }).click();
    await beneficiary.getByRole('heading', { level: 1, name: 'Vos centres d’intérêt professionnels' }).waitFor();
    await checkPage(beneficiary, '75-riasec-questions', { title: 'Vos centres d’intérêt professionnels' });
    // Items cycle R, I, A, S, E, C: Social and Artistic liked most.
    expect(await answerAll(beneficiary, (i) => [1, 2, 3, 4, 2, 0][i % 6]!)).toBe(48);
    await beneficiary.getByRole('button', { name: 'Envoyer mes réponses' }).click();
    await beneficiary.getByRole('button', { name: 'Confirmer l’envoi' }).click();
    await beneficiary.getByRole('img', { name: /Vos six scores d’intérêt/ }).waitFor();
    await beneficiary.getByRole('table', { name: /Vos scores par type d’intérêt/ }).waitFor();
    await beneficiary.getByText('Votre code d’intérêts', { exact: false }).waitFor();
    await beneficiary.getByRole('heading', { name: 'À discuter avec votre consultant·e' }).waitFor();
    await checkPage(beneficiary, '76-riasec-rapport', { title: 'Vos centres d’intérêt professionnels' });

    // Big Five, long form: 116 statements, then bars with their 90 % band.
    await beneficiary.goto('/mon-bilan');
    await beneficiary.getByRole('link', { name: /Votre personnalité au travail/ }).click();
    await beneficiary.getByRole('heading', { level: 1, name: /forme longue/ }).waitFor();
    expect(await answerAll(beneficiary, (i) => (i * 7) % 5)).toBe(116);
    await beneficiary.getByRole('button', { name: 'Envoyer mes réponses' }).click();
    await beneficiary.getByRole('button', { name: 'Confirmer l’envoi' }).click();
    await beneficiary.getByRole('img', { name: /Vos cinq dimensions/ }).waitFor();
    await beneficiary.getByRole('columnheader', { name: 'Fourchette probable (90 %)' }).waitFor();
    await checkPage(beneficiary, '77-bigfive-rapport', { title: 'Votre personnalité au travail' });

    // The consultant reads the worksheet and comments an answer, then debriefs the RIASEC.
    await consultant.reload();
    await consultant.getByRole('link', { name: 'Vos attentes pour ce bilan' }).click();
    await consultant.getByRole('heading', { level: 1, name: 'Vos attentes pour ce bilan – Bruno' }).waitFor();
    await consultant.getByText(before + after + more).waitFor();
    const firstAnswer = consultant.locator('.answers > div').first();
    await firstAnswer.getByText('Commenter cette réponse').click();
    await firstAnswer
      .getByLabel(/Votre commentaire sur/)
      .fill('Le contact des gens revient souvent : creusons-le mardi.');
    await firstAnswer.getByRole('button', { name: 'Enregistrer le commentaire' }).click();
    await consultant.getByText('Votre commentaire est enregistré', { exact: false }).waitFor();
    await consultant.getByText('Le contact des gens revient souvent : creusons-le mardi.').waitFor();
    await checkPage(consultant, '78-consultant-reponses', { title: 'Vos attentes pour ce bilan – Bruno' });

    await consultant.goto(`/consultant/bilans/${seed.bilanId}`);
    await consultant.getByRole('link', { name: 'Vos centres d’intérêt professionnels' }).click();
    await consultant.getByRole('heading', { name: 'Points d’attention pour la restitution' }).waitFor();
    await consultant
      .getByLabel('Vos notes de restitution')
      .fill('Intérêts sociaux et artistiques nets : piste de la formation d’adultes à explorer.');
    await consultant.getByRole('button', { name: 'Enregistrer les notes' }).click();
    await consultant.getByText('Vos notes de restitution sont enregistrées', { exact: false }).waitFor();
    await checkPage(consultant, '79-consultant-riasec', { title: 'Vos centres d’intérêt professionnels – Bruno' });

    // The beneficiary reads the comment and the debrief notes.
    await beneficiary.goto(url);
    await beneficiary.getByText('Le contact des gens revient souvent : creusons-le mardi.').waitFor();
    await beneficiary.goto('/mon-bilan');
    await beneficiary.getByRole('link', { name: 'Vos centres d’intérêt professionnels' }).click();
    await beneficiary.getByText('piste de la formation d’adultes à explorer', { exact: false }).waitFor();
  });

  it('sorts the values cards into three piles, ranks the top five, and rates the EntreComp grid', async () => {
    const { page: consultant } = await loginPage(seed.consultant.email);
    // « Aujourd'hui » opens first; the list of bilans is « Bilans ».
    await consultant.getByRole('link', { name: 'Bilans', exact: true }).click();
    await consultant.getByRole('link', { name: 'Bruno Lefèvre' }).click();
    await consultant.getByRole('heading', { name: 'Questionnaires et exercices' }).waitFor();
    // The bilan page loads on first visit (its own chunk): focus still lands on its heading.
    await expect.poll(() => consultant.evaluate(() => document.activeElement?.id)).toBe('titre-page');
    expect(await consultant.title()).toBe('Bilan de Bruno Lefèvre — Sillage');
    for (const [label, title] of [
      [
        'Questionnaire : Ce qui compte pour vous dans le travail (36 questions)',
        'Ce qui compte pour vous dans le travail',
      ],
      ['Questionnaire : Vos compétences pour entreprendre (15 questions)', 'Vos compétences pour entreprendre'],
    ] as const) {
      await consultant.getByLabel('Questionnaire ou exercice').selectOption({ label });
      await consultant.getByRole('button', { name: 'Proposer à la ou au bénéficiaire' }).click();
      await consultant.getByRole('rowheader', { name: title }).waitFor();
      await expect.poll(() => consultant.getByLabel('Questionnaire ou exercice').inputValue()).toBe('');
    }

    const { page: beneficiary } = await loginPage(seed.beneficiary.email);
    await beneficiary.getByRole('link', { name: 'Ce qui compte pour vous dans le travail' }).click();
    await beneficiary.getByRole('heading', { level: 1, name: 'Ce qui compte pour vous dans le travail' }).waitFor();
    await beneficiary.getByText('0 carte classée sur 36', { exact: false }).waitFor();
    await beneficiary.getByText('Classez d’abord des cartes dans la pile « Essentiel ».').waitFor();
    // Each card is a group of three piles, operable with the keyboard: 8 essential, 14 important, 14 secondary.
    const cards = beneficiary.locator('li.card fieldset');
    expect(await cards.count()).toBe(36);
    const pileFor = (i: number) => (i < 8 ? 'Essentiel' : i < 22 ? 'Important' : 'Secondaire');
    for (let i = 0; i < 36; i += 1) await cards.nth(i).getByLabel(pileFor(i), { exact: true }).check();
    await beneficiary
      .getByText('Toutes les cartes sont classées (essentiel : 8, important : 14, secondaire : 14).')
      .waitFor();
    const essentials: string[] = [];
    for (let i = 0; i < 8; i += 1) essentials.push((await cards.nth(i).locator('legend').textContent())!);
    // A card moved out of « essentiel » leaves the ranking choices.
    await cards.nth(7).getByLabel('Important', { exact: true }).check();
    await beneficiary.getByText('(essentiel : 7, important : 15, secondaire : 14)', { exact: false }).waitFor();
    for (let rank = 0; rank < 5; rank += 1)
      await beneficiary.getByLabel(`Rang ${rank + 1}`).selectOption({ label: essentials[rank]! });
    expect(await beneficiary.getByLabel('Rang 1').locator('option').count()).toBe(8); // 7 essentials and the prompt
    await beneficiary.getByText(`Votre classement : 1. ${essentials[0]}`, { exact: false }).waitFor();
    await beneficiary
      .getByRole('status')
      .filter({ hasText: /^Enregistré$/ })
      .waitFor();
    await checkPage(beneficiary, '83-valeurs-tri', { title: 'Ce qui compte pour vous dans le travail' });
    await beneficiary.getByRole('button', { name: 'Envoyer mes réponses' }).click();
    await beneficiary.getByRole('button', { name: 'Confirmer l’envoi' }).click();
    await beneficiary.getByRole('img', { name: /Importance de chaque valeur/ }).waitFor();
    await beneficiary
      .getByRole('heading', { name: 'Des tensions à explorer' })
      .or(beneficiary.getByRole('heading', { name: 'Vos grandes orientations' }))
      .first()
      .waitFor();
    await checkPage(beneficiary, '84-valeurs-rapport', { title: 'Ce qui compte pour vous dans le travail' });

    await beneficiary.goto('/mon-bilan');
    await beneficiary.getByRole('link', { name: 'Vos compétences pour entreprendre' }).click();
    await beneficiary.getByRole('heading', { level: 1, name: 'Vos compétences pour entreprendre' }).waitFor();
    const groups = beneficiary.locator('fieldset.question');
    for (let i = 0; i < 15; i += 1)
      await groups
        .nth(i)
        .getByRole('radio')
        .nth(i % 4)
        .check();
    await beneficiary
      .getByRole('group', { name: /besoins financiers/ })
      .getByLabel('Pas encore')
      .check();
    await checkPage(beneficiary, '85-entrecomp-grille', { title: 'Vos compétences pour entreprendre' });
    await beneficiary.getByRole('button', { name: 'Envoyer mes réponses' }).click();
    await beneficiary.getByRole('button', { name: 'Confirmer l’envoi' }).click();
    await beneficiary.getByRole('img', { name: /Votre niveau par compétence/ }).waitFor();
    await beneficiary.getByRole('heading', { name: 'Les points de votre projet à travailler' }).waitFor();
    await checkPage(beneficiary, '86-entrecomp-rapport', { title: 'Vos compétences pour entreprendre' });
  });

  it('invites three people to give their regard; the aggregated report appears only after the third answer', async () => {
    const { page: consultant } = await loginPage(seed.consultant.email);
    // « Aujourd'hui » opens first; the list of bilans is « Bilans ».
    await consultant.getByRole('link', { name: 'Bilans', exact: true }).click();
    await consultant.getByRole('link', { name: 'Bruno Lefèvre' }).click();
    await consultant.getByRole('heading', { name: 'Questionnaires et exercices' }).waitFor();
    await consultant
      .getByLabel('Questionnaire ou exercice')
      .selectOption({ label: 'Questionnaire : Vos savoir-être professionnels (14 questions)' });
    await consultant.getByRole('button', { name: 'Proposer à la ou au bénéficiaire' }).click();
    await consultant.getByRole('rowheader', { name: 'Vos savoir-être professionnels' }).waitFor();

    const { page: beneficiary } = await loginPage(seed.beneficiary.email);
    await beneficiary.getByRole('link', { name: 'Vos savoir-être professionnels' }).click();
    await beneficiary.getByRole('heading', { level: 1, name: 'Vos savoir-être professionnels' }).waitFor();
    const groups = beneficiary.locator('fieldset.question');
    for (let i = 0; i < 14; i += 1)
      await groups
        .nth(i)
        .getByRole('radio')
        .nth(i % 4)
        .check();
    const examples = beneficiary.getByLabel('Un exemple concret');
    for (let i = 0; i < 14; i += 1)
      await examples.nth(i).fill(`Situation ${i + 1} : ce que j’ai fait et ce qui en a résulté.`);
    await beneficiary.getByRole('button', { name: 'Envoyer mes réponses' }).click();
    await beneficiary.getByRole('button', { name: 'Confirmer l’envoi' }).click();
    await beneficiary.getByRole('heading', { name: 'Le regard des autres' }).first().waitFor();

    const emails = ['anne.regard@exemple.fr', 'bruno.regard@exemple.fr', 'carla.regard@exemple.fr'];
    for (const email of emails) {
      await beneficiary.getByLabel('Adresse e-mail de la personne à inviter').fill(email);
      await beneficiary.getByRole('button', { name: 'Envoyer l’invitation' }).click();
      await beneficiary.getByText(`Une invitation est envoyée à ${email}.`).waitFor();
    }
    await checkPage(beneficiary, '80-regard-invitations', { title: 'Vos savoir-être professionnels' });

    const links: string[] = [];
    for (const email of emails) {
      const mail = await isolated.db
        .selectFrom('outbox_emails')
        .select('text_body')
        .where('to_address', '=', email)
        .executeTakeFirstOrThrow();
      links.push(/\/regard\/[A-Za-z0-9_-]+/.exec(mail.text_body)![0]);
    }
    const context = await browser.newContext({
      baseURL: isolated.app.url,
      locale: 'fr-FR',
      timezoneId: 'Europe/Paris',
    });
    for (const [index, link] of links.entries()) {
      const respondent = await context.newPage();
      await respondent.goto(link);
      await respondent.getByRole('heading', { level: 1, name: 'Bruno vous demande votre regard' }).waitFor();
      expect(await respondent.content()).not.toContain('Lefèvre');
      if (index === 0)
        await checkPage(respondent, '81-regard-formulaire', { title: 'Bruno vous demande votre regard' });
      await respondent
        .getByRole('group', { name: /Vous la connaissez surtout/ })
        .getByLabel('Collègue')
        .check();
      const scales = respondent.locator('fieldset.question');
      for (let i = 1; i < 15; i += 1)
        await scales
          .nth(i)
          .getByRole('radio')
          .nth((i + index) % 4)
          .check();
      await respondent.getByLabel(/Ce que vous appréciez/).fill(`Commentaire de la personne ${index + 1}.`);
      await respondent.getByRole('button', { name: 'Envoyer mon regard' }).click();
      await respondent.getByRole('heading', { level: 1, name: 'Merci pour votre regard' }).waitFor();
      if (index === 0) {
        // The same link cannot answer twice.
        await respondent.goto(link);
        await respondent.getByText('une seule réponse est possible', { exact: false }).waitFor();
      }
      await beneficiary.reload();
      await beneficiary.getByText(`${index + 1} réponse${index > 0 ? 's' : ''} reçue`, { exact: false }).waitFor();
      if (index < 2) {
        expect(await beneficiary.getByText('Commentaire de la personne 1.').count()).toBe(0);
        await beneficiary
          .getByText('leurs réponses n’apparaîtront qu’à partir de 3 réponses', { exact: false })
          .waitFor();
      }
      await respondent.close();
    }
    await beneficiary.getByText('Commentaire de la personne 1.', { exact: false }).waitFor();
    await beneficiary.getByRole('columnheader', { name: 'Regard de l’entourage (moyenne)' }).waitFor();
    await checkPage(beneficiary, '82-regard-rapport', { title: 'Vos savoir-être professionnels' });
    await context.close();
  });
});
