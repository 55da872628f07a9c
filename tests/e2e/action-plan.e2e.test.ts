/**
 * The action plan in Chromium (issue 14): with a piste and its training need written through the
 * API (free words, no ROME catalogue), the consultant adds steps in the dossier's « Plan d’action »,
 * one linked to the training need (its piste follows); the beneficiary finds « Mon plan d’action »
 * from their home and updates a status; once the bilan is closed the plan still reads and its
 * status still changes. axe-core and the phone width on each screen.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seededBrowserApp } from '../support/e2e-suite.ts';
import { checkPage, expectFocusOnHeading } from '../support/a11y.ts';
import { fillDate } from '../support/date-fields.ts';
import { dossierNav } from '../support/dossier.ts';
import { signedInPage } from '../support/e2e-app.ts';
import { sameOriginHeaders } from '../support/server.ts';

const skip = inject('e2eSkip');
const postgresUrl = inject('e2ePostgresUrl');

const DOSSIER = 'Bilan de Bruno Lefèvre';
const MINE = 'Mon plan d’action';

const stepItem = (page: Page, what: string) =>
  page.locator('li.action-step', { has: page.getByRole('heading', { level: 4, name: what, exact: true }) });

async function waitSaved(editor: ReturnType<Page['locator']>): Promise<void> {
  try {
    await editor
      .getByRole('status')
      .getByText(/^Enregistré à \d{1,2} h \d\d$/)
      .waitFor({ timeout: 10_000 });
  } catch (error) {
    throw new Error(`not saved: ${await editor.innerText()}`, { cause: error });
  }
}

describe.skipIf(Boolean(skip))('the action plan in the browser', () => {
  const env = seededBrowserApp(postgresUrl, 'Cap Avenir Plan');

  it(
    'lets the consultant write the plan and the beneficiary follow it, after the bilan too',
    { timeout: 120_000 },
    async () => {
      const { browser, isolated, seed } = env;
      const consultant = await signedInPage(browser, isolated.app.url, seed.consultant.email);
      await consultant.getByRole('heading', { level: 1, name: 'Aujourd’hui' }).waitFor();
      const headers = sameOriginHeaders(isolated.app.url);
      const piste = await consultant.request.post(`/api/bilans/${seed.bilanId}/exploration/pistes`, {
        headers,
        data: { kind: 'free_project', title: 'Libraire indépendant', status: 'retenue' },
      });
      expect(piste.status(), await piste.text()).toBe(200);
      const pisteId = ((await piste.json()) as { piste: { id: string } }).piste.id;
      const need = await consultant.request.post(`/api/bilans/${seed.bilanId}/exploration/training-needs`, {
        headers,
        data: { pisteId, content: 'Gestion d’une librairie', funding: 'cpf' },
      });
      expect(need.status(), await need.text()).toBe(200);

      // The dossier's « Plan d’action », after « Pistes » in its navigation.
      await consultant.goto(`/consultant/bilans/${seed.bilanId}/plan-d-action`);
      await dossierNav(consultant).locator('a[aria-current="page"]', { hasText: 'Plan d’action' }).waitFor();
      const labels = await dossierNav(consultant).getByRole('link').allInnerTexts();
      expect(labels.findIndex((l) => l.startsWith('Plan d’action'))).toBe(
        labels.findIndex((l) => l.startsWith('Pistes')) + 1,
      );
      await consultant.getByText('Aucune étape à court terme pour l’instant.').waitFor();

      await consultant.getByRole('button', { name: 'Ajouter une étape à moyen terme' }).click();
      // One editor open at a time; its heading becomes « Modifier l’étape … » once saved.
      await consultant.getByRole('group', { name: 'Nouvelle étape' }).waitFor();
      const editor = consultant.locator('.portfolio-editor');
      await editor.getByRole('textbox', { name: /^Étape/ }).fill('Suivre la formation « Gérer une librairie »');
      await editor.getByRole('textbox', { name: /^Qui/ }).fill('Moi, avec l’INFL');
      await fillDate(editor.getByRole('group', { name: /^Échéance/ }), '2027-09-30');
      // The training need brings its piste.
      await editor
        .getByRole('combobox', { name: /^Besoin de formation/ })
        .selectOption({ label: 'Gestion d’une librairie' });
      await expect.poll(() => editor.getByRole('combobox', { name: /^Piste/ }).inputValue()).toBe(pisteId);
      await editor
        .getByRole('combobox', { name: /^Financement/ })
        .selectOption({ label: 'Compte personnel de formation (CPF)' });
      await waitSaved(editor);
      await checkPage(consultant, '130-plan-d-action-etape', { title: DOSSIER });
      await editor.getByRole('button', { name: 'Enregistrer et fermer' }).click();
      await editor.waitFor({ state: 'detached' });
      const training = stepItem(consultant, 'Suivre la formation « Gérer une librairie »');
      await training.getByText('Libraire indépendant').waitFor();
      await training.getByText('30 septembre 2027').waitFor();

      await consultant.getByRole('button', { name: 'Ajouter une étape à court terme' }).click();
      await consultant.getByRole('group', { name: 'Nouvelle étape' }).waitFor();
      const short = consultant.locator('.portfolio-editor');
      await short.getByRole('textbox', { name: /^Étape/ }).fill('Rencontrer deux libraires du quartier');
      await waitSaved(short);
      await short.getByRole('button', { name: 'Enregistrer et fermer' }).click();
      await short.waitFor({ state: 'detached' });
      await checkPage(consultant, '131-plan-d-action-dossier', { title: DOSSIER });

      // The beneficiary, from their home.
      const beneficiary = await signedInPage(browser, isolated.app.url, seed.beneficiary.email);
      await beneficiary.getByRole('link', { name: MINE }).first().click();
      await expectFocusOnHeading(beneficiary, MINE);
      const first = stepItem(beneficiary, 'Rencontrer deux libraires du quartier');
      await first.getByRole('combobox', { name: 'Avancement' }).selectOption({ label: 'En cours' });
      await first.getByText('En cours', { exact: true }).first().waitFor();
      await expect.poll(() => first.locator('.chip').innerText()).toBe('En cours');
      await checkPage(beneficiary, '132-mon-plan-d-action', { title: MINE });

      // In conclusion, the closure checklist counts the plan as a fact, with the way to it.
      await isolated.db.updateTable('bilans').set({ phase: 'conclusion' }).where('id', '=', seed.bilanId).execute();
      await consultant.goto(`/consultant/bilans/${seed.bilanId}`);
      const item = consultant.locator('ul.checklist li', { hasText: 'Plan d’action établi' });
      await expect.poll(() => item.getAttribute('class')).toBe('met');
      expect(await item.innerText()).toMatch(/^Fait :\s/);
      expect(await consultant.getByRole('checkbox', { name: /Plan d’action établi/ }).count()).toBe(0);
      await item.getByRole('link', { name: 'Ouvrir le plan d’action' }).click();
      await dossierNav(consultant).locator('a[aria-current="page"]', { hasText: 'Plan d’action' }).waitFor();

      // The bilan closed: the plan is theirs; they still mark a step done; nothing else changes.
      await isolated.db.updateTable('bilans').set({ phase: 'cloture' }).where('id', '=', seed.bilanId).execute();
      await beneficiary.reload();
      await beneficiary.getByText(/Le bilan est terminé : ce plan d’action est le vôtre/).waitFor();
      expect(await beneficiary.getByRole('button', { name: /^Ajouter une étape/ }).count()).toBe(0);
      expect(await beneficiary.getByRole('button', { name: /^Modifier/ }).count()).toBe(0);
      await first.getByRole('combobox', { name: 'Avancement' }).selectOption({ label: 'Faite' });
      await expect.poll(() => first.locator('.chip').innerText()).toBe('Faite');
      await checkPage(beneficiary, '133-mon-plan-d-action-apres-bilan', { title: MINE });
    },
  );
});
