/**
 * The whole administrative journey of a bilan in Chromium (issue 3): public contact form → lead →
 * entretien préalable → bilan → the beneficiary activates their account → CPF financing, with a
 * séance refused before the earliest start and accepted on it → quote signed → consent and charter
 * → a séance in each phase, signed by both → hours counter → a séance that would pass 24 h
 * refused → closure blocked with its reasons → an action-plan step → the synthèse drafted, commented,
 * published again, approved and delivered → the follow-up offered → closure, with a certificate of
 * completion whose text holds the administrative facts and none of the bilan's content → the
 * after-bilan sweep plans the follow-up and, once time has moved on, sends the évaluation à froid.
 * axe-core on every page.
 *
 * Time is the only shortcut: once the séances are planned, the test moves them (and the CPF order
 * validation date with them) back in the database, as if the weeks had passed.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { sql } from 'kysely';
import { launchChromium } from '../setup/browser.ts';
import { checkPage, expectFocusOnHeading } from '../support/a11y.ts';
import { fillDate, fillTime } from '../support/date-fields.ts';
import { PDFTOTEXT_MISSING, pdfText } from '../support/pdf-text.ts';
import {
  frenchPage,
  seedUser,
  signedInPage,
  startIsolatedApp,
  type IsolatedApp,
  type SeededPerson,
} from '../support/e2e-app.ts';
import { insertOrganisation } from '../../src/organisation/data/organisation-repository.ts';
import { addDays, daysBetween, parsePlainDate } from '../../src/shared/calendar/plain-date.ts';
import { cpfEarliestStart } from '../../src/financing/domain/cpf-calendar.ts';
import { bilanIdOf, openDossierSection } from '../support/dossier.ts';
import { depsFor } from '../support/deps.ts';
import { SYNTHESE_SECTION_HEADINGS, type SyntheseSectionKey } from '../../src/synthese/domain/content.ts';
import { sweepAfterBilan } from '../../src/after/use-cases/sweep-after-bilan.ts';

const skip = inject('e2eSkip');
const postgresUrl = inject('e2ePostgresUrl');
const DAY = 24 * 3_600_000;
const parisDay = (at: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(at);

describe.skipIf(Boolean(skip))('the bilan journey, from the contact form to the certificate', () => {
  let browser: Browser;
  let isolated: IsolatedApp;
  let admin: SeededPerson;
  let consultantPerson: SeededPerson;
  let organisationId: string;

  beforeAll(async () => {
    isolated = await startIsolatedApp(postgresUrl);
    const organisation = await insertOrganisation(isolated.db, 'Horizons Bilans', new Date());
    organisationId = organisation.id;
    await isolated.db
      .updateTable('organisations')
      .set({
        legal_name: 'Horizons Bilans SAS',
        siret: '12345678900011',
        nda_number: '84691234569',
        address: '3 place Bellecour',
        postal_code: '69002',
        city: 'Lyon',
        contact_email: 'contact@horizons.fr',
        qualiopi_certificate_number: 'Q-2025-77',
        qualiopi_certifier: 'Certif Exemple',
        qualiopi_scope: 'Bilans de compétences',
        qualiopi_expires_on: parisDay(new Date(Date.now() + 400 * DAY)),
        accessibility_contact_name: 'Inès Moreau',
        accessibility_contact_email: 'handicap@horizons.fr',
        commitment_first_answer_days: 2,
        commitment_first_appointment_days: 10,
        public_page_enabled: true,
        vat_regime: 'exempt',
        signatory_name: 'Alice Martin',
        signatory_role: 'directrice',
      })
      .where('id', '=', organisation.id)
      .execute();
    await isolated.db
      .insertInto('offers')
      .values({
        organisation_id: organisation.id,
        title: 'Bilan de compétences 20 h',
        accompaniment_minutes: 1200,
        personal_work_minutes: 480,
        modality: 'in_person',
        places: 'Lyon',
        price_cents: 180000,
        access_delay: 'Sous 15 jours',
      })
      .execute();
    admin = await seedUser(isolated.db, organisation.id, 'admin', 'Alice', 'Martin');
    consultantPerson = await seedUser(isolated.db, organisation.id, 'consultant', 'Claire', 'Dubois');
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await isolated?.stop();
  });

  const newPage = () => frenchPage(browser, isolated.app.url);

  const loginPage = (email: string) => signedInPage(browser, isolated.app.url, email);

  async function planSeance(page: Page, date: string, phase: string, start = '10:00', end = '12:00') {
    await page.getByRole('button', { name: 'Planifier une séance' }).click();
    await fillDate(page.getByRole('group', { name: 'Date', exact: true }), date);
    await fillTime(page.getByRole('group', { name: 'Heure de début' }), start);
    await fillTime(page.getByRole('group', { name: 'Heure de fin' }), end);
    await page.getByLabel('Phase', { exact: true }).selectOption(phase);
    await page.getByLabel('Lieu', { exact: true }).fill('3 place Bellecour, Lyon');
    await page.getByRole('button', { name: 'Planifier', exact: true }).click();
  }

  /** The consultant records the séance as held; the beneficiary signs on the consultant's device, then the consultant. */
  async function holdAndSign(page: Page, rowText: RegExp) {
    // The séance list may be re-rendering after the last change: go by the link's address.
    const href = await page
      .getByRole('row')
      .filter({ hasText: rowText })
      .getByRole('link')
      .first()
      .getAttribute('href');
    await page.goto(href ?? '');
    await page.getByRole('heading', { level: 1, name: /^Séance du/ }).waitFor();
    await page.getByRole('button', { name: 'Marquer comme réalisée' }).click();
    await page.getByRole('button', { name: 'Enregistrer la séance comme réalisée' }).click();
    await page.getByText('La séance est marquée comme réalisée.').waitFor();
    const forms = page.locator('form');
    await forms.nth(0).getByLabel('Prénom et nom').fill('Bruno Lefèvre');
    await forms.nth(0).getByRole('checkbox').check();
    await forms.nth(0).getByRole('button', { name: 'Signer l’émargement' }).click();
    await page.getByText('L’émargement de Bruno Lefèvre est enregistré.').waitFor();
    // The beneficiary's form goes away; the consultant signs in one tap (decision 035).
    await expect.poll(() => forms.count()).toBe(0);
    await page.getByRole('button', { name: /^Je signe l’émargement de la séance du / }).click();
    await page.getByText('La séance est émargée par les deux personnes').waitFor();
    await page.getByRole('link', { name: 'Retour au bilan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bilan de Bruno Lefèvre' }).waitFor();
  }

  /** Types a part of the synthèse's draft and waits for the autosave to acknowledge it. */
  async function writeSynthese(page: Page, key: SyntheseSectionKey, text: string) {
    const section = page.locator('section.synthese-section', {
      has: page.getByRole('heading', { level: 3, name: SYNTHESE_SECTION_HEADINGS[key], exact: true }),
    });
    await section.getByRole('textbox', { name: /^Texte de la partie/ }).fill(text);
    await section
      .getByRole('status')
      .getByText(/^Enregistré à \d{1,2} h \d\d$/)
      .waitFor();
  }

  async function publishSynthese(page: Page, number: number) {
    await page.getByRole('button', { name: `Publier la version ${number} pour relecture` }).click();
    const dialog = page.getByRole('dialog', { name: `Publier la version ${number} pour relecture ?` });
    await dialog.getByRole('button', { name: `Publier la version ${number}` }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('heading', { level: 3, name: `Version ${number}`, exact: true }).waitFor();
  }

  async function coldEvaluations(bilanId: string): Promise<number> {
    const rows = await isolated.db
      .selectFrom('evaluations')
      .select('id')
      .where('bilan_id', '=', bilanId)
      .where('kind', '=', 'froid')
      .execute();
    return rows.length;
  }

  async function moveToNextPhase(page: Page, label: string, done: string) {
    await page.getByRole('button', { name: label }).click();
    await page.getByRole('button', { name: 'Confirmer' }).click();
    await page.getByText(done).waitFor();
  }

  it('walks the journey', async () => {
    // 1. A visitor writes through the public page.
    const visitor = await newPage();
    await visitor.goto('/organismes/horizons-bilans?utm_source=salon');
    await visitor.getByRole('heading', { name: 'Bilan de compétences 20 h' }).waitFor();
    await visitor.getByLabel('Prénom').fill('Bruno');
    await visitor.getByLabel('Nom', { exact: true }).fill('Lefèvre');
    await visitor.getByLabel('Adresse e-mail', { exact: true }).fill('bruno.lefevre@exemple.fr');
    await visitor.getByLabel('Votre message').fill('Je souhaite faire le point sur mon parcours dans la logistique.');
    await visitor.getByLabel('Modalité souhaitée').selectOption('in_person');
    await visitor.getByLabel('Comment nous avez-vous connus ?').selectOption('event');
    await visitor.getByRole('checkbox').check();
    await visitor.getByRole('button', { name: 'Envoyer ma demande' }).click();
    await visitor.getByText('Votre demande est envoyée.', { exact: false }).waitFor();
    await checkPage(visitor, 'parcours-01-demande-envoyee', { title: 'Horizons Bilans' });

    // 2. The admin assigns the lead; the consultant holds the entretien préalable and converts it.
    const adminPage = await loginPage(admin.email);
    await adminPage.getByRole('link', { name: 'Demandes', exact: true }).click();
    await adminPage.getByRole('link', { name: 'Bruno Lefèvre' }).click();
    await adminPage.getByLabel('Consultant·e').selectOption({ label: 'Claire Dubois' });
    await adminPage.getByRole('button', { name: 'Attribuer' }).click();
    await adminPage.getByText('L’attribution est enregistrée.').waitFor();

    const consultant = await loginPage(consultantPerson.email);
    await consultant.getByRole('link', { name: 'Demandes', exact: true }).click();
    await consultant.getByRole('link', { name: 'Bruno Lefèvre' }).click();
    await consultant.getByRole('button', { name: 'Planifier l’entretien préalable' }).click();
    await fillDate(
      consultant.getByRole('group', { name: 'Date', exact: true }),
      parisDay(new Date(Date.now() + 2 * DAY)),
    );
    await fillTime(consultant.getByRole('group', { name: 'Heure de début' }), '09:00');
    await fillTime(consultant.getByRole('group', { name: 'Heure de fin' }), '09:45');
    await consultant.getByLabel('Modalité').selectOption('phone');
    await consultant.getByRole('button', { name: 'Planifier l’entretien' }).click();
    await consultant.getByText('L’entretien préalable est planifié.').waitFor();
    const now = Date.now();
    await isolated.db
      .updateTable('lead_interviews')
      .set({ starts_at: new Date(now - 3_600_000), ends_at: new Date(now - 900_000) })
      .execute();
    await consultant.reload();
    await consultant.getByLabel('Situation de la personne').fill('Chef d’équipe logistique, quinze ans d’expérience.');
    await consultant.getByLabel('Attentes').fill('Identifier des métiers proches et vérifier une reconversion.');
    await consultant.getByLabel('Conclusion').selectOption('bilan');
    await consultant.getByRole('button', { name: 'Enregistrer le compte rendu' }).click();
    await consultant.getByText('Le compte rendu de l’entretien préalable est enregistré.').waitFor();
    await consultant.getByLabel('Financement').selectOption('cpf');
    // The only offer, after « Aucune offre ».
    await consultant.getByLabel('Offre retenue').selectOption({ index: 1 });
    await consultant.getByLabel('Heures d’accompagnement prévues').fill('20');
    await checkPage(consultant, 'parcours-02-entretien-prealable', { title: 'Demande de Bruno Lefèvre' });
    await consultant.getByRole('button', { name: 'Créer le bilan et inviter' }).click();
    await consultant.getByRole('heading', { name: 'Bilan de Bruno Lefèvre', level: 1 }).waitFor();
    const bilanUrl = consultant.url();

    // 3. The beneficiary activates their account from the e-mailed invitation.
    const invitation = await isolated.db
      .selectFrom('outbox_emails')
      .select('text_body')
      .where('to_address', '=', 'bruno.lefevre@exemple.fr')
      .where('kind', '=', 'invitation_beneficiary')
      .executeTakeFirstOrThrow();
    const beneficiary = await newPage();
    await beneficiary.goto(
      new URL(/https?:\/\/\S+\/invitation\/[A-Za-z0-9_-]+/.exec(invitation.text_body)?.[0] ?? '').pathname,
    );
    await beneficiary.getByLabel('Choisissez votre mot de passe').fill('mon projet avance bien');
    await beneficiary.getByLabel('Confirmez votre mot de passe').fill('mon projet avance bien');
    await beneficiary.getByRole('button', { name: 'Activer mon compte' }).click();
    await beneficiary.getByRole('heading', { level: 1, name: 'Mon bilan de compétences' }).waitFor();

    // 4. CPF financing: a séance before the earliest start is refused, on it accepted.
    const today = parsePlainDate(parisDay(new Date()));
    const earliest = cpfEarliestStart(today);
    const bilanId = bilanIdOf(bilanUrl);
    await openDossierSection(consultant, bilanId, 'financement');
    await consultant.getByText('Modifier les informations de financement').click();
    // The price, modality, place and personal work come from the offer chosen at conversion.
    expect(await consultant.getByLabel('Prix TTC').inputValue()).toBe('1800,00');
    await fillDate(consultant.getByRole('group', { name: 'Début prévu' }), earliest);
    await fillDate(consultant.getByRole('group', { name: 'Fin prévue' }), addDays(earliest, 60));
    await consultant.getByLabel('Le bilan se déroule').selectOption('outside');
    await consultant.getByLabel('Numéro de dossier CPF').fill('CPF-2026-009911');
    await fillDate(consultant.getByRole('group', { name: 'Date de validation de la commande' }), today);
    await consultant.getByLabel('Bilan financé sur fonds publics ces dernières années').selectOption('none');
    await consultant.getByRole('button', { name: 'Enregistrer le financement' }).click();
    await consultant.getByText('Le financement est enregistré.').waitFor();
    await openDossierSection(consultant, bilanId, 'seances');
    await planSeance(consultant, addDays(earliest, -1), 'preliminaire');
    await consultant
      .locator('.error-summary')
      .getByRole('link', { name: /Le bilan peut commencer au plus tôt le/ })
      .waitFor();
    await checkPage(consultant, 'parcours-03-seance-avant-debut-cpf', { title: 'Erreur – Bilan de Bruno Lefèvre' });
    await fillDate(consultant.getByRole('group', { name: 'Date', exact: true }), earliest);
    await consultant.getByRole('button', { name: 'Planifier', exact: true }).click();
    await consultant
      .getByText('La séance est planifiée ; la ou le bénéficiaire reçoit l’invitation par courriel.')
      .waitFor();

    // 5. The quote, produced by the consultant and signed by the beneficiary.
    await openDossierSection(consultant, bilanId, 'financement');
    await consultant.getByRole('button', { name: 'Produire : Devis — bilan de compétences' }).click();
    await consultant.getByText(/Le document « Devis — bilan de compétences » est produit/).waitFor();
    await beneficiary.getByRole('link', { name: 'Lire et signer mes documents' }).click();
    await expectFocusOnHeading(beneficiary, 'Mes documents');
    await beneficiary.getByLabel('Prénom et nom').fill('Bruno Lefèvre');
    await beneficiary.getByRole('checkbox').check();
    await beneficiary.getByRole('button', { name: 'Signer : Devis — bilan de compétences' }).click();
    await beneficiary.getByText('Le document « Devis — bilan de compétences » est signé.').waitFor();
    await checkPage(beneficiary, 'parcours-04-devis-signe', { title: 'Mes documents' });

    // 6. Consent and charter.
    await beneficiary.goto('/mon-bilan');
    await beneficiary.getByRole('link', { name: 'Lire la notice d’information et donner votre réponse' }).click();
    await beneficiary.getByRole('button', { name: 'Je consens à réaliser mon bilan de compétences' }).click();
    await beneficiary.getByText('Merci : votre consentement est enregistré.').waitFor();
    await beneficiary.getByRole('link', { name: 'Retour à mon bilan' }).click();
    await beneficiary.getByRole('link', { name: 'Lire et signer la charte des engagements réciproques' }).click();
    await beneficiary.getByLabel('Prénom et nom').fill('Bruno Lefèvre');
    await beneficiary.getByRole('checkbox').check();
    await beneficiary.getByRole('button', { name: 'Signer la charte' }).click();
    await beneficiary.getByText('La charte des engagements réciproques est signée.').waitFor();

    await consultant.goto(bilanUrl);
    await consultant.getByRole('button', { name: 'Signer la charte' }).click();
    await consultant.getByLabel('Prénom et nom').fill('Claire Dubois');
    await consultant.getByLabel('J’ai lu la charte des engagements réciproques et je m’engage à la respecter.').check();
    await consultant.getByRole('button', { name: 'Signer la charte' }).click();
    await consultant.getByText('La charte des engagements réciproques est signée.').waitFor();
    await consultant.getByRole('button', { name: 'Rédiger le compte rendu' }).click();
    await consultant
      .getByLabel('Analyse de la demande et du besoin')
      .fill('SECRET-ANALYSE : souhaite quitter la logistique.');
    await consultant.getByLabel('Format retenu').fill('Individuel, en présentiel.');
    await consultant.getByLabel('Modalités de déroulement convenues').fill('Une séance par semaine, enquêtes métier.');
    await consultant.getByRole('button', { name: 'Enregistrer le compte rendu' }).click();
    await consultant.getByText('Le compte rendu de la phase préliminaire est enregistré.').waitFor();

    // 7. The investigation and conclusion séances; then the weeks pass.
    await openDossierSection(consultant, bilanId, 'seances');
    await planSeance(consultant, addDays(earliest, 7), 'investigation');
    await consultant
      .getByText('La séance est planifiée ; la ou le bénéficiaire reçoit l’invitation par courriel.')
      .waitFor();
    await planSeance(consultant, addDays(earliest, 14), 'conclusion');
    // The confirmation above is still on screen from the previous séance: wait for this one's row,
    // or the weeks below may pass before it is stored.
    await consultant
      .getByRole('row')
      .filter({ hasText: /Phase de conclusion/ })
      .waitFor();
    const shiftDays = daysBetween(today, addDays(earliest, 15));
    const interval = sql`make_interval(days => ${shiftDays})`;
    await isolated.db
      .updateTable('seances')
      .set({ starts_at: sql`starts_at - ${interval}`, ends_at: sql`ends_at - ${interval}` })
      .where('organisation_id', '=', organisationId)
      .execute();
    await isolated.db
      .updateTable('bilan_financings')
      .set({ cpf_validated_on: addDays(today, -shiftDays) })
      .where('organisation_id', '=', organisationId)
      .execute();
    await consultant.reload();

    // 8. A séance in each phase, held and signed by both; the phases move on (on the overview).
    await holdAndSign(consultant, /Phase préliminaire/);
    await moveToNextPhase(
      consultant,
      'Passer en phase d’investigation',
      'Le bilan est passé en phase d’investigation.',
    );
    await openDossierSection(consultant, bilanId, 'seances');
    await holdAndSign(consultant, /Phase d’investigation/);
    await consultant.getByLabel('Projet professionnel construit et vérifié, ou pistes alternatives élaborées').click();
    await consultant
      .getByText(/Projet professionnel construit et vérifié, ou pistes alternatives élaborées » : fait/)
      .waitFor();
    await moveToNextPhase(consultant, 'Passer en phase de conclusion', 'Le bilan est passé en phase de conclusion.');
    await openDossierSection(consultant, bilanId, 'seances');
    await holdAndSign(consultant, /Phase de conclusion/);

    // 9. The hours counter, and a séance that would pass 24 h refused.
    await openDossierSection(consultant, bilanId, 'seances');
    await consultant.getByText(/Accompagnement : 6\sh réalisées et émargées/).waitFor();
    const base = new Date(`${addDays(today, 30)}T08:00:00Z`).getTime();
    for (let week = 0; week < 8; week++) {
      await isolated.db
        .insertInto('seances')
        .values({
          organisation_id: organisationId,
          bilan_id: bilanId,
          consultant_id: consultantPerson.id,
          phase: 'conclusion',
          mode: 'in_person',
          place: 'Lyon',
          starts_at: new Date(base + week * 7 * DAY),
          ends_at: new Date(base + week * 7 * DAY + 2 * 3_600_000),
          status: 'planned',
        })
        .execute();
    }
    await consultant.reload();
    // 22 h planned on a bilan planned at 20 h: nothing left against its hours, 2 h before the law's 24 h.
    await consultant.getByText(/il reste 0\sh à planifier sur les 20\sh prévues \(maximum légal : 24\sh\)/).waitFor();
    await planSeance(consultant, addDays(today, 20), 'conclusion', '09:00', '12:00');
    await consultant.locator('.error-summary').getByText(/24\sh/).first().waitFor();
    await checkPage(consultant, 'parcours-05-seance-au-dela-de-24h', { title: 'Erreur – Bilan de Bruno Lefèvre' });
    await openDossierSection(consultant, bilanId, '');

    // 10. Closure is blocked with its reasons: the synthèse is not delivered, the follow-up not offered.
    await consultant.getByText('Clôturer le bilan n’est pas encore possible :').waitFor();
    await consultant
      .getByText(/Document de synthèse remis au ou à la bénéficiaire/)
      .first()
      .waitFor();
    await checkPage(consultant, 'parcours-06-cloture-bloquee', { title: 'Bilan de Bruno Lefèvre' });

    // 11. The action plan: one step, by the consultant.
    await openDossierSection(consultant, bilanId, 'plan-d-action');
    await consultant.getByRole('button', { name: 'Ajouter une étape à court terme' }).click();
    const step = consultant.getByRole('group', { name: 'Nouvelle étape' });
    await step.getByRole('textbox', { name: /^Étape/ }).fill('Rencontrer deux responsables d’entrepôt');
    await step.getByRole('button', { name: 'Enregistrer et fermer' }).click();
    await consultant.getByRole('heading', { level: 4, name: 'Rencontrer deux responsables d’entrepôt' }).waitFor();

    // 12. The synthèse: drafted, published, commented, answered, published again, approved, delivered.
    await openDossierSection(consultant, bilanId, 'synthese');
    await writeSynthese(consultant, 'circonstances', 'Bruno souhaite quitter la logistique pour un métier de conseil.');
    await writeSynthese(consultant, 'projets', 'Devenir conseiller en insertion, à Lyon.');
    await publishSynthese(consultant, 1);
    await beneficiary.goto('/mon-bilan');
    await beneficiary
      .getByRole('link', { name: 'Relire votre document de synthèse (version 1) et l’approuver' })
      .click();
    await beneficiary.getByRole('heading', { level: 2, name: 'Version 1' }).waitFor();
    await beneficiary
      .getByRole('button', { name: `Commenter cette partie « ${SYNTHESE_SECTION_HEADINGS.projets} »` })
      .click();
    await beneficiary.getByRole('textbox', { name: 'Votre commentaire' }).fill('Plutôt en Savoie qu’à Lyon.');
    await beneficiary.getByRole('button', { name: 'Envoyer le commentaire' }).click();
    await beneficiary.getByText('Plutôt en Savoie qu’à Lyon.').waitFor();
    await consultant.reload();
    await consultant
      .getByRole('button', { name: `Répondre au commentaire sur « ${SYNTHESE_SECTION_HEADINGS.projets} »` })
      .click();
    await consultant.getByRole('textbox', { name: 'Votre réponse' }).fill('C’est corrigé dans la version 2.');
    await consultant.getByRole('button', { name: 'Envoyer la réponse' }).click();
    await consultant.getByText('C’est corrigé dans la version 2.').waitFor();
    await writeSynthese(consultant, 'projets', 'Devenir conseiller en insertion, en Savoie.');
    await publishSynthese(consultant, 2);
    await checkPage(consultant, 'parcours-07-synthese-redaction', { title: 'Bilan de Bruno Lefèvre' });
    await beneficiary.reload();
    await beneficiary.getByRole('heading', { level: 2, name: 'Version 2' }).waitFor();
    await beneficiary.getByRole('textbox', { name: 'Prénom et nom' }).fill('Bruno Lefèvre');
    await beneficiary.getByRole('checkbox', { name: /^J’ai lu la version 2 de ma synthèse/ }).check();
    await beneficiary.getByRole('button', { name: 'Approuver cette version (version 2)' }).click();
    await beneficiary.getByRole('heading', { level: 2, name: 'Remise de votre synthèse' }).waitFor();
    await checkPage(beneficiary, 'parcours-08-synthese-approuvee', { title: 'Ma synthèse' });
    await consultant.reload();
    await consultant.getByText(/La version 2 a été approuvée le .* par Bruno Lefèvre/).waitFor();
    await consultant.getByRole('combobox', { name: 'Mode de remise' }).selectOption({ label: 'Remise en main propre' });
    await consultant.getByRole('button', { name: 'Enregistrer la remise' }).click();
    await consultant.getByText('Pas encore confirmé par la ou le bénéficiaire').waitFor();

    // 13. The follow-up is offered and accepted; the bilan is closed normally, and its certificate says so.
    await openDossierSection(consultant, bilanId, 'suivi');
    await consultant.getByRole('button', { name: 'Proposer l’entretien de suivi' }).click();
    await consultant.getByText('L’entretien de suivi est proposé', { exact: false }).first().waitFor();
    await beneficiary.goto('/mon-bilan');
    await beneficiary.getByRole('button', { name: 'Oui, je souhaite un entretien de suivi' }).click();
    await beneficiary.getByText('Vous avez accepté.').waitFor();
    await openDossierSection(consultant, bilanId, '');
    await moveToNextPhase(consultant, 'Clôturer le bilan', 'Le bilan est clôturé.');
    await openDossierSection(consultant, bilanId, 'financement');
    await consultant.getByRole('rowheader', { name: /Certificat de réalisation \(version 1\)/ }).waitFor();
    await checkPage(consultant, 'parcours-09-cloture-certificat', { title: 'Bilan de Bruno Lefèvre' });
    const certificate = await consultant.request.get(
      (await consultant.getByRole('link', { name: /PDF : Certificat de réalisation/ }).getAttribute('href')) ?? '',
    );
    expect(certificate.headers()['content-type']).toBe('application/pdf');
    if (!PDFTOTEXT_MISSING) {
      const text = pdfText(await certificate.body()).replace(/\s+/g, ' ');
      expect(text).toContain('Bruno Lefèvre');
      expect(text).toContain('Horizons Bilans');
      expect(text).toMatch(/Accompagnement réalisé et émargé 6\s?h/);
      expect(text).toContain('Bilan mené à son terme');
      expect(text).not.toMatch(/abandon/i);
      // No content of the bilan on an administrative document: neither the analysis nor the synthèse.
      expect(text).not.toContain('SECRET-ANALYSE');
      expect(text).not.toContain('conseiller en insertion');
    }

    // 14. Time moves on: the after-bilan sweep plans the follow-up, then sends the évaluation à froid.
    const sweepDeps = depsFor(isolated.db, { publicUrl: isolated.app.url });
    await sweepAfterBilan(sweepDeps, new Date());
    const followUp = await isolated.db
      .selectFrom('follow_ups')
      .select(['due_on'])
      .where('bilan_id', '=', bilanId)
      .executeTakeFirstOrThrow();
    expect(followUp.due_on).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(followUp.due_on! > today).toBe(true);
    const coldBefore = await coldEvaluations(bilanId);
    expect(coldBefore).toBe(0);
    await sweepAfterBilan(sweepDeps, new Date(`${addDays(today, 200)}T09:00:00Z`));
    await sweepAfterBilan(sweepDeps, new Date(`${addDays(today, 201)}T09:00:00Z`));
    expect(await coldEvaluations(bilanId)).toBe(1);

    await beneficiary.goto('/mon-bilan/documents');
    await beneficiary
      .getByText(/Certificat de réalisation/)
      .first()
      .waitFor();
    await checkPage(beneficiary, 'parcours-10-beneficiaire-certificat', { title: 'Mes documents' });
  });
});
