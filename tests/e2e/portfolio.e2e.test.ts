/**
 * The parcours and competence portfolio in Chromium (issue 12): the beneficiary enters three
 * experiences (one through the ROME appellation search), keeps and sets aside the job's ROME
 * proposals, adds a competence in free words, sets levels and a domain; an edit made offline
 * survives a reload and is sent once the network is back; the consultant comments in the
 * dossier's « Parcours et compétences » and the beneficiary reads it. axe-core and the phone
 * width on each screen. Needs the ROME export (../shared/data/rome): skipped, visibly, without it.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchChromium } from '../setup/browser.ts';
import { checkPage, expectFocusOnHeading } from '../support/a11y.ts';
import { fillDate } from '../support/date-fields.ts';
import { openDossierSection } from '../support/dossier.ts';
import { seedBilan, signedInPage, startIsolatedApp, type IsolatedApp } from '../support/e2e-app.ts';
import { ROME_DIR, hasRomeExport } from '../support/rome.ts';

const skip = inject('e2eSkip');
const postgresUrl = inject('e2ePostgresUrl');
if (!skip && !hasRomeExport)
  console.warn(`Export ROME absent (${ROME_DIR}) : le parcours « portefeuille de compétences » est ignoré.`);

const TITLE = 'Mon parcours et mes compétences';

/**
 * react-aria's live announcer keeps, for a few seconds, a node labelled by an element that the
 * announcement named (`role="img"`, `aria-labelledby`), which axe reports when that element is
 * gone; the page is checked once it has cleared.
 */
async function check(page: Page, name: string, title: string): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('[data-live-announcer] [role="img"]'), null, {
    timeout: 15_000,
  });
  await checkPage(page, name, { title });
}

/** The editor of a new experience: kind, title or job, dates, satisfaction; then saved and closed. */
async function addExperience(
  page: Page,
  values: {
    kind: string;
    title?: string;
    /** Typed in the job search, and the suggestion expected first. */
    job?: { type: string; expect: string };
    employer?: string;
    start: string;
    end?: string;
    feeling: string;
    /** Opens the next editor at once, before the list comes back, then abandons it. */
    moveOn?: boolean;
  },
): Promise<void> {
  await page.getByRole('button', { name: 'Ajouter une expérience' }).click();
  const editor = page.getByRole('group', { name: 'Nouvelle expérience' });
  await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Nouvelle expérience');
  await editor.getByRole('radio', { name: values.kind }).check();
  if (values.title) await editor.getByRole('textbox', { name: /^Intitulé/ }).fill(values.title);
  if (values.job) {
    const combobox = editor.getByRole('combobox', { name: /Métier dans le répertoire des métiers/ });
    await combobox.pressSequentially(values.job.type, { delay: 30 });
    const first = page.getByRole('listbox').getByRole('option').first();
    await expect.poll(() => first.innerText().catch(() => '')).toContain(values.job.expect);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => combobox.getAttribute('aria-activedescendant')).toBeTruthy();
    await page.keyboard.press('Enter');
    await editor.getByRole('button', { name: 'Retirer le métier choisi' }).waitFor();
  }
  if (values.employer) await editor.getByRole('textbox', { name: /^Employeur ou contexte/ }).fill(values.employer);
  await fillDate(editor.getByRole('group', { name: 'Date de début', exact: true }), values.start);
  if (values.end) await fillDate(editor.getByRole('group', { name: /^Date de fin/ }), values.end);
  await editor.getByRole('radio', { name: values.feeling }).check();
  await editor.getByRole('button', { name: 'Enregistrer et fermer' }).click();
  await editor.waitFor({ state: 'detached' });
  const saved = values.title ?? values.job?.expect;
  const focused = () => page.evaluate(() => document.activeElement?.textContent);
  if (values.moveOn) {
    // The person moves on before the list comes back: the late answer does not pull focus back to
    // the saved experience, away from the editor they opened.
    await page.getByRole('button', { name: 'Ajouter une expérience' }).click();
    await expect.poll(focused).toBe('Nouvelle expérience');
    await page.getByRole('heading', { level: 3, name: saved, exact: true }).waitFor();
    await page.waitForTimeout(300);
    expect(await focused()).toBe('Nouvelle expérience');
    await editor.getByRole('button', { name: 'Abandonner cette expérience' }).click();
    await editor.waitFor({ state: 'detached' });
    return;
  }
  // Once saved, focus goes to the experience's heading, once the list has come back.
  if (saved) await expect.poll(focused, { timeout: 5_000 }).toBe(saved);
}

