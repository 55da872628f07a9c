/**
 * Documents and financing in Chromium (decision 015): the consultant records a CPF financing
 * (warnings shown, a wrong amount refused), a séance before the earliest start is refused and
 * accepted on it, the quote is produced and the beneficiary signs it; the employer signs a
 * convention through their link, another in person at the provider (decision 037); the funder's
 * view. Every document to sign shows beside its signing panel (pdf.js: drawn pages and their text),
 * stacked on a phone. axe-core on every page.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../setup/browser.ts';
import { openDossierSection } from '../support/dossier.ts';
import { checkPage, expectFocusOnHeading, NARROW_WIDTH, SCREENSHOTS } from '../support/a11y.ts';
import { fillDate, fillTime } from '../support/date-fields.ts';
import path from 'node:path';
import { seedBilan, seedUser, signedInPage, startIsolatedApp, type IsolatedApp } from '../support/e2e-app.ts';
import { sameOriginHeaders } from '../support/server.ts';
import { cpfEarliestStart } from '../../src/financing/domain/cpf-calendar.ts';
import { addDays, parsePlainDate } from '../../src/shared/calendar/plain-date.ts';

/**
 * The PDF preview drew its first page (a canvas with ink on it) and laid its text over it: the
 * text layer holds `phrase`, selectable and read by assistive technologies.
 */
async function expectPreview(page: Page, phrase: string, scope = page.locator('body')): Promise<void> {
  const canvas = scope.locator('.pdf-page canvas').first();
  await canvas.waitFor();
  await expect
    .poll(
      () =>
        canvas.evaluate((c: HTMLCanvasElement) => {
          const context = c.getContext('2d');
          if (!context || c.width === 0 || c.height === 0) return 0;
          const data = context.getImageData(0, 0, c.width, c.height).data;
          let ink = 0;
          for (let i = 0; i < data.length; i += 4) if (data[i + 3]! > 0 && data[i]! < 160) ink += 1;
          return ink;
        }),
      { timeout: 20_000, message: 'ink on the first page' },
    )
    .toBeGreaterThan(1000);
  await expect
    .poll(
      async () => ((await scope.locator('.pdf-page .textLayer').first().textContent()) ?? '').replace(/\s+/g, ' '),
      {
        timeout: 20_000,
        message: 'text layer of the first page',
      },
    )
    .toContain(phrase);
  await scope
    .getByText(/^\d+ pages?$/)
    .first()
    .waitFor();
  await scope
    .getByRole('link', { name: /^Télécharger le PDF/ })
    .first()
    .waitFor();
}

async function expectFocusOnHeading3(page: Page, text: string): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(() => ({ tag: document.activeElement?.tagName, text: document.activeElement?.textContent })),
    )
    .toEqual({ tag: 'H3', text });
}

const box = async (page: Page, selector: string) => (await page.locator(selector).first().boundingBox())!;

/** On a wide screen the preview is on the left and the signing panel beside it, on the right. */
async function expectBeside(page: Page): Promise<void> {
  const preview = await box(page, '.document-preview-column');
  const panel = await box(page, '.document-panel-column');
  expect(panel.x).toBeGreaterThanOrEqual(preview.x + preview.width);
  expect(panel.y).toBeLessThan(preview.y + preview.height);
  expect(await page.getByRole('link', { name: 'Aller à la signature' }).isVisible()).toBe(false);
}

/**
 * On a phone the pages are redrawn to the screen's width, the panel comes below them, nothing is
 * wider than the screen, and « Aller à la signature » brings the panel into view.
 */
