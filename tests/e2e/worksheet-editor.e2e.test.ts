/**
 * The worksheet editor in Chromium: the consultant opens the library, copies « Votre histoire
 * professionnelle », renames it, adds a scale with labelled points and a single-choice question,
 * reorders, removes a question, meets the engine's French message for a choice with one option,
 * fixes it, saves version 2 and previews it; proposes it from the bilan page with a due date; the
 * beneficiary sees it with its due date and the added questions; the consultant edits again
 * (a reload in the middle loses nothing), saves version 3, and the proposed copy keeps version 2.
 * axe-core on the library, the editor (also with errors) and the preview.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchChromium } from '../setup/browser.ts';
import { openDossierSection } from '../support/dossier.ts';
import { checkPage } from '../support/a11y.ts';
import { fillDate } from '../support/date-fields.ts';
import { seedBilan, signedInPage, startIsolatedApp, type IsolatedApp } from '../support/e2e-app.ts';

const skip = inject('e2eSkip');
const postgresUrl = inject('e2ePostgresUrl');

/** The beneficiary's questionnaire shows one part per screen: « Suivant » until `target` shows. */
async function turnPartsUntil(page: Page, target: Locator): Promise<void> {
  await page.getByRole('button', { name: /^(Suivant|Relire et envoyer)/ }).waitFor();
  const position = page.locator('#partie-position');
  for (let part = 0; part < 12 && !(await target.isVisible()); part++) {
    const shown = await position.textContent();
    await page.getByRole('button', { name: 'Suivant' }).click();
    // The next part is on screen before the target is looked for (else a slow render skips it).
    await expect.poll(() => position.textContent()).not.toBe(shown);
  }
  await target.waitFor();
}