const timelineTitles = (page: Page) =>
  page.getByRole('list', { name: 'Mon parcours' }).getByRole('heading', { level: 3 }).allInnerTexts();

const competenceCard = (page: Page, label: string): Locator =>
  page.locator('li.portfolio-competence', { has: page.getByRole('heading', { level: 4, name: label, exact: true }) });

describe.skipIf(Boolean(skip) || !hasRomeExport)('the portfolio in the browser', () => {
  let browser: Browser;
  let isolated: IsolatedApp;
  let seed: Awaited<ReturnType<typeof seedBilan>>;

  beforeAll(async () => {
    isolated = await startIsolatedApp(postgresUrl, { ROME_DIR });
    seed = await seedBilan(isolated.db, 'Cap Avenir Parcours');
    // The import runs in the background after start: wait for it.
    const deadline = Date.now() + 150_000;
    const imported = async () =>
      ((await (await fetch(`${isolated.app.url}/api/catalog`)).json()) as { version: unknown }).version !== null;
    while (!(await imported())) {
      if (Date.now() > deadline)
        throw new Error(`Catalogue non importé au démarrage :\n${isolated.app.output.join('')}`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    browser = await launchChromium();
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await isolated?.stop();
  });

  it(
    'lets the beneficiary build the parcours and competences, and the consultant comment',
    { timeout: 600_000 },
    async () => {
      const page = await signedInPage(browser, isolated.app.url, seed.beneficiary.email);
      const context = page.context();
      // From the home, where the bilan's progress is told.
      await page.getByRole('link', { name: TITLE }).click();
      await expectFocusOnHeading(page, TITLE);
      await page.getByRole('heading', { level: 3, name: 'Aucune expérience pour l’instant' }).waitFor();
      await check(page, '80-portefeuille-vide', TITLE);

      // Three experiences, one through the ROME appellation search.
      await addExperience(page, {
        kind: 'Expérience professionnelle',
        job: { type: 'boulangere', expect: 'Boulanger / Boulangère' },
        employer: 'Boulangerie Martin, Lyon',
        start: '2015-09-01',
        end: '2019-06-30',
        feeling: 'Plutôt bien vécue',
      });
      await page.getByRole('heading', { level: 3, name: 'Boulanger / Boulangère' }).waitFor();
      // A slow answer (the list, after the save): focus reaches the saved experience once it is
      // shown, and only while nothing else has it.
      const slowList = /\/api\/bilans\/[^/]+\/portfolio$/;
      await page.route(slowList, async (route) => {
        if (route.request().method() === 'GET') await new Promise((resolve) => setTimeout(resolve, 1_500));
        await route.fallback();
      });
      await addExperience(page, {
        kind: 'Bénévolat',
        title: 'Trésorier de l’association Les Amis du Quartier',
        start: '2020-01-01',
        feeling: 'Très bien vécue',
      });
      await addExperience(page, {
        kind: 'Formation ou diplôme',
        title: 'CAP Boulanger',
        start: '2013-09-01',
        end: '2015-06-30',
        feeling: 'Mitigée',
        moveOn: true,
      });
      await page.unroute(slowList);
      // Most recent first, as an ordered list; the chart's text equivalent in chronological order.
      await expect
        .poll(() => timelineTitles(page))
        .toEqual(['Trésorier de l’association Les Amis du Quartier', 'Boulanger / Boulangère', 'CAP Boulanger']);
      await page.getByText('Depuis janvier 2020').waitFor();
      expect(await page.locator('figure.portfolio-chart li').allInnerTexts()).toEqual([
        'Septembre 2013 : CAP Boulanger — mitigée (3 sur 5).',
        'Septembre 2015 : Boulanger / Boulangère — plutôt bien vécue (4 sur 5).',
        'Janvier 2020 : Trésorier de l’association Les Amis du Quartier — très bien vécue (5 sur 5).',
      ]);
      await check(page, '81-portefeuille-parcours', TITLE);

      // The job's ROME proposals: keep one, set another aside, in one decision.
      await page.getByRole('button', { name: /^Voir les compétences du métier/ }).click();
      const panel = page.getByRole('group', { name: 'Compétences du métier « Boulanger / Boulangère »' });
      // Groups core to the job are open; the others open on request.
      const proposals = panel.locator('details[open] fieldset.portfolio-proposal');
      await proposals.first().waitFor();
      await panel.getByText(/Source : France Travail — ROME 4\.0/).waitFor();
      const kept = (await proposals.nth(0).locator('legend').innerText()).replace(/\s*\(.*\)$/, '').trim();
      const rejected = (await proposals.nth(1).locator('legend').innerText()).replace(/\s*\(.*\)$/, '').trim();
      // Keyboard: the first item's « Garder », then Tab to the next item's pair and the arrow to « Écarter ».
      await proposals.nth(0).getByRole('radio', { name: 'Garder' }).check();
      await proposals.nth(1).getByRole('radio', { name: 'Garder' }).focus();
      await page.keyboard.press('ArrowRight');
      expect(await proposals.nth(1).getByRole('radio', { name: 'Écarter' }).isChecked()).toBe(true);
      await check(page, '82-portefeuille-propositions', TITLE);
      await panel.getByRole('button', { name: 'Enregistrer mes choix' }).click();
      await panel.getByText('1 compétence ajoutée au portefeuille, 1 écartée.').waitFor();
      await competenceCard(page, kept).getByText('Proposée par le ROME').waitFor();
      await expect
        .poll(() => panel.locator('fieldset.portfolio-proposal > legend').allInnerTexts())
        .not.toContain(rejected);
      expect(await page.getByRole('heading', { level: 4, name: rejected, exact: true }).count()).toBe(0);
      await panel.getByRole('button', { name: 'Fermer les propositions' }).click();

      // A competence in free words, with its level, wish, transferability and proof.
      await page.getByRole('button', { name: 'Ajouter une compétence' }).click();
      const newCompetence = page.getByRole('group', { name: 'Nouvelle compétence' });
      await newCompetence
        .getByRole('textbox', { name: /^La compétence, avec vos mots/ })
        .fill('Tenir les comptes d’une association');
      await newCompetence.getByRole('radio', { name: 'Savoir-faire' }).check();
      await newCompetence.getByRole('radio', { name: /^3\. Autonome/ }).check();
      await newCompetence.getByRole('radio', { name: 'Oui', exact: true }).check();
      await newCompetence.getByRole('checkbox', { name: /^Transférable/ }).check();
      await newCompetence.getByRole('checkbox', { name: 'Trésorier de l’association Les Amis du Quartier' }).check();
      await newCompetence.getByRole('button', { name: 'Enregistrer et fermer' }).click();
      await newCompetence.waitFor({ state: 'detached' });
      const accounts = competenceCard(page, 'Tenir les comptes d’une association');
      await accounts.getByText('Autonome').waitFor();
      await accounts.getByText('Déclarée').waitFor();
      await accounts.getByText('Trésorier de l’association Les Amis du Quartier').waitFor();
      await accounts.getByText(/^Ajouté par Bruno Lefèvre le /).waitFor();

      // A domain, then the competence placed in it; the ROME one gets a level.
      await page.getByRole('button', { name: 'Créer un domaine' }).click();
      await page.getByRole('textbox', { name: /^Nom du domaine/ }).fill('Gestion et organisation');
      await page.getByRole('button', { name: 'Créer le domaine' }).click();
      await page.getByRole('heading', { level: 3, name: 'Gestion et organisation' }).first().waitFor();
      await accounts.getByRole('button', { name: /^Modifier/ }).click();
      const editAccounts = page.getByRole('group', { name: 'Modifier « Tenir les comptes d’une association »' });
      await editAccounts.getByRole('combobox', { name: /^Domaine/ }).selectOption({ label: 'Gestion et organisation' });
      await editAccounts.getByRole('button', { name: 'Enregistrer et fermer' }).click();
      await editAccounts.waitFor({ state: 'detached' });
      const group = page.locator('.portfolio-domain-group', {
        has: page.getByRole('heading', { level: 3, name: 'Gestion et organisation' }),
      });
      await group.getByRole('heading', { level: 4, name: 'Tenir les comptes d’une association' }).waitFor();
      await competenceCard(page, kept)
        .getByRole('button', { name: /^Modifier/ })
        .click();
      const editKept = page.getByRole('group', { name: `Modifier « ${kept} »` });
      await editKept.getByRole('radio', { name: /^2\. Pratique accompagnée/ }).check();
      await editKept
        .getByRole('status')
        .getByText(/^Enregistré à \d{1,2} h \d\d$/)
        .waitFor();
      await editKept.getByRole('button', { name: 'Enregistrer et fermer' }).click();
      await competenceCard(page, kept).getByText('Pratique accompagnée').waitFor();
      await check(page, '83-portefeuille-competences', TITLE);

      // Savoir-être from the questionnaire: none proposed in this bilan, and the page says why.
      await page.getByRole('button', { name: 'Savoir-être issus du questionnaire' }).click();
      await page
        .getByText('Le questionnaire des savoir-être n’a pas été proposé dans ce bilan', { exact: false })
        .waitFor();
      await page.getByRole('button', { name: 'Fermer les propositions de savoir-être' }).click();

      // Offline: what is typed stays on this device, survives a reload, and is sent once back online.
      const cap = page.locator('li.portfolio-experience', {
        has: page.getByRole('heading', { name: 'CAP Boulanger' }),
      });
      await cap.getByRole('button', { name: /^Modifier/ }).click();
      const editCap = page.getByRole('group', { name: 'Modifier « CAP Boulanger »' });
      await context.setOffline(true);
      const liked = 'Le fournil à 4 heures du matin, et apprendre avec un maître d’apprentissage patient.';
      await editCap.getByRole('textbox', { name: /^Ce que j’ai aimé/ }).fill(liked);
      await editCap.getByText(/^Hors connexion : votre saisie est gardée sur cet appareil/).waitFor();
      // Saves keep failing while the page reloads (the network « comes back » only for the page itself).
      await page.route('**/api/bilans/*/portfolio/experiences', (route) => route.abort('internetdisconnected'));
      await context.setOffline(false);
      await page.reload();
      const reopened = page.getByRole('group', { name: 'Modifier « CAP Boulanger »' });
      await expect.poll(() => reopened.getByRole('textbox', { name: /^Ce que j’ai aimé/ }).inputValue()).toBe(liked);
      await reopened.getByText(/^Hors connexion/).waitFor();
      const storedLiked = async () =>
        (
          await isolated.db
            .selectFrom('portfolio_experiences')
            .select('liked')
            .where('title', '=', 'CAP Boulanger')
            .executeTakeFirstOrThrow()
        ).liked;
      expect(await storedLiked()).toBeNull();
      await page.unroute('**/api/bilans/*/portfolio/experiences');
      await reopened
        .getByRole('status')
        .getByText(/^Enregistré à \d{1,2} h \d\d$/)
        .waitFor({ timeout: 15_000 });
      expect(await storedLiked()).toBe(liked);
      await reopened.getByRole('button', { name: 'Enregistrer et fermer' }).click();
      await page.reload();
      await page.getByRole('heading', { level: 3, name: 'CAP Boulanger' }).waitFor();
      expect(await page.getByRole('group', { name: 'Modifier « CAP Boulanger »' }).count()).toBe(0);

      // The consultant comments in the dossier's section.
      const consultant = await signedInPage(browser, isolated.app.url, seed.consultant.email);
      await consultant.getByRole('heading', { level: 1, name: 'Aujourd’hui' }).waitFor();
      await openDossierSection(consultant, seed.bilanId, 'parcours');
      await consultant.getByRole('heading', { level: 2, name: 'Parcours', exact: true }).waitFor();
      await consultant
        .getByRole('heading', { level: 3, name: 'Trésorier de l’association Les Amis du Quartier' })
        .waitFor();
      await consultant
        .getByRole('button', { name: 'Commenter « Trésorier de l’association Les Amis du Quartier »' })
        .click();
      const comment = 'Belle expérience de gestion : pensez à la citer pour les postes d’assistant·e de gestion.';
      await consultant.getByRole('textbox', { name: 'Commentaire' }).fill(comment);
      await consultant.getByRole('button', { name: 'Publier le commentaire' }).click();
      await consultant.getByText(comment).waitFor();
      await consultant.getByText(/^Claire Dubois, le /).waitFor();
      await check(consultant, '84-dossier-parcours', 'Bilan de Bruno Lefèvre');

      // Both edit the same experience: the later save sees the other version and chooses; nothing is lost.
      const bakery = (p: Page) =>
        p.locator('li.portfolio-experience', { has: p.getByRole('heading', { name: 'Boulanger / Boulangère' }) });
      await bakery(page)
        .getByRole('button', { name: /^Modifier/ })
        .click();
      const mine = page.getByRole('group', { name: 'Modifier « Boulanger / Boulangère »' });
      await bakery(consultant)
        .getByRole('button', { name: /^Modifier/ })
        .click();
      const theirs = consultant.getByRole('group', { name: 'Modifier « Boulanger / Boulangère »' });
      await theirs.getByRole('textbox', { name: /^Employeur ou contexte/ }).fill('Boulangerie Martin et Fils, Lyon');
      await theirs
        .getByRole('status')
        .getByText(/^Enregistré à/)
        .waitFor();
      await theirs.getByRole('button', { name: 'Enregistrer et fermer' }).click();
      await mine.getByRole('textbox', { name: /^Employeur ou contexte/ }).fill('Boulangerie Martin, Lyon 3e');
      const choice = mine.getByRole('group', { name: /^Claire Dubois a enregistré une autre version le / });
      await choice.getByText('Boulangerie Martin et Fils, Lyon').waitFor();
      await check(page, '85-portefeuille-version-concurrente', TITLE);
      await choice.getByRole('button', { name: 'Garder ma version' }).click();
      await mine
        .getByRole('status')
        .getByText(/^Enregistré à/)
        .waitFor();
      const employer = async () =>
        (
          await isolated.db
            .selectFrom('portfolio_experiences')
            .select('employer_or_context')
            .where('title', '=', 'Boulanger / Boulangère')
            .executeTakeFirstOrThrow()
        ).employer_or_context;
      expect(await employer()).toBe('Boulangerie Martin, Lyon 3e');
      await mine.getByRole('button', { name: 'Enregistrer et fermer' }).click();
      await consultant.context().close();

      // The beneficiary reads it, with its author.
      await page.reload();
      await page.getByText(comment).waitFor();
      await page
        .getByText(/^Claire Dubois, le /)
        .first()
        .waitFor();

      // Once the bilan has ended, everything reads and nothing offers a change.
      await isolated.db.updateTable('bilans').set({ phase: 'cloture' }).where('id', '=', seed.bilanId).execute();
      await page.reload();
      await page.getByText(/^Le bilan est terminé : le parcours et les compétences se consultent/).waitFor();
      await page.getByRole('heading', { level: 3, name: 'CAP Boulanger' }).waitFor();
      for (const name of [/^Ajouter une/, /^Modifier/, /^Supprimer/, /^Commenter/, /^Créer un domaine/])
        expect(await page.getByRole('button', { name }).count(), String(name)).toBe(0);
      await page.getByRole('link', { name: 'Télécharger mes données (JSON)' }).waitFor();
      const pdf = await page.getByRole('link', { name: 'Version imprimable (PDF)' }).getAttribute('href');
      const printable = await page.request.get(pdf ?? '');
      expect(printable.headers()['content-type']).toContain('application/pdf');
      await check(page, '86-portefeuille-bilan-termine', TITLE);
      await context.close();
    },
  );
});