async function expectStackedOnPhone(page: Page, name: string): Promise<void> {
  const size = page.viewportSize();
  await page.setViewportSize({ width: NARROW_WIDTH, height: 844 });
  try {
    await expect
      .poll(() =>
        page
          .locator('.pdf-page canvas')
          .first()
          .evaluate((c) => c.getBoundingClientRect().width),
      )
      .toBeLessThanOrEqual(NARROW_WIDTH - 32);
    const preview = await box(page, '.document-preview-column');
    const panel = await box(page, '.document-panel-column');
    expect(panel.y).toBeGreaterThanOrEqual(preview.y + preview.height);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    ).toBeLessThanOrEqual(0);
    await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-${NARROW_WIDTH}-apercu.png`) });
    const panelTop = () =>
      page
        .locator('.document-panel-column')
        .first()
        .evaluate((e) => e.getBoundingClientRect().top);
    await page.evaluate(() => window.scrollTo(0, 0));
    expect(await panelTop()).toBeGreaterThan(844);
    await page.getByRole('link', { name: 'Aller à la signature' }).first().click();
    await expect.poll(panelTop).toBeLessThan(844 / 2);
    expect(await panelTop()).toBeGreaterThanOrEqual(-1);
    await page.evaluate(() => window.scrollTo(0, 0));
  } finally {
    if (size) await page.setViewportSize(size);
  }
}

const skip = inject('e2eSkip');
const postgresUrl = inject('e2ePostgresUrl');

describe.skipIf(Boolean(skip))('documents, signatures and financing', () => {
  let browser: Browser;
  let isolated: IsolatedApp;
  let seed: Awaited<ReturnType<typeof seedBilan>>;
  let employerBilanId = '';
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
  const earliest = cpfEarliestStart(parsePlainDate(today));
  const dayBefore = addDays(earliest, -1);

  beforeAll(async () => {
    isolated = await startIsolatedApp(postgresUrl);
    seed = await seedBilan(isolated.db, 'Cap Avenir Documents');
    await isolated.db
      .updateTable('organisations')
      .set({
        legal_name: 'Cap Avenir Conseil SARL',
        siret: '12345678900011',
        nda_number: '84691234569',
        address: '12 rue de la République',
        postal_code: '69002',
        city: 'Lyon',
        // What every quote and convention states (R6313-8, decision 031).
        vat_regime: 'exempt',
        signatory_name: 'Marie Durand',
        signatory_role: 'gérante',
      })
      .where('id', '=', seed.organisation.id)
      .execute();
    await isolated.db
      .updateTable('bilans')
      .set({ financing: 'cpf', planned_accompaniment_minutes: 1200 })
      .where('id', '=', seed.bilanId)
      .execute();
    const employee = await seedUser(isolated.db, seed.organisation.id, 'beneficiary', 'Inès', 'Moreau');
    employerBilanId = (
      await isolated.db
        .insertInto('bilans')
        .values({
          organisation_id: seed.organisation.id,
          beneficiary_id: employee.id,
          consultant_id: seed.consultant.id,
          financing: 'employer_plan',
          planned_accompaniment_minutes: 1200,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await isolated?.stop();
  });

  const loginPage = (email: string) => signedInPage(browser, isolated.app.url, email);
  /** An employer-funded bilan's financing, through the API: the convention can then be produced. */
  const saveEmployerFinancing = async (
    consultant: Page,
    bilanId: string,
    [employerName, employerContactName, employerContactEmail]: [string, string, string],
  ) => {
    const saved = await consultant.request.post(`/api/bilans/${bilanId}/financing`, {
      headers: sameOriginHeaders(consultant.url()),
      data: {
        price: '1 800',
        plannedStartOn: earliest,
        plannedEndOn: addDays(earliest, 60),
        modality: 'remote',
        personalWorkHours: '6',
        workingTime: 'during',
        employerName,
        employerSiret: '98765432100012',
        employerContactName,
        employerContactEmail,
      },
    });
    expect(saved.status()).toBe(200);
  };

  it('answers the public CPF earliest-start computation', async () => {
    const response = await fetch(`${isolated.app.url}/api/rules/cpf/earliest-start?validatedOn=2026-05-04`);
    expect(await response.json()).toEqual({ earliestStart: '2026-05-22' });
    const bad = await fetch(`${isolated.app.url}/api/rules/cpf/earliest-start?validatedOn=hier`);
    expect(bad.status).toBe(400);
  });

  // Long journeys, each page checked twice (axe, 1366 and 390 px), on a machine shared by others.
  it(
    'records a CPF financing, refuses a séance before the earliest start, produces the quote; the beneficiary signs it',
    { timeout: 300_000 },
    async () => {
      const consultant = await loginPage(seed.consultant.email);
      // « Aujourd'hui » opens first; the list of bilans is « Bilans ».
      await consultant.getByRole('link', { name: 'Bilans', exact: true }).click();
      await consultant.getByRole('link', { name: 'Bruno Lefèvre' }).click();
      // On a busy machine the bilan may take more than the focus check's second to load.
      await consultant.getByRole('heading', { level: 1, name: 'Bilan de Bruno Lefèvre' }).waitFor();
      await expectFocusOnHeading(consultant, 'Bilan de Bruno Lefèvre');
      await openDossierSection(consultant, seed.bilanId, 'financement');
      await consultant.getByRole('heading', { name: 'Financement' }).waitFor();
      await consultant.getByText('Modifier les informations de financement').click();
      await consultant.getByLabel('Prix TTC').fill('mille euros');
      await consultant.getByRole('button', { name: 'Enregistrer le financement' }).click();
      await consultant
        .locator('.error-summary')
        .getByRole('link', { name: /n’est pas valide/ })
        .waitFor();
      await checkPage(consultant, '50-financement-erreur', { title: 'Erreur – Bilan de Bruno Lefèvre' });
      await consultant.getByLabel('Prix TTC').fill('1 950');
      await fillDate(consultant.getByRole('group', { name: 'Début prévu' }), earliest);
      await fillDate(consultant.getByRole('group', { name: 'Fin prévue' }), addDays(earliest, 60));
      await consultant.getByLabel('Modalité', { exact: true }).selectOption('in_person');
      await consultant.getByLabel('Lieu des séances en présentiel').fill('12 rue de la République, Lyon');
      await consultant.getByLabel('Heures de travail personnel prévues').fill('6');
      await consultant.getByLabel('Le bilan se déroule').selectOption('outside');
      await consultant.getByLabel('Numéro de dossier CPF').fill('CPF-2026-004217');
      await fillDate(consultant.getByRole('group', { name: 'Date de validation de la commande' }), today);
      await consultant.getByLabel('Bilan financé sur fonds publics ces dernières années').selectOption('yes');
      await consultant.getByRole('button', { name: 'Enregistrer le financement' }).click();
      await consultant.getByText('Le financement est enregistré.').waitFor();
      await consultant.getByText(/restent à financer par le ou la bénéficiaire/).waitFor();
      await consultant.getByText(/Participation forfaitaire à la charge du ou de la titulaire/).waitFor();
      await consultant.getByText(/le CPF pourrait refuser de financer ce bilan/).waitFor();
      await consultant.getByText('Pièces du dossier de financement (Compte personnel de formation (CPF))').click();
      await consultant.getByText('Numéro de dossier de la commande CPF').waitFor();
      await checkPage(consultant, '51-bilan-financement-cpf', { title: 'Bilan de Bruno Lefèvre' });

      // A séance the day before the earliest start is refused, on it accepted.
      await openDossierSection(consultant, seed.bilanId, 'seances');
      await consultant.getByRole('button', { name: 'Planifier une séance' }).click();
      await fillDate(consultant.getByRole('group', { name: 'Date', exact: true }), dayBefore);
      await fillTime(consultant.getByRole('group', { name: 'Heure de début' }), '10:00');
      await fillTime(consultant.getByRole('group', { name: 'Heure de fin' }), '12:00');
      await consultant.getByLabel('Lieu', { exact: true }).fill('12 rue de la République, Lyon');
      await consultant.getByRole('button', { name: 'Planifier', exact: true }).click();
      await consultant
        .locator('.error-summary')
        .getByRole('link', { name: /Le bilan peut commencer au plus tôt le/ })
        .waitFor();
      await checkPage(consultant, '52-seance-avant-debut-cpf', { title: 'Erreur – Bilan de Bruno Lefèvre' });
      // The summary's link takes the person to the date's first part, the day (RGAA 11.10).
      await consultant
        .locator('.error-summary')
        .getByRole('link', { name: /Le bilan peut commencer au plus tôt le/ })
        .click();
      await expect
        .poll(() => consultant.evaluate(() => document.activeElement?.getAttribute('aria-label')))
        .toMatch(/^jour/);
      await fillDate(consultant.getByRole('group', { name: 'Date', exact: true }), earliest);
      await consultant.getByRole('button', { name: 'Planifier', exact: true }).click();
      await consultant
        .getByText('La séance est planifiée ; la ou le bénéficiaire reçoit l’invitation par courriel.')
        .waitFor();

      await openDossierSection(consultant, seed.bilanId, 'financement');
      await consultant.getByRole('button', { name: 'Produire : Devis — bilan de compétences' }).click();
      await consultant.getByText(/Le document « Devis — bilan de compétences » est produit/).waitFor();
      await consultant.getByRole('rowheader', { name: /Devis — bilan de compétences \(version 1\)/ }).waitFor();
      await consultant.getByRole('button', { name: 'Produire : Fiche de commande CPF' }).click();
      await consultant.getByText(/Le document « Fiche de commande CPF » est produit/).waitFor();
      await checkPage(consultant, '53-bilan-documents', { title: 'Bilan de Bruno Lefèvre' });
      const pdf = await consultant.request.get(
        (await consultant.getByRole('link', { name: /PDF : Devis/ }).getAttribute('href')) ?? '',
      );
      expect(pdf.headers()['content-type']).toBe('application/pdf');

      const beneficiary = await loginPage(seed.beneficiary.email);
      await beneficiary.getByRole('link', { name: 'Signer le document « Devis — bilan de compétences »' }).waitFor();
      await checkPage(beneficiary, '53b-beneficiaire-a-faire-document', { title: 'Mon bilan de compétences' });
      await beneficiary.getByRole('link', { name: 'Lire et signer mes documents' }).click();
      await expectFocusOnHeading(beneficiary, 'Mes documents');
      await beneficiary.getByRole('heading', { name: 'À signer : Devis — bilan de compétences' }).waitFor();
      await expectPreview(beneficiary, 'Bruno Lefèvre');
      await expectBeside(beneficiary);
      await checkPage(beneficiary, '54-mes-documents', { title: 'Mes documents' });
      await expectStackedOnPhone(beneficiary, '54-mes-documents');
      await beneficiary.getByLabel('Prénom et nom').fill('Bruno Lefèvre');
      await beneficiary.getByRole('button', { name: 'Signer : Devis — bilan de compétences' }).click();
      await beneficiary
        .locator('.error-summary')
        .getByRole('link', { name: /Cochez la case pour signer le document./ })
        .waitFor();
      await checkPage(beneficiary, '55-mes-documents-erreur', { title: 'Erreur – Mes documents' });
      await beneficiary.getByRole('checkbox').check();
      await beneficiary.getByRole('button', { name: 'Signer : Devis — bilan de compétences' }).click();
      await beneficiary.getByText('Le document « Devis — bilan de compétences » est signé.').waitFor();
      await beneficiary.getByRole('cell', { name: /Bénéficiaire : signé le .* par Bruno Lefèvre/ }).waitFor();
      await beneficiary.getByRole('link', { name: /Copie signée : Devis/ }).waitFor();
      await checkPage(beneficiary, '56-mes-documents-signe', { title: 'Mes documents' });

      await consultant.getByRole('link', { name: 'Suivi administratif pour le financeur ou l’employeur' }).click();
      await consultant
        .getByRole('heading', { level: 1, name: 'Suivi administratif pour le financeur : Bruno Lefèvre' })
        .waitFor();
      await expectFocusOnHeading(consultant, 'Suivi administratif pour le financeur : Bruno Lefèvre');
      await checkPage(consultant, '57-suivi-financeur', {
        title: 'Suivi administratif pour le financeur : Bruno Lefèvre',
      });
    },
  );

  it('lets the employer sign the convention through the link they received', { timeout: 300_000 }, async () => {
    const consultant = await loginPage(seed.consultant.email);
    await consultant.waitForURL('**/consultant');
    await saveEmployerFinancing(consultant, employerBilanId, ['Acme Industrie', 'Marc Martin', 'rh@acme.fr']);
    await openDossierSection(consultant, employerBilanId, 'financement');
    await consultant.getByRole('button', { name: 'Produire : Convention tripartite de bilan de compétences' }).click();
    await consultant.getByText(/Le document « Convention tripartite de bilan de compétences » est produit/).waitFor();
    await consultant.getByText(/Signature de la ou du salarié·e possible jusqu’au/).waitFor();
    await checkPage(consultant, '58-bilan-convention', { title: 'Bilan de Inès Moreau' });

    const mail = await isolated.db
      .selectFrom('outbox_emails')
      .select('text_body')
      .where('kind', '=', 'convention_to_sign')
      .executeTakeFirstOrThrow();
    const link = /(\/signature\/[A-Za-z0-9_-]+)/.exec(mail.text_body)![1]!;
    const context = await browser.newContext({
      baseURL: isolated.app.url,
      locale: 'fr-FR',
      timezoneId: 'Europe/Paris',
    });
    const employer = await context.newPage();
    await employer.goto(link);
    await employer
      .getByText(/vous invite à signer la convention tripartite du bilan de compétences de Inès Moreau/)
      .waitFor();
    await expectPreview(employer, 'Acme Industrie');
    await expectBeside(employer);
    await checkPage(employer, '59-signature-employeur', { title: 'Signature de la convention' });
    await expectStackedOnPhone(employer, '59-signature-employeur');
    await employer.getByLabel('Prénom et nom').fill('Marc Martin');
    await employer.getByRole('checkbox').check();
    await employer.getByRole('button', { name: 'Signer : Convention tripartite de bilan de compétences' }).click();
    await employer.getByText(/est signé. Merci/).waitFor();
    await checkPage(employer, '60-signature-employeur-faite', { title: 'Signature de la convention' });
    await employer.goto(link);
    await employer
      .getByText('Ce lien de signature a expiré ou a déjà été utilisé. Demandez un nouveau lien à l’organisme.')
      .waitFor();

    // Abandonment produces the certificat de réalisation, listed with the documents.
    await openDossierSection(consultant, employerBilanId, '');
    await consultant.getByRole('button', { name: 'Enregistrer un abandon…' }).click();
    await consultant.getByLabel('Raison de l’abandon').fill('Reprise d’un emploi');
    await consultant.getByRole('button', { name: 'Confirmer l’abandon' }).click();
    await consultant.getByText('L’abandon du bilan est enregistré.').waitFor();
    await openDossierSection(consultant, employerBilanId, 'financement');
    await consultant.getByRole('rowheader', { name: /Certificat de réalisation \(version 1\)/ }).waitFor();
    await checkPage(consultant, '61-bilan-abandon-certificat', { title: 'Bilan de Inès Moreau' });
    const certificate = await consultant.request.get(
      (await consultant.getByRole('link', { name: /PDF : Certificat de réalisation/ }).getAttribute('href')) ?? '',
    );
    expect(certificate.headers()['content-type']).toBe('application/pdf');
  });

  it(
    'lets the named employer signatory sign the convention in person, on the consultant’s screen; previews a listed document',
    { timeout: 300_000 },
    async () => {
      const employee = await seedUser(isolated.db, seed.organisation.id, 'beneficiary', 'Léa', 'Garnier');
      const bilanId = (
        await isolated.db
          .insertInto('bilans')
          .values({
            organisation_id: seed.organisation.id,
            beneficiary_id: employee.id,
            consultant_id: seed.consultant.id,
            financing: 'employer_plan',
            planned_accompaniment_minutes: 1200,
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
      const consultant = await loginPage(seed.consultant.email);
      await consultant.waitForURL('**/consultant');
      await saveEmployerFinancing(consultant, bilanId, [
        'Boulangeries Réunies',
        'Paul Bernard',
        'direction@boulangeries.fr',
      ]);
      await openDossierSection(consultant, bilanId, 'financement');
      await consultant
        .getByRole('button', { name: 'Produire : Convention tripartite de bilan de compétences' })
        .click();
      await consultant.getByText(/Le document « Convention tripartite de bilan de compétences » est produit/).waitFor();

      await consultant.getByRole('button', { name: 'Faire signer l’employeur sur place' }).click();
      await consultant.getByRole('heading', { name: /Signature de l’employeur sur place/ }).waitFor();
      await expectPreview(consultant, 'Boulangeries Réunies');
      await expectBeside(consultant);
      await checkPage(consultant, '61b-convention-signature-sur-place', { title: 'Bilan de Léa Garnier' });
      await consultant.getByLabel('Prénom et nom').fill('Jean Autre');
      await consultant.getByRole('checkbox', { name: /en présence de/ }).check();
      await consultant.getByRole('button', { name: 'Signer : Convention tripartite de bilan de compétences' }).click();
      await consultant
        .locator('.error-summary')
        .getByRole('link', { name: /celui de la personne qui signe pour l’employeur : Paul Bernard/ })
        .waitFor();
      await consultant.getByLabel('Prénom et nom').fill('Paul Bernard');
      await consultant.getByRole('button', { name: 'Signer : Convention tripartite de bilan de compétences' }).click();
      await consultant.getByText(/Signature de l’employeur donnée sur place/).waitFor();
      await consultant.getByRole('cell', { name: /Employeur : signé le .* par Paul Bernard/ }).waitFor();
      expect(await consultant.getByRole('button', { name: 'Faire signer l’employeur sur place' }).count()).toBe(0);

      // The organisation signs beside the convention's pages too.
      await consultant
        .getByRole('button', { name: 'Signer pour l’organisme : Convention tripartite de bilan de compétences' })
        .click();
      await expectPreview(consultant, 'Paul Bernard');
      await expectBeside(consultant);
      await checkPage(consultant, '61c-convention-signature-organisme', { title: 'Bilan de Léa Garnier' });
      await expectStackedOnPhone(consultant, '61c-convention-signature-organisme');

      // « Aperçu » shows a listed document in the page, not in a new tab.
      await consultant
        .getByRole('button', { name: 'Aperçu : Convention tripartite de bilan de compétences, version 1' })
        .click();
      const panel = consultant.locator('.document-preview-panel');
      await expectFocusOnHeading3(consultant, 'Aperçu : Convention tripartite de bilan de compétences (version 1)');
      await expectPreview(consultant, 'Boulangeries Réunies', panel);
      await checkPage(consultant, '61d-convention-apercu', { title: 'Bilan de Léa Garnier' });
      await panel.getByRole('button', { name: 'Fermer l’aperçu' }).click();
      await expect.poll(() => consultant.evaluate(() => document.activeElement?.id ?? '')).toMatch(/^apercu-/);
      expect(await panel.count()).toBe(0);
    },
  );
});
