/**
 * Intake in Chromium: the admin fills the organisation's profile and an offer and publishes the
 * page; a visitor sends the contact form; the admin sees the lead and assigns it; the consultant
 * plans and records the entretien préalable, then converts the lead into a bilan. axe-core on
 * every page, screenshots in tests/e2e/screenshots.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../setup/browser.ts';
import { checkPage } from '../support/a11y.ts';
import { fillDate, fillTime } from '../support/date-fields.ts';
import {
  frenchPage,
  seedUser,
  signedInPage,
  startIsolatedApp,
  type IsolatedApp,
  type SeededPerson,
} from '../support/e2e-app.ts';
import { insertOrganisation } from '../../src/organisation/data/organisation-repository.ts';

const skip = inject('e2eSkip');
const postgresUrl = inject('e2ePostgresUrl');
const DAY = 24 * 3_600_000;
const parisDay = (at: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(at);

describe.skipIf(Boolean(skip))('intake: public page, contact form, leads, entretien préalable', () => {
  let browser: Browser;
  let isolated: IsolatedApp;
  let admin: SeededPerson;
  let consultant: SeededPerson;
  let organisationId: string;

  beforeAll(async () => {
    isolated = await startIsolatedApp(postgresUrl);
    const organisation = await insertOrganisation(isolated.db, 'Cap Avenir Conseil', new Date());
    organisationId = organisation.id;
    admin = await seedUser(isolated.db, organisation.id, 'admin', 'Alice', 'Martin');
    consultant = await seedUser(isolated.db, organisation.id, 'consultant', 'Claire', 'Dubois');
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await isolated?.stop();
  });

  const newPage = () => frenchPage(browser, isolated.app.url);

  const loginPage = (email: string) => signedInPage(browser, isolated.app.url, email);

  it('walks from the profile to a bilan', async () => {
    // 1. The admin: Qualiopi warning on the home, profile, offer, public page.
    const adminPage = await loginPage(admin.email);
    await adminPage.getByText('La date d’expiration du certificat Qualiopi n’est pas renseignée').waitFor();
    await checkPage(adminPage, '40-admin-accueil-qualiopi', { title: 'Équipe de consultant·es' });
    await adminPage.getByRole('link', { name: 'Organisme', exact: true }).click();
    await adminPage.getByLabel('Raison sociale').waitFor();
    await adminPage.getByLabel('Publier la page de l’organisme et son formulaire de contact').check();
    await adminPage.getByRole('button', { name: 'Enregistrer le profil' }).click();
    await adminPage.locator('.error-summary').waitFor();
    await expect.poll(() => adminPage.locator('.error-summary li').count()).toBe(4);
    await checkPage(adminPage, '41-admin-organisme-erreurs', { title: 'Erreur – Profil de l’organisme' });

    await adminPage.getByLabel('Raison sociale').fill('Cap Avenir SARL');
    await adminPage.getByLabel('SIRET').fill('123 456 789 00012');
    await adminPage.getByLabel('Adresse (facultatif)', { exact: true }).fill('12 rue de la République');
    await adminPage.getByLabel('Code postal').fill('69002');
    await adminPage.getByLabel('Ville').fill('Lyon');
    await adminPage.getByLabel('Adresse e-mail de contact').fill('contact@cap-avenir.fr');
    await adminPage.getByLabel('Numéro de déclaration d’activité (NDA)').fill('84 69 12345 69');
    await adminPage.getByLabel('Numéro du certificat Qualiopi').fill('QUAL-2025-0042');
    await adminPage.getByLabel('Organisme certificateur').fill('Certif Exemple');
    await adminPage
      .getByLabel('Périmètre de certification')
      .fill('Actions permettant de faire un bilan de compétences');
    await fillDate(
      adminPage.getByRole('group', { name: 'Date d’expiration du certificat' }),
      parisDay(new Date(Date.now() + 60 * DAY)),
    );
    await adminPage.getByLabel('Nom du ou de la référent·e handicap').fill('Inès Moreau');
    await adminPage.getByLabel('Adresse e-mail du ou de la référent·e handicap').fill('handicap@cap-avenir.fr');
    await adminPage
      .getByLabel('Conditions d’accessibilité')
      .fill('Locaux de plain-pied, accessibles en fauteuil ; séances à distance possibles.');
    await adminPage.getByLabel('Délai de première réponse (jours)').fill('2');
    await adminPage.getByLabel('Délai du premier rendez-vous (jours)').fill('10');
    await adminPage.getByRole('button', { name: 'Enregistrer le profil' }).click();
    await adminPage.getByText('Le profil est enregistré.').waitFor();
    // Beside the button just used, inside the window: not at the top of a long form, off screen.
    const saved = await adminPage.getByText('Le profil est enregistré.').boundingBox();
    expect(saved && saved.y >= 0 && saved.y + saved.height <= adminPage.viewportSize()!.height).toBe(true);
    await adminPage.getByText(/Le certificat Qualiopi expire dans 60 jours/).waitFor();
    await checkPage(adminPage, '42-admin-organisme-enregistre', { title: 'Profil de l’organisme' });

    await adminPage.getByRole('link', { name: 'Offres', exact: true }).click();
    await adminPage.getByLabel('Intitulé').fill('Bilan de compétences 24 h, mixte');
    await adminPage.getByLabel('Heures de travail personnel').fill('8');
    await adminPage.getByLabel('Modalité').selectOption('mixed');
    await adminPage.getByLabel('Lieux (facultatif)').fill('12 rue de la République, Lyon');
    await adminPage.getByLabel('Prix TTC (en euros)').fill('18OO');
    await adminPage.getByLabel('Délai d’accès').fill('Début possible 15 jours après l’entretien préalable');
    await adminPage.getByRole('button', { name: 'Ajouter l’offre' }).click();
    await adminPage.getByRole('link', { name: /Prix TTC \(en euros\) : Indiquez un prix TTC/ }).waitFor();
    await checkPage(adminPage, '43-admin-offre-erreur', { title: 'Erreur – Offres de bilan' });
    await adminPage.getByLabel('Prix TTC (en euros)').fill('1 800');
    await adminPage.getByRole('button', { name: 'Ajouter l’offre' }).click();
    await adminPage.getByText('L’offre « Bilan de compétences 24 h, mixte » est ajoutée.').waitFor();
    await adminPage.getByRole('rowheader', { name: 'Bilan de compétences 24 h, mixte' }).waitFor();
    await checkPage(adminPage, '44-admin-offres', { title: 'Offres de bilan' });

    // 2. A visitor, not signed in, from a newsletter link.
    const visitor = await newPage();
    await visitor.goto('/organismes/cap-avenir-conseil?utm_source=newsletter&utm_campaign=automne');
    await visitor.getByRole('heading', { name: 'Bilan de compétences 24 h, mixte' }).waitFor();
    await visitor.getByText('Déclaration d’activité enregistrée sous le numéro 84691234569').waitFor();
    await visitor.getByText(/Votre référent·e handicap : Inès Moreau/).waitFor();
    // L6323-8-1: no field for a CPF balance, a Mon Compte Formation login or a social security number.
    const fieldNames = await visitor
      .locator('form input, form select, form textarea')
      .evaluateAll((els) =>
        els.map((e) => `${e.getAttribute('name')} ${e.id} ${(e as HTMLInputElement).labels?.[0]?.textContent ?? ''}`),
      );
    expect(fieldNames.length).toBeGreaterThan(8);
    expect(
      fieldNames.filter((f) =>
        /cpf|solde|compte formation|identifiant|mot de passe|sécurité sociale|\bsecu\b|\bnir\b/i.test(f),
      ),
    ).toEqual([]);
    await checkPage(visitor, '45-page-publique', { title: 'Cap Avenir Conseil' });
    await visitor.getByRole('button', { name: 'Envoyer ma demande' }).click();
    await visitor.locator('.error-summary').waitFor();
    await checkPage(visitor, '46-page-publique-erreurs', { title: 'Erreur – Cap Avenir Conseil' });
    await visitor.getByLabel('Prénom').fill('Bruno');
    await visitor.getByLabel('Nom', { exact: true }).fill('Lefèvre');
    await visitor.getByLabel('Adresse e-mail', { exact: true }).fill('bruno.lefevre@exemple.fr');
    await visitor
      .getByLabel('Votre message')
      .fill('Quinze ans dans la logistique ; je voudrais faire le point avant de changer de métier.');
    await visitor.getByLabel('Modalité souhaitée').selectOption('mixed');
    await visitor
      .getByLabel('Offre qui vous intéresse (facultatif)')
      .selectOption({ label: 'Bilan de compétences 24 h, mixte' });
    await visitor.getByLabel('Comment nous avez-vous connus ?').selectOption('word_of_mouth');
    await visitor.getByRole('checkbox').check();
    await visitor.getByRole('button', { name: 'Envoyer ma demande' }).click();
    await visitor.getByText('Votre demande est envoyée.', { exact: false }).waitFor();
    await checkPage(visitor, '47-page-publique-envoyee', { title: 'Cap Avenir Conseil' });
    const mails = await isolated.db
      .selectFrom('outbox_emails')
      .select(['kind', 'to_address'])
      .where('organisation_id', '=', organisationId)
      .where('kind', 'like', 'lead_%')
      .orderBy('kind')
      .execute();
    expect(mails).toEqual([
      { kind: 'lead_acknowledgement', to_address: 'bruno.lefevre@exemple.fr' },
      { kind: 'lead_received', to_address: admin.email },
    ]);

    // 3. The admin sees the lead and assigns it.
    await adminPage.getByRole('link', { name: 'Demandes', exact: true }).click();
    await adminPage.getByRole('link', { name: 'Bruno Lefèvre' }).waitFor();
    await adminPage
      .getByRole('row', { name: /Bruno Lefèvre/ })
      .getByText('Non lue')
      .waitFor();
    await checkPage(adminPage, '48-demandes', { title: 'Demandes reçues' });
    await adminPage.getByRole('link', { name: 'Bruno Lefèvre' }).click();
    await adminPage.getByText('utm_source = newsletter, utm_campaign = automne').waitFor();
    await adminPage.getByLabel('Consultant·e').selectOption({ label: 'Claire Dubois' });
    await adminPage.getByRole('button', { name: 'Attribuer' }).click();
    await adminPage.getByText('L’attribution est enregistrée.').waitFor();
    await adminPage.getByText(/Attribuée à Claire Dubois, par/).waitFor();
    await adminPage.getByRole('button', { name: 'Marquer comme contactée' }).click();
    await adminPage.getByText('La demande est marquée comme contactée.').waitFor();
    await checkPage(adminPage, '49-demande-admin', { title: 'Demande de Bruno Lefèvre' });

    // 4. The consultant plans the entretien préalable, then records it and converts the lead.
    const consultantPage = await loginPage(consultant.email);
    await consultantPage.getByRole('link', { name: 'Demandes', exact: true }).click();
    await consultantPage.getByRole('link', { name: 'Bruno Lefèvre' }).click();
    await consultantPage.getByRole('button', { name: 'Planifier l’entretien préalable' }).click();
    await fillDate(
      consultantPage.getByRole('group', { name: 'Date', exact: true }),
      parisDay(new Date(Date.now() - 10 * DAY)),
    );
    await fillTime(consultantPage.getByRole('group', { name: 'Heure de début' }), '10:00');
    await fillTime(consultantPage.getByRole('group', { name: 'Heure de fin' }), '10:45');
    await consultantPage.getByLabel('Modalité').selectOption('phone');
    await consultantPage.getByRole('button', { name: 'Planifier l’entretien' }).click();
    await consultantPage.getByRole('link', { name: /Date : Cette date est trop ancienne/ }).waitFor();
    await checkPage(consultantPage, '50-entretien-date-passee', { title: 'Erreur – Demande de Bruno Lefèvre' });
    await fillDate(
      consultantPage.getByRole('group', { name: 'Date', exact: true }),
      parisDay(new Date(Date.now() + 3 * DAY)),
    );
    await consultantPage.getByRole('button', { name: 'Planifier l’entretien' }).click();
    await consultantPage.getByText('L’entretien préalable est planifié.').waitFor();
    await checkPage(consultantPage, '51-entretien-planifie', { title: 'Demande de Bruno Lefèvre' });

    // The entretien takes place: moved to an hour ago in the database (no waiting three days).
    const now = Date.now();
    await isolated.db
      .updateTable('lead_interviews')
      .set({ starts_at: new Date(now - 3_600_000), ends_at: new Date(now - 900_000) })
      .execute();
    await consultantPage.reload();
    await consultantPage
      .getByLabel('Situation de la personne')
      .fill('Chef d’équipe en logistique depuis quinze ans, souhaite changer de métier.');
    await consultantPage
      .getByLabel('Attentes')
      .fill('Identifier des métiers proches, vérifier la faisabilité d’une reconversion.');
    await consultantPage.getByLabel('Conclusion').selectOption('bilan');
    await consultantPage.getByRole('button', { name: 'Enregistrer le compte rendu' }).click();
    await consultantPage.getByText('Le compte rendu de l’entretien préalable est enregistré.').waitFor();
    await consultantPage.getByRole('heading', { name: 'Convertir en bilan' }).waitFor();
    await checkPage(consultantPage, '52-entretien-enregistre', { title: 'Demande de Bruno Lefèvre' });
    await consultantPage.getByLabel('Financement').selectOption('cpf');
    await consultantPage.getByLabel('Heures d’accompagnement prévues').fill('20');
    await consultantPage.getByRole('button', { name: 'Créer le bilan et inviter' }).click();
    await consultantPage.getByRole('heading', { name: 'Bilan de Bruno Lefèvre', level: 1 }).waitFor();
    await checkPage(consultantPage, '53-bilan-depuis-demande', { title: 'Bilan de Bruno Lefèvre' });

    await adminPage.goto('/demandes');
    await adminPage.getByRole('cell', { name: 'Convertie en bilan' }).waitFor();
    const lead = await isolated.db.selectFrom('leads').select(['status', 'bilan_id', 'utm']).executeTakeFirstOrThrow();
    expect(lead).toMatchObject({ status: 'converted', utm: { source: 'newsletter', campaign: 'automne' } });
    expect(lead.bilan_id).toBeTruthy();
  });
});
