/**
 * The design system in Chromium (decision 032): a consultant opens « Composants de l'interface »
 * from the footer (axe at 1366 and 390 px, the section tabs with aria-current), confirms an
 * irreversible action with the keyboard (focus inside the dialog, Escape closes it, focus back on
 * its button), sees a toast announced in a live region, reads and fills the French date and time
 * fields, and on a phone opens the navigation behind « Menu » (Escape, a link closes it).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchChromium } from '../setup/browser.ts';
import { checkPage, expectFocusOnHeading, NARROW_WIDTH } from '../support/a11y.ts';
import { fillDate, fillTime } from '../support/date-fields.ts';
import { seedBilan, signedInPage, startIsolatedApp, type IsolatedApp } from '../support/e2e-app.ts';

const skip = inject('e2eSkip');
const postgresUrl = inject('e2ePostgresUrl');

/** What the person reads in an element (without the bidirectional isolation marks). */
const read = (locator: Locator) =>
  locator.textContent().then((text) => (text ?? '').replace(/[\u200e\u200f\u2066-\u2069]/g, '').trim());
const shown = (page: Page, selector: string) => read(page.locator(selector));

const activeText = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? null);

describe.skipIf(Boolean(skip))('the design system', () => {
  let browser: Browser;
  let isolated: IsolatedApp;
  let seed: Awaited<ReturnType<typeof seedBilan>>;
  let page: Page;

  beforeAll(async () => {
    isolated = await startIsolatedApp(postgresUrl);
    seed = await seedBilan(isolated.db, 'Cap Avenir Conseil');
    browser = await launchChromium();
    page = await signedInPage(browser, isolated.app.url, seed.consultant.email);
    await page.waitForURL((url) => url.pathname.startsWith('/consultant'));
    await page.setViewportSize({ width: 1366, height: 900 });
  });

  afterAll(async () => {
    await browser?.close();
    await isolated?.stop();
  });

  it('shows every component on a page for staff, reached from the footer, accessible', async () => {
    await page.getByRole('contentinfo').getByRole('link', { name: 'Composants de l’interface' }).click();
    await page.getByRole('heading', { level: 1, name: 'Composants de l’interface' }).waitFor();
    await expectFocusOnHeading(page, 'Composants de l’interface');
    // The shell: the organisation in the top bar, the staff navigation on the left, no « Menu ».
    await expect
      .poll(() =>
        page
          .getByRole('banner')
          .getByRole('link', { name: /Cap Avenir Conseil/ })
          .count(),
      )
      .toBe(1);
    await expect.poll(() => page.getByRole('navigation', { name: 'Navigation principale' }).isVisible()).toBe(true);
    await expect.poll(() => page.getByRole('button', { name: 'Menu' }).isVisible()).toBe(false);
    await checkPage(page, '90-composants', { title: 'Composants de l’interface' });

    const sections = page.getByRole('navigation', { name: 'Parties du catalogue' });
    await expect
      .poll(() => sections.getByRole('link', { name: 'Composants' }).getAttribute('aria-current'))
      .toBe('page');
    await sections.getByRole('link', { name: 'Couleurs et typographie' }).click();
    await page.getByRole('heading', { level: 1, name: 'Couleurs et typographie' }).waitFor();
    await expect
      .poll(() => sections.getByRole('link', { name: 'Couleurs et typographie' }).getAttribute('aria-current'))
      .toBe('page');
    expect(await sections.getByRole('link', { name: 'Composants' }).getAttribute('aria-current')).toBeNull();
    await checkPage(page, '91-composants-fondations', { title: 'Couleurs et typographie' });
  });

  it('confirms an irreversible action in a dialog, with the keyboard', async () => {
    await page.goto('/composants');
    const trigger = page.getByRole('button', { name: 'Supprimer le brouillon' });
    await trigger.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Supprimer ce brouillon ?' });
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain('il ne pourra pas être récupéré');
    await expect.poll(() => dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
    // The confirm button looks destructive.
    expect(await dialog.getByRole('button', { name: 'Supprimer définitivement' }).getAttribute('class')).toContain(
      'destructive',
    );
    await checkPage(page, '92-composants-confirmation', { title: 'Composants de l’interface' });

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => activeText(page)).toBe('Supprimer le brouillon');

    // Confirming closes the dialog and says so in a toast.
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Supprimer définitivement' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect
      .poll(() => page.locator('[role="status"][aria-live="polite"]').innerText())
      .toContain('Brouillon supprimé.');
  });

  it('announces a toast in a live region that was there before it', async () => {
    await page.goto('/composants');
    await page.getByRole('heading', { level: 1 }).waitFor();
    const polite = page.locator('[role="status"][aria-live="polite"]');
    const assertive = page.locator('[role="alert"][aria-live="assertive"]');
    expect(await polite.count()).toBe(1);
    expect(await polite.innerText()).toBe('');
    await page.getByRole('button', { name: 'Montrer une confirmation' }).click();
    await expect.poll(() => polite.innerText()).toBe('Séance enregistrée.');
    const notifications = page.getByRole('region', { name: 'Notifications' });
    await expect.poll(() => notifications.innerText()).toContain('Séance enregistrée.');
    await notifications.getByRole('button', { name: 'Fermer le message' }).click();
    await notifications.waitFor({ state: 'detached' });
    expect(await polite.innerText()).toBe('');

    await page.getByRole('button', { name: 'Montrer un échec' }).click();
    await expect.poll(() => assertive.innerText()).toBe('L’envoi n’a pas abouti. Réessayez dans un instant.');
  });

  it('reads and fills dates and times the French way', async () => {
    await page.goto('/composants');
    const day = page.getByRole('group', { name: 'Date de la séance' });
    await day.waitFor();
    expect(await read(day)).toBe('07/12/2026');
    expect(await day.getByRole('spinbutton').first().getAttribute('aria-label')).toMatch(/jour/i);
    expect(await shown(page, '#champ-demo-date-en-lettres')).toBe('lundi 7 décembre 2026');
    // Over a date already there: every part is replaced, the day checked against the new month.
    await fillDate(day, '2027-02-28');
    await expect.poll(() => shown(page, '#champ-demo-date-en-lettres')).toBe('dimanche 28 février 2027');

    const due = page.getByRole('group', { name: 'À rendre au plus tard le' });
    expect(await read(due)).toBe('jj/mm/aaaa');
    await fillDate(due, '2027-01-15');
    await expect.poll(() => shown(page, '#champ-demo-echeance-en-lettres')).toBe('vendredi 15 janvier 2027');

    const start = page.getByRole('group', { name: 'Heure de début' });
    expect(await read(start)).toBe('09:30');
    await fillTime(start, '14:05');
    await expect.poll(async () => await read(start)).toBe('14:05');
  });

  it('folds the navigation behind « Menu » on a phone', async () => {
    await page.setViewportSize({ width: NARROW_WIDTH, height: 844 });
    await page.goto('/consultant');
    await page.getByRole('heading', { level: 1, name: 'Aujourd’hui' }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Navigation principale' });
    const menu = page.getByRole('button', { name: 'Menu' });
    await expect.poll(() => nav.isVisible()).toBe(false);
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await menu.getAttribute('aria-controls')).toBe(
      await page.locator('nav[aria-label="Navigation principale"]').getAttribute('id'),
    );

    await menu.click();
    await expect.poll(() => nav.isVisible()).toBe(true);
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    await expect.poll(() => activeText(page)).toBe('Aujourd’hui');
    await page.keyboard.press('Escape');
    await expect.poll(() => nav.isVisible()).toBe(false);
    await expect.poll(() => activeText(page)).toBe('Menu');

    await menu.click();
    await nav.getByRole('link', { name: 'Nouveau bilan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Créer un bilan' }).waitFor();
    await expect.poll(() => nav.isVisible()).toBe(false);
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    await expectFocusOnHeading(page, 'Créer un bilan');
    await page.setViewportSize({ width: 1366, height: 900 });
  });

  it('keeps the components page for staff', async () => {
    const beneficiary = await signedInPage(browser, isolated.app.url, seed.beneficiary.email);
    await beneficiary.waitForURL((url) => url.pathname.startsWith('/mon-bilan'));
    await beneficiary.goto('/composants');
    await beneficiary.waitForURL((url) => url.pathname.startsWith('/mon-bilan'));
    await beneficiary.getByRole('heading', { level: 1 }).waitFor();
    expect(await beneficiary.getByRole('link', { name: 'Composants de l’interface' }).count()).toBe(0);
    await beneficiary.context().close();
  });
});
