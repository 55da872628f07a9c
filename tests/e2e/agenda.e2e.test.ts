/**
 * The consultant's agenda in Chromium (issue 11): week and month views with seeded séances (one
 * on Christmas Day, one on the Sunday clocks go forward), Précédent / Suivant / Aujourd'hui, the
 * view switch, the address kept across a reload and « back »; and attendance signed in one tap on
 * a phone. axe-core and 390 px on each view.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../setup/browser.ts';
import { checkPage } from '../support/a11y.ts';
import { seedBilan, signedInPage, startIsolatedApp, type IsolatedApp } from '../support/e2e-app.ts';

const skip = inject('e2eSkip');
const postgresUrl = inject('e2ePostgresUrl');

describe.skipIf(Boolean(skip))('the consultant’s agenda and one-tap attendance', () => {
  let browser: Browser;
  let isolated: IsolatedApp;
  let seed: Awaited<ReturnType<typeof seedBilan>>;
  let heldRemote: string;
  let christmas: string;

  beforeAll(async () => {
    isolated = await startIsolatedApp(postgresUrl);
    seed = await seedBilan(isolated.db, 'Cap Avenir Agenda');
    const insert = async (startsAt: string, minutes: number, extra: Record<string, unknown> = {}) => {
      const start = new Date(startsAt);
      const row = await isolated.db
        .insertInto('seances')
        .values({
          organisation_id: seed.organisation.id,
          bilan_id: seed.bilanId,
          consultant_id: seed.consultant.id,
          phase: 'preliminaire',
          mode: 'in_person',
          place: '12 rue de la République, Lyon',
          starts_at: start,
          ends_at: new Date(start.getTime() + minutes * 60_000),
          status: 'planned',
          ...extra,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    };
    // Friday 25 December 2026 (Noël), 9 h 30 in Paris (winter time, UTC+1).
    christmas = await insert('2026-12-25T08:30:00Z', 60);
    // Tuesday 22 December 2026, 14 h, remote.
    await insert('2026-12-22T13:00:00Z', 90, {
      mode: 'remote',
      place: null,
      link: 'https://visio.exemple.fr/bilan',
      topic: 'Restitution',
    });
    // Sunday 28 March 2027, the clocks go forward: 10 h in Paris is 08:00 UTC (summer time).
    await insert('2027-03-28T08:00:00Z', 60);
    // A remote séance held yesterday, awaiting both signatures.
    const minute = Math.floor(Date.now() / 60_000) * 60_000;
    const start = new Date(minute - 26 * 3_600_000);
    const end = new Date(minute - 25 * 3_600_000);
    heldRemote = await insert(start.toISOString(), 60, {
      mode: 'remote',
      place: null,
      link: 'https://visio.exemple.fr/bilan',
      status: 'held',
      actual_start_at: start,
      actual_end_at: end,
    });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await isolated?.stop();
  });

  /** Signed in, once the home has replaced the login page. */
  const signIn = async (email: string) => {
    const page = await signedInPage(browser, isolated.app.url, email);
    await expect.poll(() => new URL(page.url()).pathname, { timeout: 30_000 }).not.toBe('/connexion');
    return page;
  };
  const period = (page: Page) => page.getByRole('heading', { level: 2 }).first();

  it('shows a week and a month, moves between periods, and keeps them in the address', async () => {
    const consultant = await signIn(seed.consultant.email);
    await consultant.getByRole('navigation').getByRole('link', { name: 'Agenda' }).click();
    await consultant.getByRole('heading', { level: 1, name: 'Agenda' }).waitFor();
    await expect.poll(() => new URL(consultant.url()).search).toBe('');

    await consultant.goto('/consultant/agenda?vue=semaine&date=2026-12-23');
    await expect
      .poll(() => period(consultant).innerText())
      .toBe('Semaine du lundi 21 décembre au dimanche 27 décembre 2026');
    const friday = consultant
      .getByRole('listitem')
      .filter({ has: consultant.getByRole('heading', { name: 'vendredi 25 décembre' }) });
    await friday.getByText('Jour férié : Noël').waitFor();
    await friday.getByRole('link', { name: '9\u00a0h\u00a030 – 10\u00a0h\u00a030 Bruno Lefèvre' }).waitFor();
    expect(await friday.getByText('Planifiée').count()).toBe(1);
    const tuesday = consultant
      .getByRole('listitem')
      .filter({ has: consultant.getByRole('heading', { name: 'mardi 22 décembre' }) });
    await tuesday.getByText('À distance', { exact: true }).waitFor();
    expect(await consultant.getByRole('heading', { level: 3 }).count()).toBe(7);
    await checkPage(consultant, '80-agenda-semaine', { title: 'Agenda' });

    // Suivant, by keyboard; then a reload and « back » keep the period.
    await consultant.getByRole('button', { name: /^Suivant/ }).focus();
    await consultant.keyboard.press('Enter');
    await expect
      .poll(() => period(consultant).innerText())
      .toBe('Semaine du lundi 28 décembre au dimanche 3 janvier 2027');
    expect(new URL(consultant.url()).searchParams.get('date')).toBe('2026-12-28');
    await consultant.getByText('Jour férié : Jour de l’an').waitFor();
    await consultant.reload();
    await expect
      .poll(() => period(consultant).innerText())
      .toBe('Semaine du lundi 28 décembre au dimanche 3 janvier 2027');
    await consultant.goBack();
    await expect
      .poll(() => period(consultant).innerText())
      .toBe('Semaine du lundi 21 décembre au dimanche 27 décembre 2026');
    await consultant.getByRole('button', { name: /^Précédent/ }).click();
    await expect
      .poll(() => period(consultant).innerText())
      .toBe('Semaine du lundi 14 décembre au dimanche 20 décembre 2026');
    await consultant.getByText('Aucune séance sur cette période.').waitFor();

    // The month: a table of weeks; reload keeps it.
    await consultant.getByRole('button', { name: 'Mois' }).click();
    await expect.poll(() => period(consultant).innerText()).toBe('Décembre 2026');
    expect(new URL(consultant.url()).searchParams.get('vue')).toBe('mois');
    await expect.poll(() => consultant.getByRole('button', { name: 'Mois' }).getAttribute('aria-pressed')).toBe('true');
    const table = consultant.getByRole('table', { name: /Séances de décembre 2026/ });
    await table.getByRole('columnheader', { name: 'vendredi' }).waitFor();
    const christmasCell = table.getByRole('cell').filter({ hasText: 'Noël' });
    await christmasCell.getByRole('link', { name: '9\u00a0h\u00a030 Bruno Lefèvre' }).waitFor();
    await consultant.reload();
    await expect.poll(() => period(consultant).innerText()).toBe('Décembre 2026');
    await checkPage(consultant, '81-agenda-mois', { title: 'Agenda' });

    // The Sunday the clocks go forward: the séance is at 10 h on that Sunday, by week and month.
    await consultant.goto('/consultant/agenda?vue=semaine&date=2027-03-28');
    const sunday = consultant
      .getByRole('listitem')
      .filter({ has: consultant.getByRole('heading', { name: 'dimanche 28 mars' }) });
    await sunday.getByRole('link', { name: '10\u00a0h – 11\u00a0h Bruno Lefèvre' }).waitFor();
    await consultant.getByRole('button', { name: 'Mois' }).click();
    await expect.poll(() => period(consultant).innerText()).toBe('Mars 2027');
    await consultant
      .getByRole('table')
      .getByRole('cell')
      .filter({ hasText: 'dimanche 28 mars' })
      .getByRole('link', { name: '10\u00a0h Bruno Lefèvre' })
      .waitFor();

    // Aujourd'hui, then a séance opens its page.
    await consultant.getByRole('button', { name: 'Aujourd’hui' }).click();
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
    await expect.poll(() => new URL(consultant.url()).searchParams.get('date')).toBe(today);
    await consultant.goto(`/consultant/agenda?vue=semaine&date=2026-12-25`);
    await consultant.getByRole('link', { name: '9\u00a0h\u00a030 – 10\u00a0h\u00a030 Bruno Lefèvre' }).click();
    await expect.poll(() => new URL(consultant.url()).pathname).toBe(`/consultant/seances/${christmas}`);

    // A date that does not exist falls back to this week rather than failing.
    await consultant.goto('/consultant/agenda?vue=semaine&date=2026-02-30');
    await expect.poll(() => period(consultant).innerText()).toMatch(/^Semaine du /);
  });

  it('lets the beneficiary and the consultant sign the attendance in one tap on a phone', async () => {
    const beneficiary = await signIn(seed.beneficiary.email);
    await beneficiary.setViewportSize({ width: 390, height: 844 });
    await beneficiary.goto(`/mon-bilan/seances/${heldRemote}`);
    const button = beneficiary.getByRole('button', { name: /^Je confirme ma présence à la séance du / });
    await button.waitFor();
    const box = await button.boundingBox();
    expect(box!.width).toBeGreaterThan(300);
    expect(box!.height).toBeGreaterThanOrEqual(44);
    await checkPage(beneficiary, '82-emargement-un-appui', { title: await beneficiary.locator('h1').innerText() });
    await button.click();
    const done = beneficiary.getByText(/^C’est fait : votre présence à la séance du .* est enregistrée/);
    await done.waitFor();
    await expect
      .poll(() => beneficiary.evaluate(() => document.activeElement?.textContent ?? ''))
      .toMatch(/^C’est fait/);
    await beneficiary.reload();
    await done.waitFor();
    expect(await beneficiary.getByRole('button', { name: /Je confirme ma présence/ }).count()).toBe(0);
    await checkPage(beneficiary, '83-emargement-fait', { title: await beneficiary.locator('h1').innerText() });

    const consultant = await signIn(seed.consultant.email);
    await consultant.setViewportSize({ width: 390, height: 844 });
    await consultant.goto(`/consultant/seances/${heldRemote}`);
    await consultant.getByRole('button', { name: /^Je signe l’émargement de la séance du / }).click();
    await consultant.getByText(/^Votre signature de l’émargement de la séance du .* est enregistrée/).waitFor();
    await consultant.getByText('La séance est émargée par les deux personnes').waitFor();
    const row = await isolated.db
      .selectFrom('attendance_signatures')
      .select(['signed_name', 'signer_role'])
      .where('seance_id', '=', heldRemote)
      .orderBy('signer_role')
      .execute();
    expect(row).toEqual([
      { signed_name: 'Bruno Lefèvre', signer_role: 'beneficiary' },
      { signed_name: 'Claire Dubois', signer_role: 'consultant' },
    ]);
  });
});
