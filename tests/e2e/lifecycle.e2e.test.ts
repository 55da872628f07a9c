/**
 * The destruction at the end in Chromium (issue 15, decisions 046 and 047): with a RIASEC submitted
 * through the API, a closed bilan's beneficiary sees on their home the date of destruction and its
 * countdown, and receives the warning e-mail; from the notice they download all their data as one
 * zip (the results' PDF inside) before the date; they sign a retention agreement (an error first, in
 * French); after the sweep, the results are gone from the database and from a new export, their
 * home links to the destruction certificate, which they, the organisation's admin and the
 * consultant read. axe-core and the phone width on each screen.
 */
import { describe, expect, inject, it } from 'vitest';
import JSZip from 'jszip';
import { readFile } from 'node:fs/promises';
import { seededBrowserApp, signedInHome } from '../support/e2e-suite.ts';
import { checkPage } from '../support/a11y.ts';
import { fillDate } from '../support/date-fields.ts';
import { depsFor } from '../support/deps.ts';
import { dossierPath } from '../support/dossier.ts';
import { sameOriginHeaders } from '../support/server.ts';
import { RIASEC_ANSWERS } from '../support/sharing.ts';
import { sweepBilanDestruction } from '../../src/lifecycle/use-cases/sweep-bilan-destruction.ts';

const skip = inject('e2eSkip');
const postgresUrl = inject('e2ePostgresUrl');
const DAY = 86_400_000;

