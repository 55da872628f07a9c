/**
 * The pistes in Chromium (issue 13): from a portfolio seeded through the API, the beneficiary
 * adds a piste from a job sheet and another from an explained suggestion (its reasons shown),
 * weighs both (desire, criteria), reads the desire × feasibility chart and compares them;
 * prepares an interview from the guide and takes notes; the consultant debriefs it in the
 * dossier's « Pistes » (the feasibility follows), sets a suggestion aside and brings it back.
 * axe-core and the phone width on each screen. Needs the ROME export: skipped, visibly, without it.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../setup/browser.ts';
import { checkPage, expectFocusOnHeading } from '../support/a11y.ts';
import { fillDate } from '../support/date-fields.ts';
import { openDossierSection } from '../support/dossier.ts';
import { frenchPage, seedBilan, signedInPage, startIsolatedApp, type IsolatedApp } from '../support/e2e-app.ts';
import { ROME_DIR, hasRomeExport } from '../support/rome.ts';
import { sameOriginHeaders } from '../support/server.ts';

const skip = inject('e2eSkip');
const postgresUrl = inject('e2ePostgresUrl');
if (!skip && !hasRomeExport) console.warn(`Export ROME absent (${ROME_DIR}) : le parcours « pistes » est ignoré.`);

const TITLE = 'Mes pistes';

async function check(page: Page, name: string, title: string): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('[data-live-announcer] [role="img"]'), null, {
    timeout: 15_000,
  });
  await checkPage(page, name, { title });
}

interface SheetItem {
  codeOgr: string;
  label: string;
  core: string | null;
}

/** A baker's portfolio: the job held, and the fiche's savoir-faire as competences (most at « Autonome »). */
async function seedPortfolio(page: Page, appUrl: string, bilanId: string): Promise<void> {
  const headers = sameOriginHeaders(appUrl);
  const sheet = (await (await page.request.get('/api/catalog/fiches/D1102')).json()) as {
    appellations: { codeOgr: string; principal: boolean }[];
    competences: { savoirFaire: { items: SheetItem[] }[] };
  };
  const experience = await page.request.post(`/api/bilans/${bilanId}/portfolio/experiences`, {
    headers,
    data: {
      id: crypto.randomUUID(),
      revision: 0,
      kind: 'professional',
      title: 'Boulanger',
      appellationCode: (sheet.appellations.find((a) => a.principal) ?? sheet.appellations[0])!.codeOgr,
      employerOrContext: 'Boulangerie Martin, Lyon',
      startedOn: '2012-09-01',
      endedOn: '2024-06-30',
      satisfaction: 4,
    },
  });
  expect(experience.status(), await experience.text()).toBe(200);
  const items = sheet.competences.savoirFaire.flatMap((g) => g.items).slice(0, 12);
  for (const [index, item] of items.entries()) {
    const saved = await page.request.post(`/api/bilans/${bilanId}/portfolio/competences`, {
      headers,
      data: { id: crypto.randomUUID(), revision: 0, codeOgr: item.codeOgr, level: index % 4 === 3 ? 2 : 3 },
    });
    expect(saved.status(), await saved.text()).toBe(200);
  }
}

/** Opens a piste's editor, sets the desire and the criteria, then saves and closes. */
async function weigh(
  page: Page,
  title: string,
  desire: string,
  criteria: Record<string, 'Favorable' | 'Mitigé' | 'Défavorable'>,
  notes: Record<string, string> = {},
  screenshot?: string,
): Promise<void> {
  await pisteCard(page, title)
    .getByRole('button', { name: `Peser cette piste « ${title} »` })
    .click();
  const editor = page.getByRole('group', { name: `Modifier la piste « ${title} »` });
  await editor.getByRole('radio', { name: desire }).check();
  for (const [criterion, assessment] of Object.entries(criteria))
    await editor
      .getByRole('group', { name: criterion, exact: true })
      .getByRole('radio', { name: assessment, exact: true })
      .check();
  for (const [label, text] of Object.entries(notes)) await editor.getByRole('textbox', { name: label }).fill(text);
  await editor
    .getByRole('status')
    .getByText(/^Enregistré à \d{1,2} h \d\d$/)
    .waitFor();
  if (screenshot) await check(page, screenshot, TITLE);
  await editor.getByRole('button', { name: 'Enregistrer et fermer' }).click();
  await editor.waitFor({ state: 'detached' });
}

