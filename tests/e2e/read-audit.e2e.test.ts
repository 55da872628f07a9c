/**
 * « Qui a consulté mes données » in Chromium (issue 15, decision 049): the consultant reads the
 * beneficiary's pistes; the beneficiary finds the page from their home and reads who read what
 * and when; the admin's journal names what was read. axe-core and the phone width on each screen.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../setup/browser.ts';
import { checkPage, expectFocusOnHeading } from '../support/a11y.ts';
import { openDossierSection } from '../support/dossier.ts';
import { seedBilan, signedInPage, startIsolatedApp, type IsolatedApp } from '../support/e2e-app.ts';
import { sameOriginHeaders } from '../support/server.ts';

const skip = inject('e2eSkip');
const postgresUrl = inject('e2ePostgresUrl');

const TITLE = 'Qui a consulté mes données';

describe.skipIf(Boolean(skip))('the reads of a bilan’s content in the browser', () => {
  let browser: Browser;
  let isolated: IsolatedApp;
  let seed: Awaited<ReturnType<typeof seedBilan>>;

  beforeAll(async () => {
    isolated = await startIsolatedApp(postgresUrl);
    seed = await seedBilan(isolated.db, 'Cap Avenir Lectures');
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await isolated?.stop();
  });

  it('shows the beneficiary who read what, and the admin what was read', { timeout: 120_000 }, async () => {
    const beneficiary = await signedInPage(browser, isolated.app.url, seed.beneficiary.email);
    await beneficiary.getByRole('heading', { level: 1 }).filter({ hasNotText: 'Connexion' }).waitFor();
    // Nobody else has read anything yet.
    await beneficiary.getByRole('link', { name: TITLE }).click();
    await expectFocusOnHeading(beneficiary, TITLE);
    await beneficiary.getByText('Personne d’autre que vous n’a encore consulté vos données').waitFor();
    await checkPage(beneficiary, '160-qui-a-consulte-vide', { title: TITLE });

    // The beneficiary writes a piste (their own reads are not listed); the consultant opens the pistes.
    const piste = await beneficiary.request.post(`/api/bilans/${seed.bilanId}/exploration/pistes`, {
      headers: sameOriginHeaders(isolated.app.url),
      data: { kind: 'free_project', title: 'Libraire indépendant' },
    });
    expect(piste.status(), await piste.text()).toBe(200);
    const consultant = await signedInPage(browser, isolated.app.url, seed.consultant.email);
    const read = consultant.waitForResponse(
      (r) => r.url().endsWith(`/api/bilans/${seed.bilanId}/exploration`) && r.request().method() === 'GET',
    );
    await consultant.getByRole('heading', { level: 1, name: 'Aujourd’hui' }).waitFor();
    await openDossierSection(consultant, seed.bilanId, 'pistes');
    expect((await read).status()).toBe(200);

    await beneficiary.reload();
    const row = beneficiary.getByRole('row', { name: /Pistes professionnelles/ });
    await row.waitFor();
    const text = await row.innerText();
    expect(text).toContain('Claire Dubois, votre consultant·e');
    expect(text).toMatch(/\d{1,2} \S+ \d{4} (à )?\d{2}:\d{2}/);
    expect(await beneficiary.getByRole('row').count()).toBe(2);
    await checkPage(beneficiary, '161-qui-a-consulte', { title: TITLE });

    const admin = await signedInPage(browser, isolated.app.url, seed.admin.email);
    await admin.getByRole('heading', { level: 1 }).filter({ hasNotText: 'Connexion' }).waitFor();
    await admin.goto('/admin/journal');
    await admin
      .getByRole('rowheader', {
        name: 'Contenu d’un dossier consulté : pistes professionnelles, enquêtes métier et besoins de formation',
      })
      .first()
      .waitFor();
  });
});
