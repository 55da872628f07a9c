/**
 * The foundation journey in Chromium: set-up → admin invites a consultant → the consultant
 * accepts, creates a bilan and invites a beneficiary → the beneficiary accepts and sees their
 * bilan → the consultant moves it to investigation. axe-core on every page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../setup/browser.ts';
import { checkPage, expectFocusOnHeading } from '../support/a11y.ts';

const skip = inject('e2eSkip');
const baseUrl = inject('e2eBaseUrl');
if (skip) console.warn(skip);

describe.skipIf(Boolean(skip))('foundation journey', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  async function newPage(): Promise<Page> {
    const context = await browser.newContext({
      baseURL: baseUrl,
      locale: 'fr-FR',
      timezoneId: 'Europe/Paris',
      viewport: { width: 1280, height: 900 },
    });
    contexts.push(context);
    return context.newPage();
  }

  /** The link of the latest e-mail sent to `to`, read by the admin in the outbox page. */
  async function linkFromOutbox(admin: Page, to: string, pathPrefix: string): Promise<string> {
    if (new URL(admin.url()).pathname === '/admin/courriels') await admin.reload();
    else await admin.getByRole('link', { name: 'Courriels' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Courriels envoyés par Sillage' }).waitFor();
    const item = admin
      .locator('li.message')
      .filter({ hasText: `À ${to}` })
      .first();
    await item.locator('summary').click();
    const body = await item.locator('pre').innerText();
    const match = new RegExp(`https?://[^\\s]+${pathPrefix}/[A-Za-z0-9_-]+`).exec(body);
    if (!match) throw new Error(`No link in: ${body}`);
    return new URL(match[0]).pathname;
  }

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
  });

  it('runs from set-up to the investigation phase', async () => {
    // 1. First visit: the set-up form.
    const admin = await newPage();
    await admin.goto('/');
    await admin.waitForURL('**/installation');
    await checkPage(admin, '01-installation', { title: 'Installation de Sillage' });

    // The skip link is the first thing the keyboard reaches, and it leads to the content.
    await admin.keyboard.press('Tab');
    await expect.poll(() => admin.evaluate(() => document.activeElement?.textContent)).toBe('Aller au contenu');

    // An empty submission: the error summary takes focus and names each field.
    await admin.getByRole('button', { name: 'Créer l’espace' }).click();
    const summary = admin.locator('.error-summary');
    await expect
      .poll(() => admin.evaluate(() => document.activeElement?.classList.contains('error-summary')))
      .toBe(true);
    expect(await summary.innerText()).toContain('Nom de l’organisme : Indiquez le nom de l’organisme.');
    await expect.poll(() => admin.title()).toBe('Erreur – Installation de Sillage — Sillage');
    await checkPage(admin, '02-installation-erreurs', { title: 'Erreur – Installation de Sillage' });

    await admin.getByLabel('Nom de l’organisme').fill('Cap Avenir Conseil');
    await admin.getByLabel('Votre prénom').fill('Alice');
    await admin.getByLabel('Votre nom').fill('Martin');
    await admin.getByLabel('Votre adresse e-mail').fill('alice.martin@cap-avenir.fr');
    await admin.getByLabel('Mot de passe').fill('une phrase de passe solide');
    await admin.getByRole('button', { name: 'Créer l’espace' }).click();
    await admin.waitForURL('**/admin');
    await expectFocusOnHeading(admin, 'Équipe de consultant·es');
    await checkPage(admin, '03-admin-equipe', { title: 'Équipe de consultant·es' });

    // 2. The admin invites a consultant.
    await admin.getByLabel('Prénom').fill('Claire');
    await admin.getByLabel('Nom', { exact: true }).fill('Dubois');
    await admin.getByLabel('Adresse e-mail').fill('claire.dubois@cap-avenir.fr');
    await admin.getByRole('button', { name: 'Envoyer l’invitation' }).click();
    await admin.getByText('Invitation envoyée à Claire Dubois.').waitFor();
    await admin.getByRole('cell', { name: /Invitation envoyée, valable jusqu’au/ }).waitFor();
    await checkPage(admin, '04-admin-consultant-invite', { title: 'Équipe de consultant·es' });

    await admin.getByRole('link', { name: 'Invitations en attente' }).click();
    await expectFocusOnHeading(admin, 'Invitations en attente');
    await admin.getByRole('rowheader', { name: /Claire Dubois/ }).waitFor();
    await checkPage(admin, '05-admin-invitations', { title: 'Invitations en attente' });

    const consultantLink = await linkFromOutbox(admin, 'claire.dubois@cap-avenir.fr', '/invitation');
    await checkPage(admin, '06-admin-courriels', { title: 'Courriels envoyés par Sillage' });

    // 3. The consultant accepts and lands on their home.
    const consultant = await newPage();
    await consultant.goto(consultantLink);
    await consultant.getByText('Alice Martin vous invite à rejoindre').waitFor();
    await checkPage(consultant, '07-invitation-consultant', { title: 'Activer votre compte' });
    await consultant.getByLabel('Choisissez votre mot de passe').fill('mon accompagnement 2026');
    await consultant.getByLabel('Confirmez votre mot de passe').fill('mon accompagnement 2026');
    await consultant.getByRole('button', { name: 'Activer mon compte' }).click();
    await consultant.waitForURL('**/consultant');
    // Their « Aujourd'hui » opens first; their list of bilans is « Bilans ».
    await consultant.getByText('Aucun bilan à risque.').waitFor();
    await consultant.getByRole('link', { name: 'Bilans', exact: true }).click();
    await consultant.waitForURL('**/consultant/bilans');
    await consultant.getByRole('heading', { name: 'Aucun bilan en cours' }).waitFor();
    await checkPage(consultant, '08-consultant-accueil-vide', { title: 'Bilans' });

    // 4. They create a bilan, which invites the beneficiary.
    await consultant.getByRole('link', { name: 'Nouveau bilan' }).click();
    await expectFocusOnHeading(consultant, 'Créer un bilan');
    await checkPage(consultant, '09-nouveau-bilan', { title: 'Créer un bilan' });
    await consultant.getByLabel('Prénom').fill('Bruno');
    await consultant.getByLabel('Nom', { exact: true }).fill('Lefèvre');
    await consultant.getByLabel('Adresse e-mail').fill('bruno.lefevre@exemple.fr');
    await consultant.getByLabel('Financement').selectOption('cpf');
    // The CPF does not say who the person is (BPF frame F-1, decision 051): the consultant chooses.
    await consultant.getByLabel('Situation de la ou du bénéficiaire').selectOption('salarie_prive');
    await consultant.getByLabel('Heures d’accompagnement prévues').fill('25');
    await consultant.getByRole('button', { name: 'Créer le bilan et inviter' }).click();
    await consultant
      .locator('.error-summary')
      .getByText(/ne peut pas dépasser 24\sh/)
      .waitFor();
    await checkPage(consultant, '10-nouveau-bilan-erreur', { title: 'Erreur – Créer un bilan' });
    await consultant.getByLabel('Heures d’accompagnement prévues').fill('18,5');
    await consultant.getByRole('button', { name: 'Créer le bilan et inviter' }).click();
    // The new bilan's page opens, then the consultant goes back to their list.
    await consultant.getByRole('heading', { name: 'Bilan de Bruno Lefèvre', level: 1 }).waitFor();
    await consultant.getByText('Le bilan de Bruno Lefèvre est créé et son invitation envoyée.').waitFor();
    await consultant.getByRole('link', { name: 'Retour à mes bilans' }).click();
    await consultant.waitForURL('**/consultant/bilans');
    const row = consultant.getByRole('row', { name: /Bruno Lefèvre/ });
    expect(await row.innerText()).toContain('Préliminaire');
    expect((await row.innerText()).replace(/\u00a0/g, ' ')).toContain('0 h sur 18 h 30');
    expect(await row.innerText()).toContain('en attente de l’activation du compte');
    await checkPage(consultant, '11-consultant-accueil', { title: 'Bilans' });

    // 5. The beneficiary accepts (link forwarded from the outbox) and sees their bilan.
    const beneficiaryLink = await linkFromOutbox(admin, 'bruno.lefevre@exemple.fr', '/invitation');
    const beneficiary = await newPage();
    await beneficiary.goto(beneficiaryLink);
    await beneficiary.getByText('vous invite à rejoindre').waitFor();
    await checkPage(beneficiary, '12-invitation-beneficiaire', { title: 'Activer votre compte' });
    await beneficiary.getByLabel('Choisissez votre mot de passe').fill('mon projet avance bien');
    await beneficiary.getByLabel('Confirmez votre mot de passe').fill('mon projet avance bien');
    await beneficiary.getByRole('button', { name: 'Activer mon compte' }).click();
    await beneficiary.waitForURL('**/mon-bilan');
    await beneficiary.getByText('Bienvenue ! Votre compte est activé.').waitFor();
    expect(await beneficiary.locator('[aria-current="step"]').innerText()).toContain('Phase préliminaire');
    await beneficiary.getByText('Claire Dubois, Cap Avenir Conseil').waitFor();
    await checkPage(beneficiary, '13-beneficiaire-accueil', { title: 'Mon bilan de compétences' });

    // 6. The beneficiary consents and signs the charter; the consultant signs it, records the
    // préliminaire, and moves the bilan to investigation.
    await beneficiary.getByRole('link', { name: 'Lire la notice d’information et donner votre réponse' }).click();
    await expectFocusOnHeading(beneficiary, 'Information et consentement');
    await checkPage(beneficiary, '13a-beneficiaire-consentement', { title: 'Information et consentement' });
    await beneficiary.getByRole('button', { name: 'Je consens à réaliser mon bilan de compétences' }).click();
    await beneficiary.getByText('Merci : votre consentement est enregistré.').waitFor();
    await beneficiary.getByRole('link', { name: 'Retour à mon bilan' }).click();
    await beneficiary.getByRole('link', { name: 'Lire et signer la charte des engagements réciproques' }).click();
    await beneficiary.getByLabel('Prénom et nom').fill('Bruno Lefèvre');
    await beneficiary.getByRole('checkbox').check();
    await checkPage(beneficiary, '13b-beneficiaire-charte', { title: 'Charte des engagements réciproques' });
    await beneficiary.getByRole('button', { name: 'Signer la charte' }).click();
    await beneficiary.getByText('La charte des engagements réciproques est signée.').waitFor();

    await consultant.reload();
    await consultant.getByRole('link', { name: 'Bruno Lefèvre' }).click();
    await expectFocusOnHeading(consultant, 'Bilan de Bruno Lefèvre');
    await consultant.getByText('À faire : Analyse de la demande et du besoin.').waitFor();
    await checkPage(consultant, '14-bilan-preliminaire', { title: 'Bilan de Bruno Lefèvre' });
    // Forms open on demand (issue 11): the charter's signature, then the préliminaire record.
    await consultant.getByRole('button', { name: 'Signer la charte' }).click();
    await consultant.getByLabel('Prénom et nom').fill('Claire Dubois');
    await consultant.getByLabel('J’ai lu la charte des engagements réciproques et je m’engage à la respecter.').check();
    await consultant.getByRole('button', { name: 'Signer la charte' }).click();
    await consultant.getByText('La charte des engagements réciproques est signée.').waitFor();
    await consultant.getByRole('button', { name: 'Rédiger le compte rendu' }).click();
    await consultant
      .getByLabel('Analyse de la demande et du besoin')
      .fill('Souhaite évoluer après quinze ans dans la logistique.');
    await consultant.getByLabel('Format retenu').fill('Individuel, en présentiel, une séance par semaine.');
    await consultant
      .getByLabel('Modalités de déroulement convenues')
      .fill('Huit séances de décembre à février, tests d’intérêts et enquêtes métier.');
    await consultant.getByRole('button', { name: 'Enregistrer le compte rendu' }).click();
    await consultant.getByText('Le compte rendu de la phase préliminaire est enregistré.').waitFor();
    await consultant.getByText('Toutes les conditions pour passer à la phase suivante sont réunies.').waitFor();
    await checkPage(consultant, '14b-bilan-preliminaire-complet', { title: 'Bilan de Bruno Lefèvre' });
    await consultant.getByRole('button', { name: 'Passer en phase d’investigation' }).click();
    await consultant.getByText('Confirmez-vous le passage en phase d’investigation ?').waitFor();
    await checkPage(consultant, '15a-bilan-confirmation', { title: 'Bilan de Bruno Lefèvre' });
    await consultant.keyboard.press('Enter');
    await consultant.getByText('Le bilan est passé en phase d’investigation.').waitFor();
    await expect.poll(() => consultant.locator('[aria-current="step"]').innerText()).toContain('Phase d’investigation');
    // Focus is not lost when the button disappears: it goes to the confirmation message.
    await expect
      .poll(() => consultant.evaluate(() => document.activeElement?.textContent))
      .toBe('Le bilan est passé en phase d’investigation.');
    await consultant.getByText('Phase préliminaire → Phase d’investigation, par Claire Dubois').waitFor();
    await checkPage(consultant, '15-bilan-investigation', { title: 'Bilan de Bruno Lefèvre' });

    await beneficiary.goto('/mon-bilan');
    await beneficiary.getByText('Phase d’investigation.').waitFor();
    await checkPage(beneficiary, '16-beneficiaire-investigation', { title: 'Mon bilan de compétences' });

    // 7. The admin sees who did what in the audit log (no content).
    await admin.getByRole('link', { name: 'Journal d’audit' }).click();
    await admin.getByRole('rowheader', { name: 'Changement de phase' }).waitFor();
    await admin.getByRole('rowheader', { name: 'Dossier de bilan consulté' }).first().waitFor();
    await checkPage(admin, '17-admin-journal', { title: 'Journal d’audit' });
  });

  it('works with the keyboard alone and reflows at 200 % zoom', async () => {
    // 1280 px at 200 % zoom is a 640 CSS px viewport.
    const context = await browser.newContext({
      baseURL: baseUrl,
      locale: 'fr-FR',
      viewport: { width: 640, height: 800 },
    });
    contexts.push(context);
    const page = await context.newPage();
    await page.goto('/connexion');
    await page.getByRole('heading', { level: 1, name: 'Connexion' }).waitFor();
    const tabTo = async (accessibleName: string) => {
      for (let i = 0; i < 15; i++) {
        await page.keyboard.press('Tab');
        const name = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el) return '';
          const label = el instanceof HTMLInputElement ? el.labels?.[0]?.textContent : null;
          return String(el.getAttribute('aria-label') ?? label ?? el.textContent ?? '');
        });
        if (name?.trim() === accessibleName) return;
      }
      throw new Error(`Tab never reached « ${accessibleName} »`);
    };
    await tabTo('Adresse e-mail');
    await page.keyboard.type('claire.dubois@cap-avenir.fr');
    await tabTo('Mot de passe');
    await page.keyboard.type('mon accompagnement 2026');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/consultant');
    await page.getByRole('heading', { level: 1, name: 'Aujourd’hui' }).waitFor();
    for (const path of ['/consultant', '/consultant/bilans', '/consultant/bilans/nouveau', '/connexion']) {
      await page.goto(path);
      await page.locator('h1').waitFor();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `horizontal scrolling on ${path} at 640 px`).toBeLessThanOrEqual(0);
    }
    await page.goto('/consultant/bilans');
    await page.getByRole('row', { name: /Bruno Lefèvre/ }).waitFor();
    await checkPage(page, '18-consultant-zoom-200', { title: 'Bilans' });
  });

  it('serves the public pages accessibly: login, forgotten password, not found', async () => {
    const page = await newPage();
    await page.goto('/connexion');
    await checkPage(page, '20-connexion', { title: 'Connexion' });
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.locator('.error-summary').waitFor();
    await page.getByLabel('Adresse e-mail').fill('alice.martin@cap-avenir.fr');
    await page.getByLabel('Mot de passe').fill('pas le bon');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.locator('.error-summary').getByText('Adresse e-mail ou mot de passe incorrect.').waitFor();
    await checkPage(page, '21-connexion-erreur', { title: 'Erreur – Connexion' });

    await page.getByRole('link', { name: 'Mot de passe oublié ?' }).click();
    await expectFocusOnHeading(page, 'Mot de passe oublié');
    await checkPage(page, '22-mot-de-passe-oublie', { title: 'Mot de passe oublié' });
    await page.getByLabel('Adresse e-mail de votre compte').fill('personne@exemple.fr');
    await page.getByRole('button', { name: 'Recevoir le lien' }).click();
    await page.getByText('Si un compte actif correspond à cette adresse').waitFor();

    await page.goto('/nulle-part');
    await checkPage(page, '23-page-introuvable', { title: 'Page introuvable' });

    await page.goto('/invitation/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
    await page.getByText('Ce lien d’invitation n’est pas valide.').waitFor();
    await checkPage(page, '24-invitation-invalide', { title: 'Invitation indisponible' });
  });
});
