/**
 * « Mes données » in Chromium (issue 15, decision 047): the beneficiary, with a piste and an
 * action step written through the API, follows the link from their home, reads what the zip
 * holds, and downloads it: a zip under its French name, holding the LISEZ-MOI, the pistes and the
 * plan. axe-core and the phone width on the page.
 */
import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../setup/browser.ts';
import { checkPage, expectFocusOnHeading } from '../support/a11y.ts';
import { seedBilan, signedInPage, startIsolatedApp, type IsolatedApp } from '../support/e2e-app.ts';
import { sameOriginHeaders } from '../support/server.ts';

const skip = inject('e2eSkip');
const postgresUrl = inject('e2ePostgresUrl');

describe.skipIf(Boolean(skip))('« Mes données » in the browser', () => {
  let browser: Browser;
  let isolated: IsolatedApp;
  let seed: Awaited<ReturnType<typeof seedBilan>>;

  beforeAll(async () => {
    isolated = await startIsolatedApp(postgresUrl);
    seed = await seedBilan(isolated.db, 'Cap Avenir Données');
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await isolated?.stop();
  });

  it('lets the beneficiary download everything of their bilan as one zip', { timeout: 120_000 }, async () => {
    const page = await signedInPage(browser, isolated.app.url, seed.beneficiary.email);
    await page.getByRole('heading', { level: 1, name: 'Mon bilan de compétences' }).waitFor();
    const headers = sameOriginHeaders(isolated.app.url);
    const piste = await page.request.post(`/api/bilans/${seed.bilanId}/exploration/pistes`, {
      headers,
      data: { kind: 'free_project', title: 'Libraire indépendant', desire: 4 },
    });
    expect(piste.status(), await piste.text()).toBe(200);
    const step = await page.request.post(`/api/bilans/${seed.bilanId}/action-plan/steps`, {
      headers,
      data: { horizon: 'court', what: 'Rencontrer deux libraires de Lyon' },
    });
    expect(step.status(), await step.text()).toBe(200);

    await page.getByRole('link', { name: 'Mes données', exact: true }).click();
    await expectFocusOnHeading(page, 'Mes données');
    await page.getByRole('heading', { level: 2, name: 'Ce que contient le fichier' }).waitFor();
    await checkPage(page, 'data-export-my-data', { title: 'Mes données' });

    const link = page.getByRole('link', { name: 'Télécharger toutes mes données (.zip)' });
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toMatch(/^mes-données-bilan-de-compétences-\d{4}-\d{2}-\d{2}\.zip$/);
    const zip = await JSZip.loadAsync(await readFile((await download.path())!));
    expect(Object.keys(zip.files).sort()).toEqual([
      '04-mes-pistes-professionnelles.json',
      '04-mes-pistes-professionnelles.pdf',
      '05-mon-plan-d-action.json',
      '05-mon-plan-d-action.pdf',
      'LISEZ-MOI.txt',
    ]);
    expect(await zip.file('LISEZ-MOI.txt')!.async('string')).toContain('Bruno Lefèvre');
  });
});
