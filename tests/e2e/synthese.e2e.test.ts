/**
 * The document de synthèse in Chromium (issue 14): the consultant takes a passage pre-filled from
 * the dossier into the text, rewrites it and publishes version 1; the beneficiary comments a part;
 * the consultant answers and publishes version 2; the beneficiary, still on version 1, is refused
 * its approval in French, sees what changed and approves version 2 (a signature); the consultant
 * records the delivery; the beneficiary acknowledges it and downloads the PDF (its headings read
 * with pdftotext) and the Word file. axe-core and the phone width on each screen. No ROME import.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../setup/browser.ts';
import { SCREENSHOTS, checkPage, expectFocusOnHeading } from '../support/a11y.ts';
import { openDossierSection } from '../support/dossier.ts';
import { seedBilan, signedInPage, startIsolatedApp, type IsolatedApp } from '../support/e2e-app.ts';
import { sameOriginHeaders } from '../support/server.ts';
import { PDFTOTEXT_MISSING, pdfText } from '../support/pdf-text.ts';
import { SYNTHESE_SECTION_HEADINGS } from '../../src/synthese/domain/content.ts';

const skip = inject('e2eSkip');
const postgresUrl = inject('e2ePostgresUrl');

const TITLE = 'Ma synthèse';
const DOSSIER = 'Bilan de Bruno Lefèvre';

/** A section of the consultant's draft, by its heading. */
const draftSection = (page: Page, key: keyof typeof SYNTHESE_SECTION_HEADINGS) =>
  page.locator('section.synthese-section', {
    has: page.getByRole('heading', { level: 3, name: SYNTHESE_SECTION_HEADINGS[key], exact: true }),
  });

/** Types into a section's text and waits for the autosave to acknowledge it. */
async function write(page: Page, key: keyof typeof SYNTHESE_SECTION_HEADINGS, text: string): Promise<void> {
  const section = draftSection(page, key);
  await section.getByRole('textbox', { name: /^Texte de la partie/ }).fill(text);
  await section
    .getByRole('status')
    .getByText(/^Enregistré à \d{1,2} h \d\d$/)
    .waitFor();
}

/** A toast (its visible copy; the live region repeats it for screen readers). */
const toast = (page: Page, text: string) =>
  page.getByRole('region', { name: 'Notifications' }).getByText(text, { exact: true });

async function publish(page: Page, number: number): Promise<void> {
  await page.getByRole('button', { name: `Publier la version ${number} pour relecture` }).click();
  const dialog = page.getByRole('dialog', { name: `Publier la version ${number} pour relecture ?` });
  await dialog.getByRole('button', { name: `Publier la version ${number}` }).click();
  await dialog.waitFor({ state: 'detached' });
  await page.getByRole('heading', { level: 3, name: `Version ${number}`, exact: true }).waitFor();
}

