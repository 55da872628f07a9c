/**
 * The portfolio's three paths that portfolio.e2e.test.ts does not walk, in Chromium (issue 12):
 * a domain of competences started from a ROME macro-compétence; a competence found through the
 * ROME skills search; the career-history worksheet, filled by the beneficiary, whose periods the
 * portfolio offers and imports once (a second import from a page left open adds nothing, and
 * says so). axe-core and the phone width on each screen. Needs the ROME export: skipped, visibly,
 * without it.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchChromium } from '../setup/browser.ts';
import { SCREENSHOTS, checkPage, expectFocusOnHeading } from '../support/a11y.ts';
import { fillDate } from '../support/date-fields.ts';
import { openDossierSection } from '../support/dossier.ts';
import { seedBilan, signedInPage, startIsolatedApp, type IsolatedApp } from '../support/e2e-app.ts';
import { ROME_DIR, hasRomeExport } from '../support/rome.ts';

const skip = inject('e2eSkip');
const postgresUrl = inject('e2ePostgresUrl');
if (!skip && !hasRomeExport)
  console.warn(`Export ROME absent (${ROME_DIR}) : les parcours du portefeuille avec le ROME sont ignorés.`);

const TITLE = 'Mon parcours et mes compétences';

/** As in portfolio.e2e.test.ts: once react-aria's live announcer has cleared. */
async function check(page: Page, name: string, title: string): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('[data-live-announcer] [role="img"]'), null, {
    timeout: 15_000,
  });
  await checkPage(page, name, { title });
}

/** Types in a ROME combobox and waits for a suggestion; returns the listbox's options. */
async function suggest(page: Page, combobox: Locator, text: string, expected: string | RegExp): Promise<Locator> {
  await combobox.pressSequentially(text, { delay: 30 });
  const options = page.getByRole('listbox').getByRole('option');
  await expect
    .poll(() => options.allInnerTexts().catch(() => [] as string[]), { timeout: 15_000 })
    .toEqual(expect.arrayContaining([expect.stringMatching(expected)]));
  return options;
}

/** Arrows down to the suggestion whose title is `label`, then Entrée. */
async function chooseWithKeyboard(page: Page, combobox: Locator, options: Locator, label: string): Promise<void> {
  const titles = await options.locator('.option-title').allInnerTexts();
  const index = titles.indexOf(label);
  expect(index, `« ${label} » among ${titles.join(' | ')}`).toBeGreaterThanOrEqual(0);
  for (let step = 0; step <= index; step++) await page.keyboard.press('ArrowDown');
  await expect
    .poll(async () => {
      const id = await combobox.getAttribute('aria-activedescendant');
      return id ? page.locator(`[id="${id}"] .option-title`).innerText() : null;
    })
    .toBe(label);
  await page.keyboard.press('Enter');
}

/** A screenshot of the viewport, for review, of a state axe does not check (see where it is used). */
async function look(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}

const competenceCard = (page: Page, label: string): Locator =>
  page.locator('li.portfolio-competence', { has: page.getByRole('heading', { level: 4, name: label, exact: true }) });

async function openPortfolio(page: Page): Promise<void> {
  await page.getByRole('link', { name: TITLE }).click();
  await expectFocusOnHeading(page, TITLE);
}

