/**
 * External licensed tests in Chromium (decision 018): the consultant records a test with two
 * scores; a text file renamed .pdf is refused in French and nothing is saved; the real PDF is
 * accepted and listed; the beneficiary sees the result on their home and downloads the exact PDF;
 * the consultant corrects, then deletes it after confirming. axe-core on every page visited.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../setup/browser.ts';
import { openDossierSection } from '../support/dossier.ts';
import { checkPage } from '../support/a11y.ts';
import { fillDate } from '../support/date-fields.ts';
import { seedBilan, signedInPage, startIsolatedApp, type IsolatedApp } from '../support/e2e-app.ts';
import { samplePublisherReport } from '../support/sample-pdf.ts';

const skip = inject('e2eSkip');
const postgresUrl = inject('e2ePostgresUrl');

describe.skipIf(Boolean(skip))('external licensed tests', () => {
  let browser: Browser;
  let isolated: IsolatedApp;
  let seed: Awaited<ReturnType<typeof seedBilan>>;
  const pdf = samplePublisherReport('Inventaire d’intérêts (éditeur fictif)');
  const takenOn = new Date(Date.now() - 7 * 86_400_000).toISOString().slice(0, 10);

  beforeAll(async () => {
    isolated = await startIsolatedApp(postgresUrl);
    seed = await seedBilan(isolated.db, 'Cap Avenir Tests éditeurs');
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await isolated?.stop();
  });

  const stored = () =>
    isolated.db
      .selectFrom('external_test_results')
      .select(['test_name', 'scores', 'code', 'report_size', 'report_filename'])
      .execute();
  const focused = (page: Page) =>
    page.evaluate(() => document.activeElement?.id ?? document.activeElement?.textContent ?? '');

  it('records a result with two scores and its PDF; the beneficiary reads it and downloads the same PDF', async () => {
    const consultant = await signedInPage(browser, isolated.app.url, seed.consultant.email);
    // « Aujourd'hui » opens first; the list of bilans is « Bilans ».
    await consultant.getByRole('link', { name: 'Bilans', exact: true }).click();
    await consultant.getByRole('link', { name: 'Bruno Lefèvre' }).click();
    await openDossierSection(consultant, seed.bilanId, 'travaux');
    const section = consultant.getByRole('region', { name: 'Tests passés chez un éditeur' });
    await section.waitFor();
    await section
      .getByText('Sillage ne reproduit pas ces tests : notez les résultats et joignez le rapport de l’éditeur.')
      .waitFor();
    await section.getByText('Aucun résultat de test d’éditeur n’est enregistré pour ce bilan.').waitFor();
    // The form opens on demand.
    await section.getByRole('button', { name: 'Enregistrer un résultat' }).click();

    await section.getByLabel('Nom du test').fill('Inventaire d’intérêts professionnels');
    await section.getByLabel('Éditeur du test', { exact: true }).fill('Éditions Fictives');
    await fillDate(section.getByRole('group', { name: 'Date de passation' }), takenOn);
    await section.getByLabel(/Code ou profil/).fill('SAE');
    await section.getByLabel('Intitulé du score 1').fill('Social');
    await section.getByLabel('Valeur du score 1').fill('12,5');
    await section.getByLabel(/Unité du score 1/).fill('points');
    // Keyboard: "Ajouter un score" moves focus to the new row's first field.
    await section.getByRole('button', { name: 'Ajouter un score' }).focus();
    await consultant.keyboard.press('Enter');
    await expect.poll(() => focused(consultant)).toBe('champ-scores-1-label');
    await consultant.keyboard.type('Artistique');
    await section.getByLabel('Valeur du score 2').fill('9');
    // A third row, removed with the keyboard: focus goes back to the row before.
    await section.getByRole('button', { name: 'Ajouter un score' }).click();
    await section.getByRole('button', { name: 'Retirer le score 3' }).focus();
    await consultant.keyboard.press('Enter');
    await expect.poll(() => section.getByRole('group', { name: /^Score \d$/ }).count()).toBe(2);
    await expect.poll(() => focused(consultant)).toBe('champ-scores-1-label');
    await section.getByLabel(/Commentaire/).fill('Profil social net, à relier aux enquêtes métier.');

    // A text file renamed .pdf: refused in French, nothing saved.
    const upload = section.getByLabel(/Rapport PDF de l’éditeur/);
    await upload.setInputFiles({
      name: 'rapport.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('Compte rendu tapé dans un éditeur de texte.\n'),
    });
    await section.getByRole('button', { name: 'Enregistrer le résultat' }).click();
    const summary = section.getByRole('heading', { name: 'Une information est à corriger' });
    await summary.waitFor();
    await section
      .getByRole('link', {
        name: 'Rapport PDF de l’éditeur : Ce fichier n’est pas un PDF : joignez le rapport au format PDF fourni par l’éditeur.',
      })
      .waitFor();
    expect(await stored()).toEqual([]);
    await checkPage(consultant, '90-tests-editeurs-erreur', { title: 'Erreur – Bilan de Bruno Lefèvre' });

    // The real PDF: saved with the result.
    await upload.setInputFiles({ name: 'Rapport intérêts – Bruno.pdf', mimeType: 'application/pdf', buffer: pdf });
    await section.getByRole('button', { name: 'Enregistrer le résultat' }).click();
    await consultant
      .getByText('Le résultat « Inventaire d’intérêts professionnels » est enregistré avec le rapport de l’éditeur')
      .waitFor();
    const row = section.getByRole('row', { name: /Inventaire d’intérêts professionnels/ });
    await row.waitFor();
    await expect
      .poll(() => row.getByRole('listitem').allInnerTexts())
      .toEqual(['Social\u00a0: 12,5 points', 'Artistique\u00a0: 9']);
    await row.getByText('Code\u00a0: SAE').waitFor();
    await row
      // The size as shown, from the PDF sent (its bytes depend on the PDF engine's version).
      .getByRole('link', {
        name: new RegExp(
          `Télécharger : Inventaire d’intérêts professionnels \\(PDF, ${Math.round(pdf.length / 1024)}\\sKo\\)`,
        ),
      })
      .waitFor();
    expect(await stored()).toEqual([
      {
        test_name: 'Inventaire d’intérêts professionnels',
        code: 'SAE',
        scores: [
          { label: 'Social', value: 12.5, unit: 'points' },
          { label: 'Artistique', value: 9 },
        ],
        report_size: pdf.length,
        report_filename: 'Rapport intérêts – Bruno.pdf',
      },
    ]);
    // The form closes; a new one opens empty for the next result.
    await section.getByRole('button', { name: 'Enregistrer un résultat' }).click();
    await expect.poll(() => section.getByLabel('Nom du test').inputValue()).toBe('');
    await section.getByRole('button', { name: 'Fermer sans enregistrer' }).click();
    await checkPage(consultant, '91-tests-editeurs-liste', { title: 'Bilan de Bruno Lefèvre' });

    // The beneficiary: the result on their home, and the exact PDF.
    const beneficiary = await signedInPage(browser, isolated.app.url, seed.beneficiary.email);
    const mine = beneficiary.getByRole('region', { name: 'Tests passés avec votre consultant·e' });
    await mine.waitFor();
    await mine.getByRole('heading', { name: 'Inventaire d’intérêts professionnels' }).waitFor();
    await mine.getByText('Profil social net, à relier aux enquêtes métier.').waitFor();
    await expect
      .poll(() => mine.getByRole('listitem').allInnerTexts())
      .toEqual(['Social\u00a0: 12,5 points', 'Artistique\u00a0: 9']);
    await checkPage(beneficiary, '92-beneficiaire-tests-editeurs', { title: 'Mon bilan de compétences' });

    const link = mine.getByRole('link', { name: /Télécharger le rapport de l’éditeur/ });
    const [download] = await Promise.all([beneficiary.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('Rapport intérêts – Bruno.pdf');
    expect(Buffer.compare(await readFile((await download.path())!), pdf)).toBe(0);
    const response = await beneficiary.request.get((await link.getAttribute('href'))!);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    expect(response.headers()['content-disposition']).toMatch(/^attachment; filename=/);
    expect(response.headers()['x-content-type-options']).toBe('nosniff');
    expect(Buffer.compare(await response.body(), pdf)).toBe(0);

    // Correct the result: the edit form opens with its heading focused.
    await row.getByRole('button', { name: 'Modifier le résultat « Inventaire d’intérêts professionnels »' }).click();
    const heading = section.getByRole('heading', {
      name: 'Modifier le résultat « Inventaire d’intérêts professionnels »',
    });
    await expect.poll(() => heading.evaluate((h) => h === document.activeElement)).toBe(true);
    await section.getByLabel('Valeur du score 2').fill('10');
    await section.getByText(/Rapport joint : Rapport intérêts – Bruno\.pdf/).waitFor();
    await checkPage(consultant, '93-tests-editeurs-modification', { title: 'Bilan de Bruno Lefèvre' });
    await section.getByRole('button', { name: 'Enregistrer les modifications' }).click();
    await consultant.getByText('Le résultat « Inventaire d’intérêts professionnels » est modifié.').waitFor();
    await expect.poll(async () => (await stored())[0]?.scores[1]?.value).toBe(10);
    expect((await stored())[0]?.report_size).toBe(pdf.length);

    // Delete, after confirming; cancelling first returns focus to the button.
    const remove = row.getByRole('button', { name: 'Supprimer le résultat « Inventaire d’intérêts professionnels »' });
    await remove.click();
    await section.getByRole('button', { name: 'Annuler' }).click();
    await expect.poll(() => remove.evaluate((b) => b === document.activeElement)).toBe(true);
    await remove.click();
    await section.getByText('Le rapport PDF joint est supprimé aussi.', { exact: false }).waitFor();
    await checkPage(consultant, '94-tests-editeurs-suppression', { title: 'Bilan de Bruno Lefèvre' });
    await section.getByRole('button', { name: 'Supprimer définitivement' }).click();
    await consultant
      .getByText('Le résultat « Inventaire d’intérêts professionnels » est supprimé, avec son rapport PDF.')
      .waitFor();
    await section.getByText('Aucun résultat de test d’éditeur n’est enregistré pour ce bilan.').waitFor();
    expect(await stored()).toEqual([]);
    await beneficiary.reload();
    await beneficiary.getByRole('heading', { level: 1, name: 'Mon bilan de compétences' }).waitFor();
    await beneficiary.getByRole('heading', { name: 'Mes questionnaires et exercices' }).waitFor();
    expect(await beneficiary.getByRole('region', { name: 'Tests passés avec votre consultant·e' }).count()).toBe(0);
  });
});
