/**
 * The provider's brand in Chromium (decision 036): the admin uploads a logo (an SVG is refused
 * in French), chooses an accent colour (one too light is refused, the preview says its contrast),
 * then the top bar of the organisation's people and its public page show the logo and the colour.
 * axe-core and the 390 px check on each page.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../setup/browser.ts';
import { checkPage } from '../support/a11y.ts';
import { frenchPage, seedBilan, signedInPage, startIsolatedApp, type IsolatedApp } from '../support/e2e-app.ts';
import { samplePng } from '../support/sample-images.ts';

const skip = inject('e2eSkip');
const postgresUrl = inject('e2ePostgresUrl');

describe.skipIf(Boolean(skip))('the provider’s brand', () => {
  let browser: Browser;
  let isolated: IsolatedApp;
  let seeded: Awaited<ReturnType<typeof seedBilan>>;
  const slug = 'cap-avenir-marque';

  beforeAll(async () => {
    isolated = await startIsolatedApp(postgresUrl);
    seeded = await seedBilan(isolated.db, 'Cap Avenir Conseil');
    await isolated.db
      .updateTable('organisations')
      .set({
        slug,
        public_page_enabled: true,
        nda_number: '84691234569',
        accessibility_contact_name: 'Zoé Bernard',
        accessibility_contact_email: 'handicap@cap-avenir.fr',
        commitment_first_answer_days: 5,
      })
      .where('id', '=', seeded.organisation.id)
      .execute();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await isolated?.stop();
  });

  it('is set by the admin and shown in the top bar and on the public page', async () => {
    const admin = await signedInPage(browser, isolated.app.url, seeded.admin.email);
    await admin.getByRole('link', { name: 'Organisme', exact: true }).click();
    await admin.getByRole('heading', { name: 'Identité visuelle' }).waitFor();

    // An SVG, even named .png, is refused with a French message, and nothing changes.
    await admin.getByLabel('Image du logo').setInputFiles({
      name: 'logo.png',
      mimeType: 'image/png',
      buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
    });
    await admin.getByRole('button', { name: 'Enregistrer le logo' }).click();
    await admin.locator('.error-summary').getByText('PNG ou JPEG').first().waitFor();

    await admin.getByLabel('Image du logo').setInputFiles({
      name: 'logo.png',
      mimeType: 'image/png',
      buffer: samplePng(240, 80, [138, 28, 28]),
    });
    await admin.getByRole('button', { name: 'Enregistrer le logo' }).click();
    await admin.getByText('Le logo est enregistré.').waitFor();
    await admin.getByRole('button', { name: 'Remplacer le logo' }).waitFor();

    // Too light a colour: refused, the preview says why in words.
    const colour = admin.getByLabel('Couleur principale (code hexadécimal)');
    await colour.fill('#ffcc00');
    await admin.getByText('(trop faible : il faut au moins 4,5 pour 1)').waitFor();
    await admin.getByRole('button', { name: 'Enregistrer la couleur' }).click();
    await admin.locator('.error-summary').getByText('trop claire', { exact: false }).waitFor();
    await colour.fill('#8a1c1c');
    await admin.getByText('(lisible : au moins 4,5 pour 1)').waitFor();
    await admin.getByRole('button', { name: 'Enregistrer la couleur' }).click();
    await admin.getByText('La couleur est enregistrée.').waitFor();

    // The admin's own top bar takes the brand at once.
    const header = admin.locator('.site-header');
    await header.getByRole('img', { name: 'Logo de Cap Avenir Conseil' }).waitFor();
    // The accent of the design system: the primary buttons take the organisation's colour.
    const save = admin.getByRole('button', { name: 'Enregistrer la couleur' });
    await admin.mouse.move(0, 0); // not hovered: hover takes the darker shade
    await expect.poll(() => save.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(138, 28, 28)');
    await checkPage(admin, 'brand-admin-organisme', { title: 'Profil de l’organisme' });

    // A consultant of the organisation sees it in the top bar.
    const consultant = await signedInPage(browser, isolated.app.url, seeded.consultant.email);
    const logo = consultant.locator('.site-header').getByRole('img', { name: 'Logo de Cap Avenir Conseil' });
    await logo.waitFor();
    await expect.poll(() => logo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(240);
    expect(await consultant.evaluate(() => document.documentElement.style.getPropertyValue('--accent'))).toBe(
      '#8a1c1c',
    );
    await checkPage(consultant, 'brand-consultant-accueil', { title: 'Aujourd’hui' });

    // A visitor of the public page: the logo under the heading, the heading in the colour.
    const visitor = await frenchPage(browser, isolated.app.url);
    await visitor.goto(`/organismes/${slug}`);
    const publicLogo = visitor.getByRole('main').getByRole('img', { name: 'Logo de Cap Avenir Conseil' });
    await publicLogo.waitFor();
    await expect.poll(() => publicLogo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(240);
    await expect
      .poll(() => visitor.locator('h1').evaluate((el) => getComputedStyle(el).color))
      .toBe('rgb(138, 28, 28)');
    await checkPage(visitor, 'brand-page-publique', { title: 'Cap Avenir Conseil' });
  });
});
