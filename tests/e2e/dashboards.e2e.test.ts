/**
 * The dashboards in Chromium (decision 034): the consultant's « Aujourd'hui » with a séance today,
 * a new lead, a document awaiting signature and a bilan at risk; the admin's « Bilans » filtered
 * on alerts, then a bilan handed to another consultant, who now finds it while the first one no
 * longer does. axe-core and 390 px on every page.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../setup/browser.ts';
import { checkPage } from '../support/a11y.ts';
import { seedBilan, seedUser, signedInPage, startIsolatedApp, type IsolatedApp } from '../support/e2e-app.ts';

const skip = inject('e2eSkip');
const postgresUrl = inject('e2ePostgresUrl');

describe.skipIf(Boolean(skip))('dashboards', () => {
  let browser: Browser;
  let isolated: IsolatedApp;
  let seed: Awaited<ReturnType<typeof seedBilan>>;
  let karim: Awaited<ReturnType<typeof seedUser>>;
  let riskyBilan: string;

  beforeAll(async () => {
    isolated = await startIsolatedApp(postgresUrl);
    const db = isolated.db;
    seed = await seedBilan(db, 'Cap Avenir Tableaux');
    karim = await seedUser(db, seed.organisation.id, 'consultant', 'Karim', 'Benali');
    const org = seed.organisation.id;
    const now = Date.now();
    // A séance under way today (started ten minutes ago, for an hour).
    await db
      .insertInto('seances')
      .values({
        organisation_id: org,
        bilan_id: seed.bilanId,
        consultant_id: seed.consultant.id,
        phase: 'preliminaire',
        mode: 'remote',
        link: 'https://visio.exemple.fr/bilan',
        starts_at: new Date(now - 10 * 60_000),
        ends_at: new Date(now + 50 * 60_000),
      })
      .execute();
    // A quote awaiting the beneficiary's and the organisation's signatures.
    const pdf = Buffer.from('%PDF-1.4 devis de test');
    await db
      .insertInto('bilan_documents')
      .values({
        organisation_id: org,
        bilan_id: seed.bilanId,
        kind: 'devis',
        version: 1,
        render_data: '{}',
        pdf,
        sha256: createHash('sha256').update(pdf).digest('hex'),
        signers: ['beneficiary', 'provider'],
        created_at: new Date(now - 3_600_000),
      })
      .execute();
    // A new lead given to Claire, not opened yet.
    await db
      .insertInto('leads')
      .values({
        organisation_id: org,
        first_name: 'Léa',
        last_name: 'Nouvelle',
        email: 'lea.nouvelle@exemple.fr',
        message: 'Je souhaite faire le point sur ma carrière.',
        preferred_modality: 'remote',
        declared_source: 'word_of_mouth',
        contact_consent_at: new Date(now),
        assigned_consultant_id: seed.consultant.id,
      })
      .execute();
    // A bilan started five weeks ago, without any séance: at risk.
    const chloe = await seedUser(db, org, 'beneficiary', 'Chloé', 'Risque');
    riskyBilan = (
      await db
        .insertInto('bilans')
        .values({
          organisation_id: org,
          beneficiary_id: chloe.id,
          consultant_id: seed.consultant.id,
          financing: 'cpf',
          planned_accompaniment_minutes: 1200,
          created_at: new Date(now - 35 * 86_400_000),
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

  it('shows the consultant what is due today, each item leading where they act', async () => {
    const consultant = await loginPage(seed.consultant.email);
    await consultant.getByRole('heading', { level: 1, name: 'Aujourd’hui' }).waitFor();
    const block = (name: RegExp) => consultant.getByRole('region', { name });
    await block(/^Séances/)
      .getByRole('link', { name: 'Bruno Lefèvre' })
      .waitFor();
    expect(
      await block(/^Séances/)
        .getByRole('link', { name: 'Bruno Lefèvre' })
        .getAttribute('href'),
    ).toMatch(/^\/consultant\/seances\//);
    const lead = block(/^Nouvelles demandes/).getByRole('link', { name: 'Léa Nouvelle' });
    expect(await lead.getAttribute('href')).toMatch(/^\/demandes\//);
    const documents = block(/^Documents en attente de signature/);
    expect(await documents.innerText()).toContain('À signer');
    expect(await documents.getByRole('link', { name: 'Devis — bilan de compétences' }).getAttribute('href')).toBe(
      `/consultant/bilans/${seed.bilanId}/financement`,
    );
    const risks = block(/^Bilans à risque/);
    expect(await risks.getByRole('link', { name: 'Chloé Risque' }).getAttribute('href')).toBe(
      `/consultant/bilans/${riskyBilan}`,
    );
    expect(await risks.innerText()).toContain('Sans séance');
    // Nothing is late: the block says what it is for.
    expect(await block(/^En retard ou à faire/).innerText()).toContain('Rien en retard.');
    await checkPage(consultant, 'tableaux-01-aujourdhui', { title: 'Aujourd’hui' });

    // Their list of bilans is one click away, as it was.
    await consultant.getByRole('link', { name: 'Bilans', exact: true }).click();
    await consultant.getByRole('row', { name: /Chloé Risque/ }).waitFor();
    await checkPage(consultant, 'tableaux-02-bilans-consultant', { title: 'Bilans' });
  });

  it('lets the admin filter every bilan and hand one to another consultant', async () => {
    const admin = await loginPage(seed.admin.email);
    await admin.getByRole('link', { name: 'Bilans', exact: true }).click();
    await admin.getByRole('heading', { level: 2, name: '2 bilans, dont 1 avec une alerte' }).waitFor();
    const text = await admin.locator('main').innerText();
    expect(text).not.toContain('visio.exemple.fr');
    await checkPage(admin, 'tableaux-03-bilans-admin', { title: 'Bilans' });

    await admin.getByLabel('Seulement les bilans avec une alerte').check();
    await admin.getByRole('button', { name: 'Filtrer' }).click();
    await admin.getByRole('heading', { level: 2, name: '1 bilan, dont 1 avec une alerte' }).waitFor();
    expect(admin.url()).toContain('alerts=oui');
    const row = admin.getByRole('row', { name: /Chloé Risque/ });
    expect(await row.innerText()).toContain('Sans séance');
    expect(await admin.getByRole('row', { name: /Bruno Lefèvre/ }).count()).toBe(0);

    await row.getByRole('button', { name: 'Confier le bilan de Chloé Risque à…' }).click();
    const dialog = admin.getByRole('dialog', { name: 'Confier le bilan de Chloé Risque' });
    await dialog.getByLabel('Nouveau ou nouvelle consultant·e').selectOption({ label: 'Karim Benali' });
    await checkPage(admin, 'tableaux-04-confier', { title: 'Bilans' });
    await dialog.getByRole('button', { name: 'Confier le bilan' }).click();
    await admin.getByText('Le bilan de Chloé Risque est désormais suivi par Karim Benali.').waitFor();
    await expect.poll(() => admin.getByRole('row', { name: /Chloé Risque/ }).innerText()).toContain('Karim Benali');

    // Karim finds it among his bilans at risk; Claire no longer reaches it.
    const karimPage = await loginPage(karim.email);
    await karimPage
      .getByRole('region', { name: /^Bilans à risque/ })
      .getByRole('link', { name: 'Chloé Risque' })
      .waitFor();
    const claire = await loginPage(seed.consultant.email);
    await claire.getByRole('link', { name: 'Bilans', exact: true }).click();
    await claire.getByRole('row', { name: /Bruno Lefèvre/ }).waitFor();
    expect(await claire.getByRole('row', { name: /Chloé Risque/ }).count()).toBe(0);
    const refused = await claire.request.get(`/api/bilans/${riskyBilan}`);
    expect(refused.status()).toBe(404);
  });
});