describe.skipIf(Boolean(skip))('the document de synthèse in the browser', () => {
  let browser: Browser;
  let isolated: IsolatedApp;
  let seed: Awaited<ReturnType<typeof seedBilan>>;

  beforeAll(async () => {
    isolated = await startIsolatedApp(postgresUrl);
    seed = await seedBilan(isolated.db, 'Cap Avenir Synthèse');
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await isolated?.stop();
  });

  it('is written, commented, approved, withdrawn, approved again and delivered', { timeout: 300_000 }, async () => {
    // The consultant: a passage from the dossier taken into the text, rewritten, published.
    const consultant = await signedInPage(browser, isolated.app.url, seed.consultant.email);
    await consultant.getByRole('heading', { level: 1, name: 'Aujourd’hui' }).waitFor();
    await openDossierSection(consultant, seed.bilanId, 'synthese');
    await consultant.getByRole('heading', { level: 2, name: 'Rédaction' }).waitFor();
    await consultant.getByText(/^Aucun passage n’est encore proposé/).waitFor();
    await consultant.getByRole('button', { name: 'Actualiser les propositions' }).click();
    await toast(consultant, 'Les passages proposés sont actualisés d’après le dossier.').waitFor();
    const circonstances = draftSection(consultant, 'circonstances');
    const proposal = circonstances.locator('li.synthese-proposal', { hasText: 'D’après le dossier du bilan' });
    const proposed = (await proposal.locator('blockquote').innerText()).trim();
    expect(proposed.length).toBeGreaterThan(10);
    await check(consultant, 'synthese-1-redaction', DOSSIER);
    await proposal.getByRole('button', { name: /^Reprendre dans le texte/ }).click();
    await proposal.waitFor({ state: 'detached' });
    const text = circonstances.getByRole('textbox', { name: /^Texte de la partie/ });
    await expect.poll(() => text.inputValue()).toContain(proposed.split('\n')[0]!.trim());
    // The beneficiary sees nothing until a version is published: no draft, no proposal.
    const beneficiary = await signedInPage(browser, isolated.app.url, seed.beneficiary.email);
    await beneficiary.getByRole('link', { name: TITLE, exact: true }).first().waitFor();
    const unpublished = await beneficiary.request.get(`/api/bilans/${seed.bilanId}/synthese`);
    expect(await unpublished.json()).toMatchObject({ audience: 'beneficiary', draft: null, versions: [] });
    await write(consultant, 'circonstances', `${await text.inputValue()}\n\nBruno souhaite quitter la boulangerie.`);
    await write(consultant, 'projets', 'Devenir pâtissier à Lyon, en alternance.');
    await publish(consultant, 1);

    // The beneficiary reads version 1 from the home and comments on a part.
    await beneficiary.reload();
    await beneficiary.getByRole('link', { name: TITLE, exact: true }).first().click();
    await expectFocusOnHeading(beneficiary, TITLE);
    await beneficiary.getByRole('heading', { level: 2, name: 'Version 1' }).waitFor();
    await beneficiary.getByText(/Ce document de synthèse est la propriété du ou de la bénéficiaire/).waitFor();
    await beneficiary.getByText('Bruno souhaite quitter la boulangerie.').waitFor();
    expect(await beneficiary.getByText('D’après le dossier du bilan').count()).toBe(0);
    await beneficiary
      .getByRole('button', { name: `Commenter cette partie « ${SYNTHESE_SECTION_HEADINGS.projets} »` })
      .click();
    await beneficiary
      .getByRole('textbox', { name: 'Votre commentaire' })
      .fill('Plutôt boulanger que pâtissier, et à Villeurbanne.');
    await beneficiary.getByRole('button', { name: 'Envoyer le commentaire' }).click();
    await beneficiary.getByText('Plutôt boulanger que pâtissier, et à Villeurbanne.').waitFor();
    await check(beneficiary, 'synthese-2-relecture', TITLE);

    // The consultant answers and publishes version 2.
    await consultant.reload();
    await consultant.getByText('1 commentaire sans réponse').first().waitFor();
    await consultant
      .getByRole('button', { name: `Répondre au commentaire sur « ${SYNTHESE_SECTION_HEADINGS.projets} »` })
      .click();
    await consultant.getByRole('textbox', { name: 'Votre réponse' }).fill('C’est corrigé dans la version 2.');
    await consultant.getByRole('button', { name: 'Envoyer la réponse' }).click();
    await consultant.getByText('C’est corrigé dans la version 2.').waitFor();
    await write(consultant, 'projets', 'Devenir boulanger à Villeurbanne, en alternance.');
    // Saved meanwhile on another device: both versions are offered, the consultant keeps hers.
    const current = (await (await consultant.request.get(`/api/bilans/${seed.bilanId}/synthese`)).json()) as {
      draft: { key: string; revision: number }[];
    };
    const elsewhere = await consultant.request.post(`/api/bilans/${seed.bilanId}/synthese/sections/etapes`, {
      headers: sameOriginHeaders(isolated.app.url),
      data: { revision: current.draft.find((s) => s.key === 'etapes')!.revision, text: 'Texte d’un autre appareil.' },
    });
    expect(elsewhere.status(), await elsewhere.text()).toBe(200);
    const etapes = draftSection(consultant, 'etapes');
    await etapes.getByRole('textbox', { name: /^Texte de la partie/ }).fill('S’inscrire au CAP en alternance.');
    const stale = etapes.getByRole('group', { name: /^Claire Dubois a enregistré une autre version le / });
    await stale.getByText('Texte d’un autre appareil.').waitFor();
    await stale.getByRole('button', { name: 'Garder ma version' }).click();
    await etapes
      .getByRole('status')
      .getByText(/^Enregistré à \d{1,2} h \d\d$/)
      .waitFor();
    await publish(consultant, 2);
    await consultant.getByText('Voir les différences avec la version 1').click();
    await consultant.locator('.synthese-diff ins', { hasText: 'boulanger' }).first().waitFor();
    await check(consultant, 'synthese-3-versions', DOSSIER);

    // The beneficiary, still on version 1, cannot approve it: the French 409, then version 2.
    expect(await beneficiary.getByRole('heading', { level: 2, name: 'Version 1' }).count()).toBe(1);
    await beneficiary.getByRole('textbox', { name: 'Prénom et nom' }).fill('Bruno Lefèvre');
    await beneficiary.getByRole('checkbox', { name: /^J’ai lu la version 1 de ma synthèse/ }).check();
    await beneficiary.getByRole('button', { name: 'Approuver cette version (version 1)' }).click();
    await beneficiary.getByText(/Cette version de la synthèse n’est plus celle à approuver/).waitFor();
    await beneficiary.getByRole('heading', { level: 2, name: 'Version 2' }).waitFor();
    // What changed, not by colour alone: <ins>/<del> with words for screen readers.
    const diff = beneficiary.locator('.synthese-diff');
    await diff.locator('del', { hasText: 'pâtissier' }).waitFor();
    await diff.locator('ins', { hasText: 'boulanger' }).waitFor();
    expect(await diff.locator('ins .visually-hidden').first().textContent()).toBe('[ajouté : ');
    // The consultant's answer stays under the comment made on version 1.
    await beneficiary.getByText('C’est corrigé dans la version 2.').waitFor();
    // The refusal stays on screen (the page's title says there is an error) above version 2.
    await check(beneficiary, 'synthese-4-difference', `Erreur – ${TITLE}`);
    // The consent given to version 1 does not carry over to version 2.
    const consent = beneficiary.getByRole('checkbox', { name: /^J’ai lu la version 2 de ma synthèse/ });
    expect(await consent.isChecked()).toBe(false);
    await consent.check();
    await beneficiary.getByRole('button', { name: 'Approuver cette version (version 2)' }).click();
    await toast(beneficiary, 'Vous avez approuvé la version 2 de votre synthèse.').waitFor();
    await beneficiary.getByRole('heading', { level: 2, name: 'Remise de votre synthèse' }).waitFor();

    // A mistake spotted before the delivery: the beneficiary withdraws the approval, with a message.
    await beneficiary.getByRole('button', { name: 'Retirer mon approbation' }).click();
    const withdrawal = beneficiary.getByRole('dialog', { name: 'Retirer votre approbation ?' });
    await withdrawal.getByText(/Votre consultant·e pourra alors corriger le document de synthèse/).waitFor();
    await withdrawal
      .getByRole('textbox', { name: /^Message à votre consultant·e/ })
      .fill('Le CAP se prépare en un an, pas en deux.');
    await check(beneficiary, 'synthese-5-retrait', TITLE);
    await withdrawal.getByRole('button', { name: 'Retirer mon approbation' }).click();
    await withdrawal.waitFor({ state: 'detached' });
    await toast(
      beneficiary,
      'Vous avez retiré votre approbation. Votre consultant·e peut corriger la synthèse ; vous approuverez la nouvelle version.',
    ).waitFor();
    await beneficiary.getByRole('heading', { level: 2, name: 'Approuver cette version' }).waitFor();
    // The button is gone: focus goes to the version to read again.
    await expect.poll(() => beneficiary.evaluate(() => document.activeElement?.textContent ?? '')).toBe('Version 2');
    expect(await beneficiary.getByRole('button', { name: 'Retirer mon approbation' }).count()).toBe(0);

    // The consultant sees who withdrew it and why, corrects the section and publishes version 3.
    await consultant.reload();
    await consultant.getByText(/^Approbation retirée le .* par Bruno Lefèvre$/).waitFor();
    await consultant.getByText('Le CAP se prépare en un an, pas en deux.').waitFor();
    await check(consultant, 'synthese-5-approbation-retiree', DOSSIER);
    await write(consultant, 'etapes', 'S’inscrire au CAP en alternance, sur un an.');
    await publish(consultant, 3);

    // The beneficiary approves version 3.
    await beneficiary.reload();
    await beneficiary.getByRole('heading', { level: 2, name: 'Version 3' }).waitFor();
    await beneficiary.getByText(/^Vous avez retiré le .* votre approbation de la version 2\.$/).waitFor();
    await beneficiary.getByRole('textbox', { name: 'Prénom et nom' }).fill('Bruno Lefèvre');
    await beneficiary.getByRole('checkbox', { name: /^J’ai lu la version 3 de ma synthèse/ }).check();
    await beneficiary.getByRole('button', { name: 'Approuver cette version (version 3)' }).click();
    await toast(beneficiary, 'Vous avez approuvé la version 3 de votre synthèse.').waitFor();
    await beneficiary.getByRole('button', { name: 'Retirer mon approbation' }).waitFor();

    // The consultant records the delivery.
    await consultant.reload();
    await consultant.getByText(/La version 3 a été approuvée le .* par Bruno Lefèvre/).waitFor();
    await consultant.getByRole('combobox', { name: 'Mode de remise' }).selectOption({ label: 'Remise en main propre' });
    await consultant.getByRole('button', { name: 'Enregistrer la remise' }).click();
    await consultant.getByText('Pas encore confirmé par la ou le bénéficiaire').waitFor();
    await check(consultant, 'synthese-5-remise', DOSSIER);

    // The beneficiary acknowledges it and downloads the PDF and the Word file.
    await beneficiary.reload();
    await beneficiary.getByRole('button', { name: 'J’accuse réception de ma synthèse' }).click();
    await toast(beneficiary, 'Merci : la réception de votre synthèse est confirmée.').waitFor();
    await beneficiary.getByText('Reçue').waitFor();
    // Delivered: the approval can no longer be withdrawn.
    expect(await beneficiary.getByRole('button', { name: 'Retirer mon approbation' }).count()).toBe(0);
    await check(beneficiary, 'synthese-6-recue', TITLE);
    const pdfLink = beneficiary.getByRole('link', { name: 'Télécharger ma synthèse (PDF)' });
    const pdf = await beneficiary.request.get((await pdfLink.getAttribute('href'))!);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toContain('application/pdf');
    const bytes = await pdf.body();
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // Kept beside the screenshots, for its pages to be looked at.
    mkdirSync(SCREENSHOTS, { recursive: true });
    writeFileSync(path.join(SCREENSHOTS, 'synthese-7.pdf'), bytes);
    if (!PDFTOTEXT_MISSING) {
      const pdfWords = pdfText(bytes);
      // The written parts under their headings (the PDF leaves out the parts not written).
      expect(pdfWords).toContain('Document de synthèse');
      expect(pdfWords).toContain('Bilan de compétences de Bruno Lefèvre, accompagné par Claire Dubois');
      expect(pdfWords).toContain(SYNTHESE_SECTION_HEADINGS.confidentialite);
      expect(pdfWords).not.toContain(SYNTHESE_SECTION_HEADINGS.competences);
      for (const key of ['circonstances', 'projets'] as const)
        expect(pdfWords).toContain(SYNTHESE_SECTION_HEADINGS[key]);
      expect(pdfWords).toContain('Bruno souhaite quitter la boulangerie.');
      expect(pdfWords).toContain('Devenir boulanger à Villeurbanne, en alternance.');
      // The version approved after the withdrawal, with its correction.
      expect(pdfWords).toContain('S’inscrire au CAP en alternance, sur un an.');
    }
    const docx = await beneficiary.request.get(
      (await beneficiary.getByRole('link', { name: 'Télécharger ma synthèse (Word)' }).getAttribute('href'))!,
    );
    expect(docx.status()).toBe(200);
    expect((await docx.body()).subarray(0, 2).toString('latin1')).toBe('PK');
  });
});

async function check(page: Page, name: string, title: string): Promise<void> {
  await checkPage(page, name, { title });
}