const pisteCard = (page: Page, title: string) =>
  page.locator('li.pistes-piste', { has: page.getByRole('heading', { level: 3, name: title, exact: true }) });

describe.skipIf(Boolean(skip) || !hasRomeExport)('the pistes in the browser', () => {
  let browser: Browser;
  let isolated: IsolatedApp;
  let seed: Awaited<ReturnType<typeof seedBilan>>;

  beforeAll(async () => {
    isolated = await startIsolatedApp(postgresUrl, { ROME_DIR });
    seed = await seedBilan(isolated.db, 'Cap Avenir Pistes');
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
    'lets the beneficiary add, weigh and compare pistes and prepare an enquête, and the consultant debrief it',
    { timeout: 600_000 },
    async () => {
      const page = await signedInPage(browser, isolated.app.url, seed.beneficiary.email);
      const homeLink = page.getByRole('link', { name: 'Mes pistes et mes enquêtes métier' });
      await homeLink.waitFor();
      await seedPortfolio(page, isolated.app.url, seed.bilanId);

      // From the home, like « Mon parcours ».
      await homeLink.click();
      await expectFocusOnHeading(page, TITLE);
      await page.getByRole('heading', { level: 3, name: 'Aucune piste pour l’instant' }).waitFor();

      // Suggestions from the portfolio, in groups, each with its reasons in French.
      const suggestions = page.locator('li.pistes-suggestion');
      await suggestions.first().waitFor({ timeout: 30_000 });
      const first = suggestions.first();
      const suggested = (await first.getByRole('heading', { level: 4 }).innerText()).trim();
      const suggestedCode = /\/metiers\/([A-Z]\d{4})/.exec(
        (await first.getByRole('link').first().getAttribute('href')) ?? '',
      )?.[1];
      const reasons = await first.locator('ul.pistes-reasons-list li').allInnerTexts();
      expect(reasons.length).toBeGreaterThan(0);
      for (const reason of reasons) expect(reason).toMatch(/[a-zé]{3,}/);
      await page
        .getByText(/Licence Ouverte/)
        .first()
        .waitFor();
      expect(await page.locator('.pistes-group > h3').count()).toBeGreaterThan(0);
      await check(page, '90-pistes-suggestions', TITLE);

      // « Ajouter à mes pistes »: a piste with the suggestion's reasons; the suggestion then links to it.
      await first.getByRole('button', { name: `Ajouter à mes pistes : ${suggested}` }).click();
      await pisteCard(page, suggested).waitFor();
      await pisteCard(page, suggested).getByText('Ajoutée depuis une suggestion de métiers').waitFor();
      await first.getByRole('link', { name: `Voir la piste « ${suggested} »` }).waitFor();

      // Another from a job sheet of the catalogue.
      const sheetCode = suggestedCode === 'D1104' ? 'D1101' : 'D1104';
      await page.goto(`/metiers/${sheetCode}`);
      await page.getByRole('button', { name: 'Ajouter à mes pistes' }).waitFor();
      const sheetTitle = (await page.locator('h1').innerText()).trim();
      await check(page, '95-fiche-metier-ajout', sheetTitle);
      await page.getByRole('button', { name: 'Ajouter à mes pistes' }).click();
      await page.getByText(`Le métier « ${sheetTitle} » est ajouté à vos pistes.`).waitFor();
      await page.getByRole('link', { name: 'Voir mes pistes' }).click();
      await pisteCard(page, sheetTitle).getByText('Ajoutée depuis une fiche métier').waitFor();
      // The link leads to the piste itself.
      await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(sheetTitle);

      // Only the consultant sets a suggestion aside.
      expect(await page.getByRole('button', { name: /^Écarter/ }).count()).toBe(0);

      // A business creation by hand, set aside: the reason is required before it is saved.
      await page.getByRole('button', { name: 'Ajouter une piste' }).click();
      const own = page.getByRole('group', { name: 'Nouvelle piste' });
      await own.getByRole('radio', { name: 'Création ou reprise d’entreprise' }).check();
      await own.getByRole('textbox', { name: /^Intitulé/ }).fill('Reprendre une boulangerie de village');
      await own.getByRole('group', { name: 'Statut' }).getByRole('radio', { name: 'Écartée' }).check();
      await own.getByRole('button', { name: 'Enregistrer et fermer' }).click();
      await own.getByRole('heading', { name: 'Une information est à corriger' }).waitFor();
      await own
        .getByRole('link', { name: /Indiquez pourquoi la piste est écartée : cela servira à la synthèse/ })
        .click();
      await own
        .getByRole('textbox', { name: /^Pourquoi cette piste est écartée/ })
        .fill('L’investissement est trop lourd pour le moment.');
      await own.getByRole('button', { name: 'Enregistrer et fermer' }).click();
      await own.waitFor({ state: 'detached' });
      await pisteCard(page, 'Reprendre une boulangerie de village')
        .getByText('L’investissement est trop lourd pour le moment.')
        .waitFor();

      // Both weighed: desire and criteria; the feasibility follows, with its reasons.
      await weigh(
        page,
        suggested,
        '4. Beaucoup',
        {
          'Formation nécessaire': 'Favorable',
          'Ce que montre le marché du travail': 'Favorable',
          Rémunération: 'Mitigé',
        },
        { 'Note : contraintes': 'Horaires de nuit possibles, week-ends travaillés.' },
        '94-pistes-editeur',
      );
      await weigh(page, sheetTitle, '2. Un peu', {
        'Formation nécessaire': 'Défavorable',
        'Ce que montre le marché du travail': 'Mitigé',
        'Lieu, mobilité': 'Défavorable',
      });
      await pisteCard(page, suggested).getByText('Formation nécessaire : favorable.').waitFor();
      await pisteCard(page, sheetTitle).getByText('Lieu, mobilité : défavorable.').waitFor();

      // A training need for the gap, with its funding route.
      await pisteCard(page, sheetTitle)
        .getByRole('button', { name: `Ajouter un besoin de formation pour « ${sheetTitle} »` })
        .click();
      // Typed while the network is down, it survives a reload under its piste, then is sent.
      await page.route('**/api/bilans/*/exploration/training-needs', (route) => route.abort('internetdisconnected'));
      const typed = page.getByRole('group', { name: 'Nouveau besoin de formation' });
      await typed.getByRole('textbox', { name: /^Formation ou apprentissage/ }).fill('CAP Pâtissier en un an');
      await typed.getByText(/^Hors connexion : votre saisie est gardée sur cet appareil/).waitFor();
      await page.reload();
      const need = pisteCard(page, sheetTitle).getByRole('group', { name: 'Nouveau besoin de formation' });
      await expect
        .poll(() => need.getByRole('textbox', { name: /^Formation ou apprentissage/ }).inputValue())
        .toBe('CAP Pâtissier en un an');
      await page.unroute('**/api/bilans/*/exploration/training-needs');
      await need
        .getByRole('combobox', { name: /^Financement envisagé/ })
        .selectOption({ label: 'Compte personnel de formation (CPF)' });
      await need.getByRole('button', { name: 'Enregistrer et fermer' }).click();
      await need.waitFor({ state: 'detached' });
      await pisteCard(page, sheetTitle).getByText('Financement : Compte personnel de formation (CPF)').waitFor();

      // The chart and its table, then the two side by side.
      const chart = page.getByRole('img', { name: /^Envie et faisabilité des pistes/ });
      await chart.waitFor();
      const table = page.getByRole('table', { name: 'Envie et faisabilité de chaque piste' });
      await table.getByRole('rowheader', { name: `1. ${suggested}` }).waitFor();
      await page.getByRole('checkbox', { name: suggested }).check();
      await page.getByRole('checkbox', { name: sheetTitle }).check();
      const compared = page.getByRole('table', { name: 'Comparaison des pistes choisies' });
      await compared.getByRole('columnheader', { name: sheetTitle }).waitFor();
      await compared.getByRole('cell', { name: 'Beaucoup (4 sur 5)' }).waitFor();
      await check(page, '91-pistes-pesees', TITLE);

      // An interview prepared from the guide, then notes taken per question.
      const card = pisteCard(page, suggested);
      await card.getByRole('button', { name: `Préparer une enquête pour « ${suggested} »` }).click();
      await page.getByRole('group', { name: 'Nouvelle enquête' }).waitFor();
      // Once saved, its heading names the interview: the editor is found by its place.
      const editor = card.locator('div.portfolio-editor');
      await editor.getByRole('radio', { name: 'Entretien avec un·e professionnel·le' }).check();
      const question1 = editor.getByRole('textbox', { name: 'Question 1', exact: true });
      await expect.poll(() => question1.inputValue()).not.toBe('');
      await editor.getByRole('textbox', { name: /^Nom de la personne/ }).fill('Jeanne Morel');
      await editor.getByRole('textbox', { name: /^Fonction/ }).fill('Cheffe d’atelier');
      await fillDate(editor.getByRole('group', { name: /^Date de l’entretien/ }), '2026-12-15');
      await question1.fill('Comment êtes-vous arrivée dans ce métier ?');
      await editor
        .getByRole('textbox', { name: /^Notes, question 1 \(/ })
        .fill('Par un CAP en alternance, après dix ans dans la vente.');
      await editor.getByRole('button', { name: 'Ajouter une question' }).click();
      const count = await editor.locator('li.pistes-question').count();
      await editor
        .getByRole('textbox', { name: `Question ${count}`, exact: true })
        .fill('Quelles sont les horaires réels ?');
      await editor
        .getByRole('status')
        .getByText(/^Enregistré à \d{1,2} h \d\d$/)
        .waitFor();
      await check(page, '92-pistes-enquete-preparee', TITLE);
      await editor.getByRole('button', { name: 'Enregistrer et fermer' }).click();
      await editor.waitFor({ state: 'detached' });
      const enquete = card.locator('li.pistes-enquete', { hasText: 'Entretien avec Jeanne Morel' });
      await enquete.getByText('À débriefer').waitFor();
      await enquete.getByText(/Guide d’entretien : \d+ questions, 1 avec des notes/).click();
      await enquete.getByText('Par un CAP en alternance, après dix ans dans la vente.').waitFor();
      expect(await enquete.getByRole('button', { name: /^Débriefer/ }).count()).toBe(0);
      await page.context().close();

      // The consultant debriefs it in the dossier: the feasibility takes it into account.
      const consultant = await signedInPage(browser, isolated.app.url, seed.consultant.email);
      await consultant.getByRole('heading', { level: 1, name: 'Aujourd’hui' }).waitFor();
      await openDossierSection(consultant, seed.bilanId, 'pistes');
      await consultant.getByRole('heading', { level: 2, name: 'Pistes', exact: true }).waitFor();
      const theirCard = pisteCard(consultant, suggested);
      await theirCard.getByRole('button', { name: 'Débriefer « Entretien avec Jeanne Morel »' }).click();
      const debrief = consultant.getByRole('form', { name: 'Débriefing : Entretien avec Jeanne Morel' });
      await debrief
        .getByRole('textbox', { name: /^Ce que l’enquête a confirmé/ })
        .fill('Le CAP en alternance est accessible et les boulangeries recrutent.');
      await debrief
        .getByRole('textbox', { name: /^Ce que l’enquête a contredit/ })
        .fill('Les horaires sont plus lourds que prévu.');
      await debrief.getByRole('radio', { name: 'Renforce la faisabilité' }).check();
      await debrief.getByRole('button', { name: 'Enregistrer le débriefing' }).click();
      await theirCard.getByText('Débriefée').waitFor();
      await theirCard.getByText(/Renforce la faisabilité \(débriefing avec Claire Dubois le /).waitFor();
      await expect
        .poll(() => theirCard.locator('.pistes-reasons li').allInnerTexts())
        .toContainEqual(expect.stringMatching(/Jeanne Morel/));

      // Saved meanwhile on another device: the editor shows both versions, the consultant keeps hers.
      await pisteCard(consultant, sheetTitle)
        .getByRole('button', { name: `Modifier « ${sheetTitle} »` })
        .click();
      const edit = consultant.getByRole('group', { name: `Modifier la piste « ${sheetTitle} »` });
      const current = (
        (await (await consultant.request.get(`/api/bilans/${seed.bilanId}/exploration`)).json()) as {
          pistes: { id: string; title: string; revision: number; fiche: { codeRome: string }; desire: number }[];
        }
      ).pistes.find((p) => p.title === sheetTitle)!;
      const elsewhere = await consultant.request.post(`/api/bilans/${seed.bilanId}/exploration/pistes`, {
        headers: sameOriginHeaders(isolated.app.url),
        data: {
          id: current.id,
          revision: current.revision,
          kind: 'rome_fiche',
          codeRome: current.fiche.codeRome,
          origin: 'job_sheet',
          desire: current.desire,
          description: 'Version enregistrée sur un autre appareil.',
        },
      });
      expect(elsewhere.status(), await elsewhere.text()).toBe(200);
      await edit.getByRole('textbox', { name: /^Description/ }).fill('Une piste à garder en plan B.');
      const choice = edit.getByRole('group', { name: /^Claire Dubois a enregistré une autre version le / });
      await choice.getByText('Version enregistrée sur un autre appareil.').waitFor();
      await choice.getByRole('button', { name: 'Garder ma version' }).click();
      await edit
        .getByRole('status')
        .getByText(/^Enregistré à/)
        .waitFor();
      const description = await isolated.db
        .selectFrom('exploration_pistes')
        .select('description')
        .where('id', '=', current.id)
        .executeTakeFirstOrThrow();
      expect(description.description).toBe('Une piste à garder en plan B.');
      await edit.getByRole('button', { name: 'Enregistrer et fermer' }).click();
      await edit.waitFor({ state: 'detached' });

      // A suggestion set aside with its reason, then brought back.
      // Once there are pistes, the suggestions are folded, one click away.
      await consultant.getByText(/^Les \d+ métiers suggérés$/).click();
      const another = consultant
        .locator('li.pistes-suggestion')
        .filter({ hasNot: consultant.getByRole('link', { name: /^Voir la piste/ }) })
        .first();
      const anotherLabel = (await another.getByRole('heading', { level: 4 }).innerText()).trim();
      await another.getByRole('button', { name: `Écarter « ${anotherLabel} »` }).click();
      await another
        .getByRole('textbox', { name: /^Pourquoi écarter cette suggestion/ })
        .fill('Déjà exploré avant le bilan.');
      await check(consultant, '93-dossier-pistes', 'Bilan de Bruno Lefèvre');
      await another.getByRole('button', { name: 'Écarter la suggestion' }).click();
      await consultant.getByText('Suggestions écartées (1)').click();
      await consultant.getByText('Déjà exploré avant le bilan.').waitFor();
      expect(await consultant.locator('li.pistes-suggestion h4', { hasText: anotherLabel }).count()).toBe(0);
      await consultant.getByRole('button', { name: `Rétablir « ${anotherLabel} »` }).click();
      await consultant.locator('li.pistes-suggestion h4', { hasText: anotherLabel }).first().waitFor();

      // From the dossier, the job sheet knows the bilan: the job is already one of its pistes.
      await pisteCard(consultant, sheetTitle)
        .getByRole('link', { name: `Fiche métier de la piste « ${sheetTitle} »` })
        .click();
      await consultant.getByText('Ce métier figure parmi les pistes du bilan.').waitFor();
      await consultant.context().close();

      // A visitor who is not signed in reads the job sheet without the button.
      const visitor = await frenchPage(browser, isolated.app.url);
      await visitor.goto(`/metiers/${sheetCode}`);
      await visitor.getByRole('heading', { level: 2, name: 'Définition' }).waitFor();
      expect(await visitor.getByRole('button', { name: /pistes/ }).count()).toBe(0);
      await visitor.context().close();
    },
  );
});
