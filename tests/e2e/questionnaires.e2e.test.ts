/**
 * Questionnaires in Chromium: the consultant proposes a worksheet and two instruments; the
 * beneficiary fills the worksheet one part per screen (the part in the address: a reload keeps
 * it, focus on its heading), loses the network in the middle of an answer, reloads and finds
 * every character, which is saved once back online; the review lists what is missing with links;
 * the send dialog can be cancelled (answers still editable) or confirmed; takes the RIASEC (a grid
 * at 1366 px, arrow keys in a row, stacked at 390 px) and the Big Five and reads the charts; the
 * consultant reads, comments and writes debrief notes, which the beneficiary reads. The values
 * cards are sorted with the keyboard. Once the bilan has ended, a questionnaire is read only.
 * axe-core on every page.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../setup/browser.ts';
import { openDossierSection } from '../support/dossier.ts';
import { checkPage } from '../support/a11y.ts';
import { fillDate } from '../support/date-fields.ts';
import { E2E_PASSWORD, seedBilan, startIsolatedApp, type IsolatedApp } from '../support/e2e-app.ts';

/** The dossier's « Travaux » section offers a questionnaire through a form that opens on demand. */
async function openProposal(consultant: Page): Promise<void> {
  await consultant.getByRole('button', { name: 'Proposer un questionnaire ou un exercice' }).click();
  await consultant.getByLabel('Questionnaire ou exercice').waitFor();
}

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

  /** The part shown: « Partie 2 sur 5 » → [2, 5]. */
  async function partOf(page: Page): Promise<[number, number]> {
    const text = (await page.locator('#partie-position').textContent()) ?? '';
    const match = /Partie (\d+) sur (\d+)/.exec(text);
    return match ? [Number(match[1]), Number(match[2])] : [0, 0];
  }

  /** Goes to the next part (or the review after the last one) and waits for it. */
  async function nextPart(page: Page) {
    const [part, parts] = await partOf(page);
    if (part < parts) {
      await page.getByRole('button', { name: 'Suivant' }).click();
      await page
        .locator('#partie-position')
        .getByText(`Partie ${part + 1} sur ${parts}`)
        .waitFor();
    } else {
      await page.getByRole('button', { name: 'Relire et envoyer' }).click();
      await page.getByRole('heading', { level: 2, name: 'Relire et envoyer' }).waitFor();
    }
  }

  /** Answers every statement of a Likert instrument, part by part (grid rows or stacked groups), then reaches the review. */
  async function answerAll(page: Page, pick: (index: number) => number) {
    let answered = 0;
    for (;;) {
      const [part, parts] = await partOf(page);
      const items = page.locator('table.likert-grid tbody tr, fieldset.question');
      const count = await items.count();
      for (let i = 0; i < count; i += 1)
        await items
          .nth(i)
          .getByRole('radio')
          .nth(pick(answered + i))
          .check();
      answered += count;
      await nextPart(page);
      if (part === parts) return answered;
    }
  }

  /** From the review: send, confirm in the dialog. */
  async function sendAnswers(page: Page) {
    await page.getByRole('button', { name: 'Envoyer mes réponses' }).click();
    await page
      .getByRole('dialog', { name: 'Envoyer vos réponses ?' })
      .getByRole('button', { name: 'Confirmer l’envoi' })
      .click();
  }

  it('fills a worksheet through a network loss, takes the RIASEC and the Big Five, and the consultant comments', async () => {
    const { page: consultant } = await loginPage(seed.consultant.email);
    // « Aujourd'hui » opens first; the list of bilans is « Bilans ».
    await consultant.getByRole('link', { name: 'Bilans', exact: true }).click();
    await consultant.getByRole('link', { name: 'Bruno Lefèvre' }).click();
    await openDossierSection(consultant, seed.bilanId, 'travaux');
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
      await openProposal(consultant);
      await consultant.getByLabel('Questionnaire ou exercice').selectOption({ label });
      await fillDate(consultant.getByRole('group', { name: 'À rendre au plus tard le' }), due);
      await consultant.getByRole('button', { name: 'Proposer à la ou au bénéficiaire' }).click();
      // Wait for this assignment's row (the confirmation message stays from the previous one).
      await consultant.getByRole('rowheader', { name: title }).waitFor();
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
      .filter({ hasText: /^Enregistré à \d{1,2} h \d\d$/ })
      .waitFor();
    expect(await storedAnswer('attentes-du-bilan', 'declencheur')).toBe(before);
    // One part per screen, with its position and a progress bar.
    await beneficiary.locator('#partie-position').getByText('Partie 1 sur 3').waitFor();
    await beneficiary.getByRole('progressbar', { name: 'Partie 1 sur 3' }).waitFor();
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

    // The next part: in the address (a reload keeps it), the focus on its heading; the answers
    // typed on the first part are still there when coming back with the browser.
    await beneficiary.getByRole('button', { name: 'Suivant' }).click();
    await beneficiary.waitForURL(/\?partie=2$/);
    await expect
      .poll(() => beneficiary.evaluate(() => document.activeElement?.textContent?.trim()))
      .toBe('Vos idées de projet');
    await beneficiary
      .getByRole('group', { name: /idées de projet professionnel/ })
      .getByLabel('Quelques idées encore floues')
      .check();
    await beneficiary.getByLabel(/Décrivez-les en quelques mots/).fill('Formatrice pour adultes, peut-être.');
    await checkPage(beneficiary, '73-questionnaire-partie-2', { title: 'Vos attentes pour ce bilan' });
    await beneficiary.reload();
    await beneficiary.getByRole('heading', { level: 2, name: 'Vos idées de projet' }).waitFor();
    await beneficiary.locator('#partie-position').getByText('Partie 2 sur 3').waitFor();
    await expect
      .poll(() => beneficiary.getByLabel(/Décrivez-les en quelques mots/).inputValue())
      .toBe('Formatrice pour adultes, peut-être.');
    await beneficiary.goBack();
    await beneficiary.getByRole('heading', { level: 2, name: 'Ce qui vous amène' }).waitFor();
    expect(await beneficiary.getByLabel(/Qu’est-ce qui vous a décidé·e/).inputValue()).toBe(before + after + more);

    // The review lists what is still to answer, with links to each question.
    await nextPart(beneficiary);
    await nextPart(beneficiary);
    await nextPart(beneficiary);
    const missing = beneficiary.locator('.review-problems');
    await missing.getByRole('heading', { name: '4 questions sont encore à compléter' }).waitFor();
    await checkPage(beneficiary, '74-questionnaire-relecture', { title: 'Vos attentes pour ce bilan' });
    await beneficiary.getByRole('button', { name: 'Envoyer mes réponses' }).click();
    await expect.poll(() => beneficiary.evaluate(() => document.activeElement?.className)).toBe('review-problems');
    expect(await beneficiary.getByRole('dialog').count()).toBe(0);
    await missing.getByRole('link', { name: /Votre situation aujourd’hui/ }).click();
    await beneficiary.waitForURL(/\?partie=1$/);
    await expect
      .poll(() => beneficiary.evaluate(() => document.activeElement?.querySelector('legend')?.textContent))
      .toBe('Votre situation aujourd’hui');
    await beneficiary
      .getByRole('group', { name: 'Votre situation aujourd’hui' })
      .getByLabel('Salarié·e du secteur privé')
      .check();
    await beneficiary
      .getByRole('group', { name: /Ce que vous attendez d’abord/ })
      .getByLabel('Changer de métier')
      .check();
    await nextPart(beneficiary);
    await beneficiary
      .getByRole('group', { name: /votre projet professionnel vous paraît/ })
      .getByLabel('En partie')
      .check();
    await nextPart(beneficiary);
    await beneficiary
      .getByLabel(/qu’est-ce qui vous ferait dire/)
      .fill('Repartir avec un projet vérifié sur le terrain.');
    await nextPart(beneficiary);
    await beneficiary.getByText('Toutes les questions obligatoires ont une réponse.', { exact: false }).waitFor();

    // Sending asks first, and says it cannot be undone; cancelling keeps everything editable.
    await beneficiary.getByRole('button', { name: 'Envoyer mes réponses' }).click();
    const dialog = beneficiary.getByRole('dialog', { name: 'Envoyer vos réponses ?' });
    await dialog.getByText('vos réponses ne pourront plus être modifiées', { exact: false }).waitFor();
    await expect
      .poll(() => beneficiary.evaluate(() => document.activeElement?.textContent?.trim()))
      .toBe('Annuler, je relis encore');
    await checkPage(beneficiary, '75-questionnaire-confirmation', { title: 'Vos attentes pour ce bilan' });
    await beneficiary.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await expect
      .poll(() => beneficiary.evaluate(() => document.activeElement?.textContent?.trim()))
      .toBe('Envoyer mes réponses');
    expect(
      (
        await isolated.db
          .selectFrom('questionnaire_assignments')
          .select('submitted_at')
          .where('questionnaire_id', '=', 'attentes-du-bilan')
          .executeTakeFirstOrThrow()
      ).submitted_at,
    ).toBeNull();
    await beneficiary.getByRole('button', { name: 'Précédent' }).click();
    const utile = beneficiary.getByLabel(/qu’est-ce qui vous ferait dire/);
    await utile.press('End');
    await utile.pressSequentially(' Et confiant·e.');
    await expect
      .poll(() => storedAnswer('attentes-du-bilan', 'utilite'))
      .toBe('Repartir avec un projet vérifié sur le terrain. Et confiant·e.');
    await nextPart(beneficiary);
    await sendAnswers(beneficiary);
    await beneficiary.getByText(/Vous avez envoyé ce questionnaire le/).waitFor();
    await checkPage(beneficiary, '74-questionnaire-envoye', { title: 'Vos attentes pour ce bilan' });

    // RIASEC: 48 activities, then the hexagon and its table.
    await beneficiary.goto('/mon-bilan');
    await beneficiary.getByRole('link', { name: 'Vos centres d’intérêt professionnels' }).click();
    await beneficiary.getByRole('heading', { level: 1, name: 'Vos centres d’intérêt professionnels' }).waitFor();
    // On a wide screen, each part is a grid: a row per statement, a column per answer; each
    // radio button is named by both; the arrow keys move within a row.
    await beneficiary.setViewportSize({ width: 1366, height: 900 });
    const grid = beneficiary.getByRole('table', { name: /Pour chaque affirmation/ });
    await grid.waitFor();
    expect(await grid.getByRole('row').count()).toBe(13);
    const statement = (await grid.getByRole('rowheader').first().textContent())!;
    const firstRow = grid.getByRole('row').nth(1);
    await beneficiary.getByRole('radio', { name: `${statement} : Je n’aimerais pas du tout` }).check();
    await beneficiary.keyboard.press('ArrowRight');
    await expect.poll(() => firstRow.getByRole('radio').nth(1).isChecked()).toBe(true);
    expect(await firstRow.getByRole('radio').nth(0).isChecked()).toBe(false);
    expect(await grid.getByRole('row').nth(2).getByRole('radio').nth(1).isChecked()).toBe(false);
    await checkPage(beneficiary, '75-riasec-questions', { title: 'Vos centres d’intérêt professionnels' });
    // On a phone, each statement is its own group of answers.
    await beneficiary.setViewportSize({ width: 390, height: 844 });
    await beneficiary.getByRole('group', { name: statement }).waitFor();
    expect(await beneficiary.getByRole('table').count()).toBe(0);
    expect(
      await beneficiary
        .getByRole('group', { name: statement })
        .getByLabel('Je n’aimerais pas', { exact: true })
        .isChecked(),
    ).toBe(true);
    await beneficiary.setViewportSize({ width: 1366, height: 900 });
    await grid.waitFor();
    // Items cycle R, I, A, S, E, C: Social and Artistic liked most.
    expect(await answerAll(beneficiary, (i) => [1, 2, 3, 4, 2, 0][i % 6]!)).toBe(48);
    await sendAnswers(beneficiary);
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
    await sendAnswers(beneficiary);
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

    await openDossierSection(consultant, seed.bilanId, 'travaux');
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
  }, 420_000);

  it('sorts the values cards into three piles with the keyboard, ranks the top five, and rates the EntreComp grid', async () => {
    const { page: consultant } = await loginPage(seed.consultant.email);
    // « Aujourd'hui » opens first; the list of bilans is « Bilans ».
    await consultant.getByRole('link', { name: 'Bilans', exact: true }).click();
    await consultant.getByRole('link', { name: 'Bruno Lefèvre' }).click();
    // The bilan page loads on first visit (its own chunk): focus still lands on its heading.
    await consultant.getByRole('heading', { level: 1, name: 'Bilan de Bruno Lefèvre' }).waitFor();
    await expect.poll(() => consultant.evaluate(() => document.activeElement?.id)).toBe('titre-page');
    expect(await consultant.title()).toBe('Bilan de Bruno Lefèvre — Sillage');
    await openDossierSection(consultant, seed.bilanId, 'travaux');
    await consultant.getByRole('heading', { name: 'Questionnaires et exercices' }).waitFor();
    for (const [label, title] of [
      [
        'Questionnaire : Ce qui compte pour vous dans le travail (36 questions)',
        'Ce qui compte pour vous dans le travail',
      ],
      ['Questionnaire : Vos compétences pour entreprendre (15 questions)', 'Vos compétences pour entreprendre'],
      ['Cahier d’étape : Le sens du travail', 'Le sens du travail'],
    ] as const) {
      await openProposal(consultant);
      await consultant.getByLabel('Questionnaire ou exercice').selectOption({ label });
      await consultant.getByRole('button', { name: 'Proposer à la ou au bénéficiaire' }).click();
      await consultant.getByRole('rowheader', { name: title }).waitFor();
    }

    const { page: beneficiary } = await loginPage(seed.beneficiary.email);
    await beneficiary.getByRole('link', { name: 'Ce qui compte pour vous dans le travail' }).click();
    await beneficiary.getByRole('heading', { level: 1, name: 'Ce qui compte pour vous dans le travail' }).waitFor();
    await beneficiary.getByRole('heading', { name: 'Cartes à classer : 36 sur 36' }).waitFor();
    await beneficiary.getByText('Placez chacune des 36 cartes dans une pile', { exact: false }).waitFor();
    await beneficiary
      .getByText('vous classerez vos 5 cartes les plus importantes parmi la pile « Essentiel »', { exact: false })
      .waitFor();
    await beneficiary.getByText('Placez d’abord des cartes dans la pile « Essentiel ».').waitFor();
    await checkPage(beneficiary, '83-valeurs-a-classer', { title: 'Ce qui compte pour vous dans le travail' });

    // With the keyboard only: each card offers « Placer dans… » a pile; the focus then goes to the next card.
    const unsorted = beneficiary.locator('.card-sort-unsorted li.value-card');
    const firstCard = async () => (await unsorted.first().locator('.value-card-label').textContent())!;
    const essentials: string[] = [];
    essentials.push(await firstCard());
    await unsorted
      .first()
      .getByRole('button', { name: `Placer « ${essentials[0]} » dans Essentiel` })
      .focus();
    await beneficiary.keyboard.press('Enter');
    await beneficiary
      .getByRole('status')
      .getByText(`« ${essentials[0]} » est dans la pile « Essentiel » (1 carte).`)
      .waitFor();
    const second = await firstCard();
    await expect
      .poll(() => beneficiary.evaluate(() => document.activeElement?.textContent?.trim()))
      .toBe(`Placer « ${second} » dans Essentiel`);
    await beneficiary.keyboard.press('Tab');
    await beneficiary.keyboard.press('Space');
    await beneficiary
      .getByRole('status')
      .getByText(`« ${second} » est dans la pile « Important » (1 carte).`)
      .waitFor();
    await beneficiary.locator('.pile-tally').getByText('À classer : 34').waitFor();
    await beneficiary.getByRole('heading', { name: 'Important (1 carte)' }).waitFor();

    // The rest with the mouse: 8 essential, 14 important, 14 secondary in all.
    for (let i = 2; i < 36; i += 1) {
      const pile = essentials.length < 8 ? 'Essentiel' : i < 22 ? 'Important' : 'Secondaire';
      const card = await firstCard();
      if (pile === 'Essentiel') essentials.push(card);
      await unsorted
        .first()
        .getByRole('button', { name: `Placer « ${card} » dans ${pile}` })
        .click();
    }
    await beneficiary.getByRole('heading', { name: 'Toutes les cartes sont classées' }).waitFor();
    for (const tally of ['À classer : 0', 'Essentiel : 8', 'Important : 14', 'Secondaire : 14'])
      await beneficiary.locator('.pile-tally').getByText(tally).waitFor();
    // A card moves to another pile (and leaves the ranking choices); the focus follows it.
    await beneficiary.getByRole('button', { name: `Déplacer « ${essentials[7]} » vers Important` }).click();
    await expect
      .poll(() => beneficiary.evaluate(() => document.activeElement?.textContent?.trim()))
      .toBe(`Déplacer « ${essentials[7]} » vers → Essentiel`);
    await beneficiary.locator('.pile-tally').getByText('Essentiel : 7').waitFor();
    for (let rank = 0; rank < 5; rank += 1)
      await beneficiary.getByLabel(`Rang ${rank + 1}`).selectOption({ label: essentials[rank]! });
    expect(await beneficiary.getByLabel('Rang 1').locator('option').count()).toBe(8); // 7 essentials and the prompt
    await beneficiary.getByText(`Votre classement : 1. ${essentials[0]}`, { exact: false }).waitFor();
    await beneficiary
      .getByRole('status')
      .filter({ hasText: /^Enregistré à/ })
      .waitFor();
    await checkPage(beneficiary, '83-valeurs-tri', { title: 'Ce qui compte pour vous dans le travail' });
    await nextPart(beneficiary);
    await sendAnswers(beneficiary);
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
    // Long level descriptions: stacked groups even on a wide screen.
    for (let part = 0; part < 3; part += 1) {
      const groups = beneficiary.locator('fieldset.question');
      expect(await groups.count()).toBe(5);
      for (let i = 0; i < 5; i += 1)
        await groups
          .nth(i)
          .getByRole('radio')
          .nth((part * 5 + i) % 4)
          .check();
      if (part === 0)
        await checkPage(beneficiary, '85-entrecomp-grille', { title: 'Vos compétences pour entreprendre' });
      await nextPart(beneficiary);
    }
    await beneficiary
      .getByRole('group', { name: /besoins financiers/ })
      .getByLabel('Pas encore')
      .check();
    await nextPart(beneficiary);
    await sendAnswers(beneficiary);
    await beneficiary.getByRole('img', { name: /Votre niveau par compétence/ }).waitFor();
    await beneficiary.getByRole('heading', { name: 'Les points de votre projet à travailler' }).waitFor();
    await checkPage(beneficiary, '86-entrecomp-rapport', { title: 'Vos compétences pour entreprendre' });

    // A worksheet begun (saved), left for later.
    await beneficiary.goto('/mon-bilan');
    await beneficiary.getByRole('link', { name: 'Le sens du travail' }).click();
    await beneficiary.getByRole('heading', { level: 1, name: 'Le sens du travail' }).waitFor();
    // Its first part rates statements on one scale: a grid on this wide screen.
    await beneficiary
      .getByRole('table', { name: /Pour chaque affirmation/ })
      .getByRole('radio')
      .first()
      .check();
    await beneficiary
      .getByRole('status')
      .filter({ hasText: /^Enregistré à/ })
      .waitFor();
  }, 240_000);

  it('invites three people to give their regard; the aggregated report appears only after the third answer', async () => {
    const { page: consultant } = await loginPage(seed.consultant.email);
    // « Aujourd'hui » opens first; the list of bilans is « Bilans ».
    await consultant.getByRole('link', { name: 'Bilans', exact: true }).click();
    await consultant.getByRole('link', { name: 'Bruno Lefèvre' }).click();
    await openDossierSection(consultant, seed.bilanId, 'travaux');
    await consultant.getByRole('heading', { name: 'Questionnaires et exercices' }).waitFor();
    await openProposal(consultant);
    await consultant
      .getByLabel('Questionnaire ou exercice')
      .selectOption({ label: 'Questionnaire : Vos savoir-être professionnels (14 questions)' });
    await consultant.getByRole('button', { name: 'Proposer à la ou au bénéficiaire' }).click();
    await consultant.getByRole('rowheader', { name: 'Vos savoir-être professionnels' }).waitFor();

    const { page: beneficiary } = await loginPage(seed.beneficiary.email);
    await beneficiary.getByRole('link', { name: 'Vos savoir-être professionnels' }).click();
    await beneficiary.getByRole('heading', { level: 1, name: 'Vos savoir-être professionnels' }).waitFor();
    for (let i = 0; i < 14; i += 1) {
      await beneficiary
        .locator('fieldset.question')
        .first()
        .getByRole('radio')
        .nth(i % 4)
        .check();
      await beneficiary
        .getByLabel('Un exemple concret')
        .fill(`Situation ${i + 1} : ce que j’ai fait et ce qui en a résulté.`);
      await nextPart(beneficiary);
    }
    await sendAnswers(beneficiary);
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
  }, 240_000);

  it('shows a questionnaire read only once the bilan has ended: the answers, no field, no send', async () => {
    const { page: beneficiary } = await loginPage(seed.beneficiary.email);
    await beneficiary.getByRole('link', { name: 'Le sens du travail' }).click();
    await beneficiary.getByRole('heading', { level: 1, name: 'Le sens du travail' }).waitFor();
    await beneficiary.locator('#partie-position').waitFor();
    const url = beneficiary.url();
    await isolated.db.updateTable('bilans').set({ phase: 'abandonne' }).where('id', '=', seed.bilanId).execute();
    await beneficiary.goto(url);
    await beneficiary.getByText('Votre bilan est terminé : ce questionnaire ne reçoit plus de réponses.').waitFor();
    await beneficiary.getByRole('heading', { name: 'Mes réponses enregistrées' }).waitFor();
    await beneficiary.getByText(/sur 5/).first().waitFor();
    expect(await beneficiary.getByRole('radio').count()).toBe(0);
    expect(await beneficiary.getByRole('textbox').count()).toBe(0);
    expect(await beneficiary.getByRole('button', { name: /Envoyer|Suivant|Enregistrer/ }).count()).toBe(0);
    await checkPage(beneficiary, '87-questionnaire-bilan-termine', { title: 'Le sens du travail' });
  });
});