describe.skipIf(Boolean(skip))('worksheet editor', () => {
  let browser: Browser;
  let isolated: IsolatedApp;
  let seed: Awaited<ReturnType<typeof seedBilan>>;

  beforeAll(async () => {
    isolated = await startIsolatedApp(postgresUrl);
    seed = await seedBilan(isolated.db, 'Cap Avenir Cahiers');
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await isolated?.stop();
  });

  const focusedLabel = (page: Page) =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return el?.id
        ? (document.querySelector(`label[for="${el.id}"]`)?.textContent ?? el.textContent)
        : (el?.textContent ?? null);
    });
  const stored = async () =>
    isolated.db.selectFrom('worksheet_library').select(['id', 'version', 'definition']).executeTakeFirstOrThrow();

  it('copies a model, edits it through an error, previews it, proposes it, and keeps the proposed version after a new one', async () => {
    const consultant = await signedInPage(browser, isolated.app.url, seed.consultant.email);
    await consultant
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'Cahiers d’étape' })
      .click();
    await consultant.getByRole('heading', { level: 1, name: 'Cahiers d’étape et questionnaires' }).waitFor();
    await consultant.getByText('Vous n’avez pas encore de cahier à vous.', { exact: false }).waitFor();
    await consultant.getByRole('rowheader', { name: 'Vos centres d’intérêt professionnels' }).waitFor();
    await consultant.getByText('Voir les questions de « Votre histoire professionnelle »').click();
    await consultant.getByText('Listez les grandes périodes de votre parcours', { exact: false }).waitFor();
    await checkPage(consultant, 'cahiers-01-bibliotheque', { title: 'Cahiers d’étape et questionnaires' });
    await consultant.getByRole('link', { name: 'Aperçu de « Votre histoire professionnelle »' }).click();
    await consultant
      .getByRole('heading', { level: 1, name: 'Aperçu du modèle : Votre histoire professionnelle' })
      .waitFor();
    await consultant.getByRole('heading', { level: 2, name: 'Le fil rouge' }).waitFor();
    await checkPage(consultant, 'cahiers-01b-apercu-modele', {
      title: 'Aperçu du modèle : Votre histoire professionnelle',
    });
    await consultant.goBack();
    await consultant.getByRole('heading', { level: 1, name: 'Cahiers d’étape et questionnaires' }).waitFor();

    // « Copier et adapter »: the title is asked, prefilled with the model's.
    await consultant.getByRole('button', { name: 'Copier et adapter « Votre histoire professionnelle »' }).click();
    const copyTitle = consultant.getByLabel('Titre de votre copie de « Votre histoire professionnelle »');
    expect(await copyTitle.inputValue()).toBe('Votre histoire professionnelle');
    await copyTitle.fill('Mon histoire, version atelier');
    await consultant.getByRole('button', { name: 'Créer ma copie' }).click();
    await consultant
      .getByRole('heading', { level: 1, name: 'Modifier le cahier « Mon histoire, version atelier »' })
      .waitFor();
    await consultant.getByText('Votre copie est créée (version 1)', { exact: false }).waitFor();
    expect((await stored()).version).toBe(1);

    // Rename, then add a scale at the end of the last section: focus goes to its label.
    await consultant.getByLabel('Titre du cahier', { exact: true }).fill('Parcours et moments forts');
    await consultant
      .getByLabel('Type de la question à ajouter (section 6)')
      .selectOption({ label: 'Échelle : une valeur sur une échelle libellée' });
    await consultant.getByRole('button', { name: 'Ajouter la question à la section 6' }).click();
    await expect.poll(() => focusedLabel(consultant)).toBe('Libellé de la question 9');
    await consultant.keyboard.type('Quelle énergie ce parcours vous donne-t-il aujourd’hui ?');
    await consultant.getByLabel('Libellé du point 1 (question 9)', { exact: true }).fill('Aucune');
    await consultant.getByLabel(/^Libellé du point 3 \(question 9\)/).fill('Un peu');
    await consultant.getByLabel('Libellé du point 5 (question 9)', { exact: true }).fill('Beaucoup');

    // A single choice with one option only (the second one removed): the engine will refuse it.
    await consultant
      .getByLabel('Type de la question à ajouter (section 6)')
      .selectOption({ label: 'Choix unique : une option parmi plusieurs' });
    await consultant.getByRole('button', { name: 'Ajouter la question à la section 6' }).click();
    await expect.poll(() => focusedLabel(consultant)).toBe('Libellé de la question 10');
    await consultant.keyboard.type('Souhaitez-vous en parler à la prochaine séance ?');
    await consultant.getByLabel('Option 1 de la question 10', { exact: true }).fill('Oui, volontiers');
    await consultant.getByRole('button', { name: 'Supprimer l’option 2 de la question 10' }).click();
    await expect.poll(() => consultant.getByLabel('Option 2 de la question 10', { exact: true }).count()).toBe(0);

    // Reorder: the choice goes above the scale; focus stays on its « Monter » button.
    await consultant.getByRole('button', { name: 'Monter la question 10' }).click();
    await consultant.getByRole('heading', { level: 3, name: 'Question 9 · Choix unique' }).waitFor();
    await expect
      .poll(() => consultant.evaluate(() => document.activeElement?.textContent))
      .toBe('Monter la question 9');
    // Remove « Racontez un moment difficile » (question 3), after confirming.
    await consultant.getByRole('button', { name: 'Supprimer la question 3' }).click();
    await consultant.getByText('Supprimer la question 3 « Racontez un moment difficile', { exact: false }).waitFor();
    await consultant.getByRole('button', { name: 'Supprimer la question 3', exact: true }).last().click();
    await consultant.getByRole('heading', { level: 3, name: 'Question 9 · Échelle' }).waitFor();
    await expect.poll(() => consultant.getByText('Racontez un moment difficile', { exact: false }).count()).toBe(0);
    await checkPage(consultant, 'cahiers-02-editeur', {
      title: 'Modifier le cahier « Mon histoire, version atelier »',
    });

    // Save: the choice with one option is refused, in French, next to its options and in the summary.
    await consultant.getByRole('button', { name: 'Enregistrer la version 2' }).first().click();
    await consultant.getByRole('heading', { name: 'Une information est à corriger' }).waitFor();
    await consultant.getByRole('link', { name: 'Options (question 8) : Proposez au moins deux options.' }).waitFor();
    await consultant
      .getByRole('group', { name: /^Options \(question 8\)/ })
      .getByText('Proposez au moins deux options.')
      .waitFor();
    expect((await stored()).version).toBe(1);
    await checkPage(consultant, 'cahiers-03-editeur-erreur', {
      title: 'Erreur – Modifier le cahier « Mon histoire, version atelier »',
    });

    // Fix it from the summary's link, then save version 2.
    await consultant.getByRole('link', { name: 'Options (question 8) : Proposez au moins deux options.' }).click();
    await consultant.getByRole('button', { name: 'Ajouter une option à la question 8' }).click();
    await expect.poll(() => focusedLabel(consultant)).toBe('Option 2 de la question 8');
    await consultant.keyboard.type('Pas cette fois');
    await consultant.getByRole('button', { name: 'Enregistrer la version 2' }).first().click();
    await consultant
      .getByRole('status')
      .filter({ hasText: 'Version 2 enregistrée. Les cahiers déjà proposés gardent la version qu’ils ont reçue' })
      .waitFor();
    await consultant
      .getByRole('heading', { level: 1, name: 'Modifier le cahier « Parcours et moments forts »' })
      .waitFor();
    const v2 = await stored();
    expect(v2.version).toBe(2);
    const lastSection = (v2.definition as { sections: { questions: { id: string; type: string }[] }[] }).sections[5]!;
    expect(lastSection.questions.map((q) => [q.id, q.type])).toEqual([
      ['fil-rouge', 'long_text'],
      ['souhaitez-vous-en-parler-a-la-prochaine', 'single_choice'],
      ['quelle-energie-ce-parcours-vous-donne-t', 'scale'],
    ]);

    // Preview: the beneficiary's view of version 2.
    await consultant.getByRole('link', { name: 'Aperçu', exact: true }).click();
    await consultant.getByRole('heading', { level: 1, name: 'Aperçu : Parcours et moments forts' }).waitFor();
    await consultant.getByText('Cet aperçu montre la version 2 enregistrée.').waitFor();
    const scale = consultant.getByRole('group', { name: 'Quelle énergie ce parcours vous donne-t-il aujourd’hui ?' });
    await scale.getByLabel('Beaucoup').check();
    await consultant
      .getByRole('group', { name: 'Souhaitez-vous en parler à la prochaine séance ?' })
      .getByLabel('Pas cette fois')
      .waitFor();
    // The model's condition still works: « Ces envies sont-elles encore d’actualité » shows once regrets are written.
    expect(await consultant.getByText('Ces envies sont-elles encore d’actualité pour vous ?').count()).toBe(0);
    await consultant.getByLabel(/Y a-t-il des projets laissés de côté/).fill('Reprendre la musique.');
    await consultant.getByText('Ces envies sont-elles encore d’actualité pour vous ?').waitFor();
    await checkPage(consultant, 'cahiers-04-apercu', { title: 'Aperçu : Parcours et moments forts' });

    // Proposed from the bilan page, with a due date.
    await openDossierSection(consultant, seed.bilanId, 'travaux');
    await consultant.getByRole('heading', { name: 'Questionnaires et exercices' }).waitFor();
    await consultant.getByRole('button', { name: 'Proposer un questionnaire ou un exercice' }).click();
    const due = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    await consultant
      .getByLabel('Questionnaire ou exercice')
      .selectOption({ label: 'Mon cahier : Parcours et moments forts (version 2)' });
    await fillDate(consultant.getByRole('group', { name: 'À rendre au plus tard le' }), due);
    await consultant.getByRole('button', { name: 'Proposer à la ou au bénéficiaire' }).click();
    await consultant.getByRole('rowheader', { name: 'Parcours et moments forts' }).waitFor();

    // The beneficiary sees it with its due date, and the questions added.
    const beneficiary = await signedInPage(browser, isolated.app.url, seed.beneficiary.email);
    const dueText = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'Europe/Paris' }).format(
      new Date(due),
    );
    await beneficiary
      .getByRole('region', { name: 'Mes questionnaires et exercices' })
      .getByRole('listitem')
      .filter({ hasText: 'Parcours et moments forts' })
      .getByText(`à rendre au plus tard le ${dueText}`, { exact: false })
      .waitFor();
    await beneficiary
      .getByRole('region', { name: 'Mes questionnaires et exercices' })
      .getByRole('link', { name: 'Parcours et moments forts' })
      .click();
    await beneficiary.getByRole('heading', { level: 1, name: 'Parcours et moments forts' }).waitFor();
    await turnPartsUntil(
      beneficiary,
      beneficiary.getByRole('group', { name: 'Quelle énergie ce parcours vous donne-t-il aujourd’hui ?' }),
    );
    await beneficiary
      .getByRole('group', { name: 'Quelle énergie ce parcours vous donne-t-il aujourd’hui ?' })
      .getByLabel('Un peu')
      .waitFor();
    await beneficiary
      .getByRole('group', { name: 'Souhaitez-vous en parler à la prochaine séance ?' })
      .getByLabel('Oui, volontiers')
      .waitFor();
    expect(await beneficiary.getByText('Racontez un moment difficile', { exact: false }).count()).toBe(0);
    const assignmentUrl = beneficiary.url();

    // The consultant edits again; a reload in the middle loses nothing typed.
    await consultant.goto('/consultant/cahiers');
    await consultant
      .getByRole('row', { name: /Parcours et moments forts/ })
      .getByRole('cell', { name: '2', exact: true })
      .waitFor();
    await consultant.getByRole('link', { name: 'Parcours et moments forts', exact: true }).click();
    await consultant
      .getByRole('heading', { level: 1, name: 'Modifier le cahier « Parcours et moments forts »' })
      .waitFor();
    const label9 = consultant.getByLabel('Libellé de la question 9', { exact: true });
    await label9.fill('Quelle énergie votre parcours vous donne-t-il ?');
    await consultant.getByText('Modifications non enregistrées', { exact: false }).first().waitFor();
    await consultant.reload();
    await consultant.getByText('Vos modifications non enregistrées du', { exact: false }).waitFor();
    expect(await consultant.getByLabel('Libellé de la question 9', { exact: true }).inputValue()).toBe(
      'Quelle énergie votre parcours vous donne-t-il ?',
    );
    await consultant.getByRole('button', { name: 'Enregistrer la version 3' }).first().click();
    await consultant
      .getByRole('status')
      .filter({ hasText: 'Version 3 enregistrée. Les cahiers déjà proposés gardent la version qu’ils ont reçue' })
      .waitFor();
    const v3 = await stored();
    expect(v3.version).toBe(3);
    // Same question id: only its label changed.
    expect(
      (v3.definition as { sections: { questions: { id: string; label: string }[] }[] }).sections[5]!.questions[2],
    ).toMatchObject({
      id: 'quelle-energie-ce-parcours-vous-donne-t',
      label: 'Quelle énergie votre parcours vous donne-t-il ?',
    });

    // What was proposed keeps version 2.
    await openDossierSection(consultant, seed.bilanId, 'travaux');
    await consultant.getByRole('link', { name: 'Parcours et moments forts', exact: true }).click();
    await consultant.getByRole('heading', { level: 1, name: 'Parcours et moments forts – Bruno' }).waitFor();
    await consultant.getByText(/, version 2$/).waitFor();
    await beneficiary.goto(assignmentUrl);
    await turnPartsUntil(
      beneficiary,
      beneficiary.getByRole('group', { name: 'Quelle énergie ce parcours vous donne-t-il aujourd’hui ?' }),
    );
    expect(await beneficiary.getByText('Quelle énergie votre parcours vous donne-t-il ?').count()).toBe(0);

    // Two tabs: a version saved in one turns the other's save into a conflict, which offers to reload.
    const other = await consultant.context().newPage();
    await other.goto(`/consultant/cahiers/${v3.id}`);
    await other.getByRole('heading', { level: 1, name: 'Modifier le cahier « Parcours et moments forts »' }).waitFor();
    await consultant.goto(`/consultant/cahiers/${v3.id}`);
    await consultant.getByLabel('Titre du cahier', { exact: true }).fill('Parcours, moments forts et envies');
    await consultant.getByRole('button', { name: 'Enregistrer la version 4' }).first().click();
    await consultant.getByRole('status').filter({ hasText: 'Version 4 enregistrée.' }).waitFor();
    await other.getByLabel('Introduction', { exact: true }).fill('Une autre introduction.');
    await other.getByRole('button', { name: 'Enregistrer la version 4' }).first().click();
    await other.getByRole('alert').filter({ hasText: 'Ce cahier a été modifié ailleurs' }).waitFor();
    expect((await stored()).version).toBe(4);
    await other.getByRole('button', { name: /^Recharger la version 4/ }).click();
    await other
      .getByRole('heading', { level: 1, name: 'Modifier le cahier « Parcours, moments forts et envies »' })
      .waitFor();
    expect(await other.getByLabel('Introduction', { exact: true }).inputValue()).toMatch(/^Avant de vous projeter/);

    // The library lists it with its version; deleting it, after a confirmation, leaves the proposed copy alone.
    await consultant.goto('/consultant/cahiers');
    const row = consultant.getByRole('row', { name: /Parcours, moments forts et envies/ });
    await row.getByRole('cell', { name: '4', exact: true }).waitFor();
    await row.getByRole('cell', { name: 'Votre histoire professionnelle' }).waitFor();
    await row.getByRole('button', { name: 'Supprimer « Parcours, moments forts et envies »' }).click();
    await consultant.getByText('Supprimer « Parcours, moments forts et envies » de votre bibliothèque ?').waitFor();
    await checkPage(consultant, 'cahiers-05-mes-cahiers-suppression', { title: 'Cahiers d’étape et questionnaires' });
    await consultant
      .getByRole('group')
      .getByRole('button', { name: 'Supprimer « Parcours, moments forts et envies »' })
      .click();
    await consultant.getByText('« Parcours, moments forts et envies » est supprimé de votre bibliothèque.').waitFor();
    await consultant.getByText('Vous n’avez pas encore de cahier à vous.', { exact: false }).waitFor();
    await beneficiary.goto(assignmentUrl);
    await beneficiary.getByRole('heading', { level: 1, name: 'Parcours et moments forts' }).waitFor();
    // The bilan page names the version the beneficiary was given.
    await openDossierSection(consultant, seed.bilanId, 'travaux');
    await consultant.getByRole('rowheader', { name: 'Parcours et moments forts (version 2)' }).waitFor();
  });
});