describe.skipIf(Boolean(skip))('the destruction at the end in the browser', () => {
  const env = seededBrowserApp(postgresUrl, 'Cap Avenir Destruction');

  it(
    'warns, lets the beneficiary download everything and keep documents, then shows the certificate',
    { timeout: 180_000 },
    async () => {
      const { browser, isolated, seed } = env;
      // Content: the consultant assigns the RIASEC, the beneficiary submits it; then the bilan ends.
      const headers = sameOriginHeaders(isolated.app.url);
      const consultantApi = await signedInHome(browser, isolated.app.url, seed.consultant.email);
      const assigned = await consultantApi.request.post(`/api/bilans/${seed.bilanId}/questionnaires`, {
        headers,
        data: { questionnaire: 'instrument:riasec-iip' },
      });
      expect(assigned.status(), await assigned.text()).toBe(201);
      const { assignmentId } = (await assigned.json()) as { assignmentId: string };
      await consultantApi.context().close();
      const beneficiary = await signedInHome(browser, isolated.app.url, seed.beneficiary.email);
      const submitted = await beneficiary.request.post(`/api/assignments/${assignmentId}/submit`, {
        headers,
        data: { version: 1, answers: RIASEC_ANSWERS },
      });
      expect(submitted.status(), await submitted.text()).toBe(200);
      await isolated.db
        .updateTable('bilans')
        .set({ phase: 'cloture', phase_changed_at: new Date(Date.now() - 2 * DAY) })
        .where('id', '=', seed.bilanId)
        .execute();
      const deps = depsFor(isolated.db, { publicUrl: isolated.app.url });
      // The sweep sees the ended bilan today: its schedule, and the warning e-mail.
      await sweepBilanDestruction(deps, new Date());
      const warnings = await isolated.db
        .selectFrom('outbox_emails')
        .select(['subject', 'text_body'])
        .where('to_address', '=', seed.beneficiary.email)
        .where('kind', '=', 'destruction_warning')
        .execute();
      expect(warnings).toHaveLength(1);
      expect(warnings[0]!.text_body).toContain('télécharger');

      await beneficiary.goto('/mon-bilan');
      const notice = beneficiary.getByRole('region', { name: /^Vos documents seront détruits le/ });
      await notice.waitFor();
      await expect.poll(() => notice.innerText()).toMatch(/Destruction dans 28\sjours, le /);
      await checkPage(beneficiary, '150-destruction-annoncee', { title: 'Mon bilan de compétences' });

      // Before the date: everything in one zip, from the notice.
      await notice.getByRole('link', { name: 'Télécharger mes données' }).click();
      const zipLink = beneficiary.getByRole('link', { name: 'Télécharger toutes mes données (.zip)' });
      await zipLink.waitFor();
      await checkPage(beneficiary, '150b-mes-donnees-avant-destruction', { title: 'Mes données' });
      const [download] = await Promise.all([beneficiary.waitForEvent('download'), zipLink.click()]);
      const before = await JSZip.loadAsync(await readFile((await download.path())!));
      expect(Object.keys(before.files)).toContain('02-resultats-detailles-des-questionnaires.pdf');
      expect(Object.keys(before.files)).toContain('LISEZ-MOI.txt');
      await beneficiary.goto('/mon-bilan');
      await notice.waitFor();

      await notice.getByRole('link', { name: /demander par écrit à conserver/ }).click();
      await beneficiary.getByRole('heading', { level: 1, name: 'Conserver des documents de mon bilan' }).waitFor();
      await beneficiary.getByRole('button', { name: 'Signer mon accord écrit' }).click();
      await beneficiary.getByRole('heading', { name: /informations sont à corriger/ }).waitFor();
      await checkPage(beneficiary, '151-conservation-erreurs', {
        title: 'Erreur – Conserver des documents de mon bilan',
      });

      await beneficiary.getByLabel('Le document de synthèse').check();
      const limit = new Date(Date.now() + 365 * DAY).toISOString().slice(0, 10);
      await fillDate(beneficiary.getByRole('group', { name: /^Conserver jusqu’au/ }), limit);
      await beneficiary.getByLabel('Prénom et nom').fill('Bruno Lefèvre');
      await beneficiary.getByLabel(/^Je demande par écrit la conservation/).check();
      await beneficiary.getByRole('button', { name: 'Signer mon accord écrit' }).click();
      await beneficiary.getByText('Votre accord écrit est enregistré').waitFor();
      await beneficiary.getByRole('button', { name: 'Retirer mon accord' }).waitFor();
      await checkPage(beneficiary, '152-conservation-signee', { title: 'Conserver des documents de mon bilan' });

      // Once due, the sweep destroys: the answers are gone, and a new export no longer holds them.
      const done = await sweepBilanDestruction(deps, new Date(Date.now() + 29 * DAY));
      expect(done.destroyed).toBe(1);
      const answers = await isolated.db
        .selectFrom('questionnaire_assignments')
        .select('id')
        .where('bilan_id', '=', seed.bilanId)
        .execute();
      expect(answers).toHaveLength(0);
      const after = await beneficiary.request.get(`/api/bilans/${seed.bilanId}/mes-donnees.zip`);
      expect(after.status()).toBe(200);
      const afterZip = await JSZip.loadAsync(await after.body());
      expect(Object.keys(afterZip.files)).not.toContain('02-resultats-detailles-des-questionnaires.pdf');

      await beneficiary.goto('/mon-bilan');
      await beneficiary.getByRole('link', { name: 'Voir le certificat de destruction' }).click();
      await beneficiary
        .getByRole('heading', { level: 1, name: 'Certificat de destruction des documents du bilan' })
        .waitFor();
      await beneficiary.getByText('Le document de synthèse, jusqu’au', { exact: false }).waitFor();
      await checkPage(beneficiary, '153-certificat-beneficiaire', {
        title: 'Certificat de destruction des documents du bilan',
      });

      const admin = await signedInHome(browser, isolated.app.url, seed.admin.email);
      await admin.goto(`/certificats-de-destruction/${seed.bilanId}`);
      await admin.getByRole('link', { name: 'Télécharger le certificat (PDF)' }).waitFor();
      await checkPage(admin, '154-certificat-organisme', { title: 'Certificat de destruction des documents du bilan' });

      // The dossier's consultant finds it in « Suivi ».
      const consultant = await signedInHome(browser, isolated.app.url, seed.consultant.email);
      await consultant.goto(dossierPath(seed.bilanId, 'suivi'));
      await consultant.getByRole('heading', { level: 3, name: 'Destruction des documents du bilan' }).waitFor();
      await consultant.getByRole('link', { name: 'Voir le certificat de destruction' }).click();
      await consultant.getByRole('link', { name: 'Télécharger le certificat (PDF)' }).waitFor();
      await checkPage(consultant, '155-certificat-consultant', {
        title: 'Certificat de destruction des documents du bilan',
      });

      const pdf = await admin.request.get(`/api/bilans/${seed.bilanId}/lifecycle/certificate.pdf`);
      expect(pdf.status()).toBe(200);
      expect((await pdf.body()).subarray(0, 4).toString()).toBe('%PDF');
    },
  );
});