describe.skipIf(Boolean(skip) || !hasRomeExport)('the portfolio in the browser, further paths', () => {
  let browser: Browser;
  let isolated: IsolatedApp;

  beforeAll(async () => {
    isolated = await startIsolatedApp(postgresUrl, { ROME_DIR });
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

  it('starts a domain from a ROME macro-compétence, renamed in the person’s words', { timeout: 300_000 }, async () => {
    const seed = await seedBilan(isolated.db, 'Cap Avenir Domaines');
    const page = await signedInPage(browser, isolated.app.url, seed.beneficiary.email);
    await openPortfolio(page);
    await page.getByRole('button', { name: 'Créer un domaine' }).click();
    const combobox = page.getByRole('combobox', { name: /^Partir d’un grand ensemble de compétences du ROME/ });
    // A word many compétences and savoirs share still finds its macro-compétence.
    await suggest(page, combobox, 'budget', /^Elaborer, suivre et piloter un budget/);
    await combobox.fill('');
    // Only macro-compétences are offered: the search's compétences and savoirs are left out.
    const options = await suggest(page, combobox, 'accueillir', /^Accueillir, orienter, renseigner un public/);
    // While the suggestions are open, react-aria hides the rest of the page from assistive
    // technologies (its modal popover): axe runs once a suggestion is chosen; this is for the eye.
    await look(page, 'portefeuille-plus-01-domaine-recherche');
    const offered = await options.locator('.option-title').allInnerTexts();
    const macros = await isolated.db
      .selectFrom('rome_competences')
      .select('label')
      .where('kind', '=', 'macro_competence')
      .where('label', 'in', offered)
      .execute();
    expect(macros.map((m) => m.label).sort()).toEqual([...offered].sort());
    await chooseWithKeyboard(page, combobox, options, 'Accueillir, orienter, renseigner un public');
    // Its name is taken as the domain's name, which the person may change; the source is credited.
    const name = page.getByRole('textbox', { name: /^Nom du domaine/ });
    await expect.poll(() => name.inputValue()).toBe('Accueillir, orienter, renseigner un public');
    await page.getByText('Point de départ :').getByText('Accueillir, orienter, renseigner un public').waitFor();
    await page.getByText(/^Source : France Travail — ROME 4\.0/).waitFor();
    await check(page, 'portefeuille-plus-02-domaine-macro-choisie', TITLE);
    await name.fill('Relation avec le public');
    await page.getByRole('button', { name: 'Créer le domaine' }).click();
    await page.getByText('Le domaine « Relation avec le public » est créé.').first().waitFor();
    await page
      .getByRole('region', { name: 'Mes domaines de compétences' })
      .getByRole('heading', { level: 3, name: 'Relation avec le public' })
      .waitFor();
    const stored = await isolated.db
      .selectFrom('portfolio_domains')
      .select(['label', 'macro_code_ogr'])
      .where('bilan_id', '=', seed.bilanId)
      .execute();
    expect(stored).toEqual([{ label: 'Relation avec le public', macro_code_ogr: '300361' }]);
    await check(page, 'portefeuille-plus-03-domaine-cree', TITLE);
    await page.context().close();
  });

  it('adds a competence found in the ROME skills search, placed in a domain', { timeout: 300_000 }, async () => {
    const seed = await seedBilan(isolated.db, 'Cap Avenir Recherche');
    const page = await signedInPage(browser, isolated.app.url, seed.beneficiary.email);
    await openPortfolio(page);
    await page.getByRole('button', { name: 'Créer un domaine' }).click();
    await page.getByRole('textbox', { name: /^Nom du domaine/ }).fill('Relation avec le public');
    await page.getByRole('button', { name: 'Créer le domaine' }).click();
    await page.getByText('Le domaine « Relation avec le public » est créé.').first().waitFor();

    await page.getByRole('button', { name: 'Ajouter une compétence' }).click();
    const label = 'Accueillir, orienter et renseigner un client';
    // Once saved (as one types), the new competence's editor is named after it.
    const editor = page.getByRole('group', {
      name: /^(Nouvelle compétence|Modifier « Accueillir, orienter et renseigner un client »)$/,
    });
    const combobox = editor.getByRole('combobox', { name: /^Ou cherchez-la dans le répertoire des métiers/ });
    // Approximate words, without accents or case: the search still finds it.
    const options = await suggest(page, combobox, 'accueillir orienter client', label);
    await look(page, 'portefeuille-plus-04-competence-recherche');
    await chooseWithKeyboard(page, combobox, options, label);
    // Its words and kind are taken; the link to the ROME shows, with its source.
    const words = editor.getByRole('textbox', { name: /^La compétence, avec vos mots/ });
    await expect.poll(() => words.inputValue()).toBe(label);
    expect(await editor.getByRole('radio', { name: 'Savoir-faire' }).isChecked()).toBe(true);
    await editor.getByText('Dans le répertoire des métiers (ROME)').waitFor();
    await editor.getByText(/^Source : France Travail — ROME 4\.0/).waitFor();
    await editor.getByRole('radio', { name: /^2\. Pratique accompagnée/ }).check();
    await editor.getByRole('combobox', { name: /^Domaine/ }).selectOption({ label: 'Relation avec le public' });
    await expect
      .poll(() => editor.locator('.portfolio-save').innerText(), { timeout: 15_000 })
      .toMatch(/^Enregistré à \d{1,2} h \d\d$/);
    // Saved already, and still being added: the link with the ROME may still be taken back.
    await editor.getByRole('button', { name: 'Retirer le lien avec le répertoire' }).waitFor();
    await check(page, 'portefeuille-plus-05-competence-rome-choisie', TITLE);
    await editor.getByRole('button', { name: 'Enregistrer et fermer' }).click();
    await editor.waitFor({ state: 'detached' });

    const card = competenceCard(page, label);
    await card.getByText('Pratique accompagnée').waitFor();
    await card.getByText('Déclarée').waitFor();
    expect(await card.locator('dt', { hasText: 'Dans le répertoire des métiers' }).count()).toBe(1);
    await page
      .locator('.portfolio-domain-group', {
        has: page.getByRole('heading', { level: 3, name: 'Relation avec le public' }),
      })
      .getByRole('heading', { level: 4, name: label })
      .waitFor();
    const stored = await isolated.db
      .selectFrom('portfolio_competences')
      .select(['label', 'code_ogr', 'kind', 'origin', 'level'])
      .where('bilan_id', '=', seed.bilanId)
      .execute();
    expect(stored).toEqual([{ label, code_ogr: '104174', kind: 'savoir_faire', origin: 'declared', level: 2 }]);
    await check(page, 'portefeuille-plus-06-competence-rome-ajoutee', TITLE);

    // The same ROME item again is refused, naming the one already there.
    await page.getByRole('button', { name: 'Ajouter une compétence' }).click();
    const again = page.getByRole('group', { name: 'Nouvelle compétence' });
    const combobox2 = again.getByRole('combobox', { name: /^Ou cherchez-la dans le répertoire des métiers/ });
    const options2 = await suggest(page, combobox2, 'accueillir orienter client', label);
    await chooseWithKeyboard(page, combobox2, options2, label);
    await again.getByText(`« ${label} » figure déjà dans le portefeuille`, { exact: false }).first().waitFor();
    await check(page, 'portefeuille-plus-07-competence-deja-la', TITLE);
    await again.getByRole('button', { name: 'Abandonner cette compétence' }).click();
    expect(
      await isolated.db.selectFrom('portfolio_competences').select('id').where('bilan_id', '=', seed.bilanId).execute(),
    ).toHaveLength(1);
    await page.context().close();
  });

  it('imports the periods of the career-history worksheet once, from the parcours', { timeout: 400_000 }, async () => {
    const seed = await seedBilan(isolated.db, 'Cap Avenir Histoire');
    // The consultant proposes « Votre histoire professionnelle ».
    const consultant = await signedInPage(browser, isolated.app.url, seed.consultant.email);
    await consultant.getByRole('heading', { level: 1, name: 'Aujourd’hui' }).waitFor();
    await openDossierSection(consultant, seed.bilanId, 'travaux');
    await consultant.getByRole('heading', { name: 'Questionnaires et exercices' }).waitFor();
    await consultant.getByRole('button', { name: 'Proposer un questionnaire ou un exercice' }).click();
    await consultant
      .getByLabel('Questionnaire ou exercice')
      .selectOption({ label: 'Cahier d’étape : Votre histoire professionnelle' });
    const due = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
    await fillDate(consultant.getByRole('group', { name: 'À rendre au plus tard le' }), due);
    await consultant.getByRole('button', { name: 'Proposer à la ou au bénéficiaire' }).click();
    await consultant.getByRole('rowheader', { name: 'Votre histoire professionnelle' }).waitFor();

    // The beneficiary writes three periods (one whose years are the wrong way round) and keeps it for later.
    const page = await signedInPage(browser, isolated.app.url, seed.beneficiary.email);
    await page
      .getByRole('region', { name: 'Mes questionnaires et exercices' })
      .getByRole('link', { name: 'Votre histoire professionnelle' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Votre histoire professionnelle' }).waitFor();
    const periods = [
      {
        start: '2008',
        end: '2011',
        job: 'BTS Assistant de gestion',
        context: 'Lycée Saint-Exupéry',
        lived: '3 – Mitigé',
        marked: 'Les stages en entreprise.',
      },
      {
        start: '2011',
        end: '2019',
        job: 'Agent d’accueil',
        context: 'Mairie de Lyon',
        lived: '5 – Très épanouissant',
        marked: 'Le contact avec les usagers.',
      },
      { start: '2019', end: '', job: 'Trésorier bénévole', context: 'Association Les Amis du Théâtre', lived: '' },
      { start: '2016', end: '2014', job: 'Animateur', context: '', lived: '' },
    ];
    const rows = page.locator('fieldset.table-row');
    for (const [index, period] of periods.entries()) {
      if ((await rows.count()) <= index) await page.getByRole('button', { name: 'Ajouter une période' }).click();
      const row = page.getByRole('group', { name: `Ligne ${index + 1}`, exact: true });
      await row.getByLabel('Début (année)').fill(period.start);
      if (period.end) await row.getByLabel(/^Fin \(année\)/).fill(period.end);
      await row.getByLabel('Poste ou activité').fill(period.job);
      if (period.context) await row.getByLabel(/^Structure ou contexte/).fill(period.context);
      if (period.lived) await row.getByLabel(/^Comment l’avez-vous vécue/).selectOption({ label: period.lived });
      if (period.marked) await row.getByLabel(/^Ce qui a marqué cette période/).fill(period.marked);
    }
    await page
      .getByRole('status')
      .filter({ hasText: /^Enregistré à \d{1,2} h \d\d$/ })
      .waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: 'Enregistrer et reprendre plus tard' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mon bilan de compétences' }).waitFor();

    // The parcours offers the periods, with the kind guessed from their words.
    await openPortfolio(page);
    const offer = page.getByRole('region', { name: 'Reprendre l’histoire professionnelle' });
    await offer.getByText('Votre histoire professionnelle (commencé, pas encore envoyé)').waitFor();
    const list = offer.getByRole('group', { name: 'Périodes à reprendre' });
    const bts = list.getByRole('checkbox', { name: 'BTS Assistant de gestion — de 2008 à 2011, Lycée Saint-Exupéry' });
    const reception = list.getByRole('checkbox', { name: 'Agent d’accueil — de 2011 à 2019, Mairie de Lyon' });
    const treasurer = list.getByRole('checkbox', {
      name: 'Trésorier bénévole — depuis 2019, Association Les Amis du Théâtre',
    });
    await treasurer.waitFor();
    const kindOf = (title: string) => list.getByRole('combobox', { name: `Type d’expérience pour « ${title} »` });
    expect(
      await Promise.all(
        ['BTS Assistant de gestion', 'Agent d’accueil', 'Trésorier bénévole'].map(async (title) =>
          kindOf(title).evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.textContent),
        ),
      ),
    ).toEqual(['Formation ou diplôme', 'Expérience professionnelle', 'Bénévolat']);
    // The period that cannot be imported says why.
    await offer
      .getByText(
        'Animateur — de 2016 à 2014 : l’année de fin précède l’année de début : ajoutez cette période à la main dans votre parcours.',
      )
      .waitFor();
    await check(page, 'portefeuille-plus-08-reprise-proposee', TITLE);

    // A second page of the parcours, left open before the import.
    const stale = await page.context().newPage();
    await stale.goto(page.url());
    const staleList = stale
      .getByRole('region', { name: 'Reprendre l’histoire professionnelle' })
      .getByRole('group', { name: 'Périodes à reprendre' });
    await staleList.getByRole('checkbox').first().waitFor();
    // And the consultant's dossier, open on the same periods.
    await openDossierSection(consultant, seed.bilanId, 'parcours');
    const consultantOffer = consultant.getByRole('region', { name: 'Reprendre l’histoire professionnelle' });
    await consultantOffer.getByRole('checkbox', { name: /^Agent d’accueil/ }).waitFor();

    await bts.check();
    await reception.check();
    await offer.getByRole('button', { name: 'Ajouter les périodes choisies au parcours' }).click();
    await offer.getByText('2 périodes sont ajoutées au parcours.').waitFor();
    const timeline = page.getByRole('list', { name: 'Mon parcours' });
    await expect
      .poll(() => timeline.getByRole('heading', { level: 3 }).allInnerTexts())
      .toEqual(['Agent d’accueil', 'BTS Assistant de gestion']);
    const reprisal = page.locator('li.portfolio-experience', {
      has: page.getByRole('heading', { name: 'Agent d’accueil' }),
    });
    await reprisal.getByText('Mairie de Lyon').waitFor();
    await reprisal.getByText(/^Ressenti : .*\(5 sur 5\)$/).waitFor();
    await reprisal.getByText(/^Activités, réalisations et ressenti/).click();
    await reprisal.getByText('Le contact avec les usagers.').waitFor();
    // What was imported is no longer offered, and says so.
    await offer.getByText('Agent d’accueil — de 2011 à 2019 : déjà dans le parcours.').waitFor();
    await offer.getByText('BTS Assistant de gestion — de 2008 à 2011 : déjà dans le parcours.').waitFor();
    expect(await list.getByRole('checkbox').count()).toBe(1);
    await check(page, 'portefeuille-plus-09-reprise-faite', TITLE);

    // From the page left open: the same period again adds nothing, and says so.
    await staleList.getByRole('checkbox', { name: /^Agent d’accueil/ }).check();
    await stale
      .getByRole('region', { name: 'Reprendre l’histoire professionnelle' })
      .getByRole('button', { name: 'Ajouter les périodes choisies au parcours' })
      .click();
    await stale.getByText('Cette période était déjà dans le parcours : rien n’a été ajouté.').waitFor();
    await stale.getByRole('list', { name: 'Mon parcours' }).getByRole('heading', { name: 'Agent d’accueil' }).waitFor();
    await check(stale, 'portefeuille-plus-10-reprise-deja-faite', TITLE);
    await stale.close();

    // The consultant, from the dossier opened before: the period already there is skipped, the other added.
    await consultantOffer.getByRole('checkbox', { name: /^Agent d’accueil/ }).check();
    await consultantOffer
      .getByRole('checkbox', { name: 'Trésorier bénévole — depuis 2019, Association Les Amis du Théâtre' })
      .check();
    await consultantOffer.getByRole('button', { name: 'Ajouter les périodes choisies au parcours' }).click();
    await consultantOffer.getByText('Une période est ajoutée au parcours ; une autre y était déjà.').waitFor();
    await consultant.getByRole('heading', { level: 3, name: 'Trésorier bénévole' }).waitFor();
    expect(await consultantOffer.getByRole('checkbox').count()).toBe(0);
    await check(consultant, 'portefeuille-plus-11-dossier-reprise', 'Bilan de Bruno Lefèvre');
    await consultant.context().close();

    // Each period once, by who imported it.
    const stored = await isolated.db
      .selectFrom('portfolio_experiences')
      .select(['title', 'kind', 'employer_or_context', 'started_on', 'ended_on', 'satisfaction', 'created_by'])
      .where('bilan_id', '=', seed.bilanId)
      .orderBy('started_on')
      .execute();
    expect(
      stored.map((e) => [
        e.title,
        e.kind,
        e.employer_or_context,
        e.started_on,
        e.ended_on,
        e.satisfaction,
        e.created_by,
      ]),
    ).toEqual([
      [
        'BTS Assistant de gestion',
        'training',
        'Lycée Saint-Exupéry',
        '2008-01-01',
        '2011-12-31',
        3,
        seed.beneficiary.id,
      ],
      ['Agent d’accueil', 'professional', 'Mairie de Lyon', '2011-01-01', '2019-12-31', 5, seed.beneficiary.id],
      [
        'Trésorier bénévole',
        'volunteer',
        'Association Les Amis du Théâtre',
        '2019-01-01',
        null,
        null,
        seed.consultant.id,
      ],
    ]);
    await page.context().close();
  });
});
