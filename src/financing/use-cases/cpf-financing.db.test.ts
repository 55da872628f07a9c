/**
 * The CPF financing record against PostgreSQL (decision 015): the earliest start and the séances
 * it allows, the cap, participation and 5-year warnings, refusals in French with nothing saved,
 * and the status catalogue.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { testDeps, type TestDeps } from '../../../tests/support/deps.ts';
import { type TestOrganisation, createDocumentedBilan } from '../../../tests/support/factories.ts';
import { changeFinancingStatus } from './change-financing-status.ts';
import { getFinancing } from './get-financing.ts';
import { saveFinancing } from './save-financing.ts';
import { planSeance } from '../../seances/use-cases/plan-seance.ts';
import type { Financing } from '../domain/catalog.ts';

let deps: TestDeps;
let org: TestOrganisation;
let bilanId: string;
async function setup(financing: Financing, now: string) {
  deps = testDeps(now);
  ({ org, bilanId } = await createDocumentedBilan(deps, financing));
}

const count = async (table: 'seances') =>
  (await deps.db.selectFrom(table).select('id').where('organisation_id', '=', org.id).execute()).length;

describe('CPF financing', () => {
  beforeEach(() => setup('cpf', '2026-05-06T08:00:00Z'));

  it('computes the earliest start, refuses a séance the day before and accepts it on the day', async () => {
    const view = await saveFinancing(deps, org.consultant.actor, bilanId, {
      cpfOrderReference: 'CPF-2026-000123',
      cpfValidatedOn: '2026-05-04',
      price: '1 950',
    });
    expect(view.cpf).toMatchObject({
      validatedOn: '2026-05-04',
      earliestStart: '2026-05-22',
      capCents: 160000,
      remainderCents: 35000,
      participationCents: 10320,
    });
    const plan = (date: string) =>
      planSeance(deps, org.consultant.actor, bilanId, {
        date,
        start: '14:00',
        end: '16:00',
        mode: 'in_person',
        phase: 'preliminaire',
        place: 'Lyon',
      });
    await expect(plan('2026-05-21')).rejects.toMatchObject({
      code: 'validation_failed',
      fields: { date: expect.stringContaining('Le bilan peut commencer au plus tôt le 22 mai 2026.') },
    });
    expect(await count('seances')).toBe(0);
    await expect(plan('2026-05-22')).resolves.toMatchObject({ seanceId: expect.any(String) });
  });

  it('warns above the cap with the remainder, shows the participation, its exemption and the 5-year warning', async () => {
    const view = await saveFinancing(deps, org.consultant.actor, bilanId, {
      cpfValidatedOn: '2026-05-04',
      price: '1 950,00 €',
      previousPublicBilan: 'yes',
      previousPublicBilanOn: '2023-01-10',
    });
    const codes = view.issues.map((i) => i.code);
    expect(codes).toEqual(
      expect.arrayContaining(['cpf_price_above_cap', 'cpf_participation_due', 'cpf_carence_possible']),
    );
    expect(view.issues.find((i) => i.code === 'cpf_price_above_cap')?.message).toContain(
      '350,00\u00a0€ restent à financer',
    );
    const exempt = await saveFinancing(deps, org.consultant.actor, bilanId, {
      cpfExemptions: ['job_seeker'],
      price: '1 600',
      previousPublicBilan: 'none',
    });
    expect(exempt.issues.map((i) => i.code)).toEqual(['cpf_participation_exempt']);
    expect(exempt.cpf).toMatchObject({ participationCents: 0, remainderCents: 0 });
  });

  it('refuses a wrong amount, a date that does not exist or lies in the future, in French; nothing saved', async () => {
    await getFinancing(deps, org.consultant.actor, bilanId);
    await expect(
      saveFinancing(deps, org.consultant.actor, bilanId, { price: '1.600,5', cpfValidatedOn: '2026-05-04' }),
    ).rejects.toMatchObject({
      code: 'validation_failed',
      fields: { price: expect.stringContaining('n’est pas valide') },
    });
    await expect(
      saveFinancing(deps, org.consultant.actor, bilanId, { cpfValidatedOn: '2026-02-30' }),
    ).rejects.toMatchObject({ fields: { cpfValidatedOn: 'Cette date n’existe pas : vérifiez le jour et le mois.' } });
    await expect(
      saveFinancing(deps, org.consultant.actor, bilanId, { cpfValidatedOn: '2026-06-01' }),
    ).rejects.toMatchObject({ fields: { cpfValidatedOn: 'La commande ne peut pas avoir été validée dans le futur.' } });
    // Before Mon Compte Formation opened, no CPF delay is known: it was saved, then reading it back failed (500).
    await expect(
      saveFinancing(deps, org.consultant.actor, bilanId, { cpfValidatedOn: '2019-11-20' }),
    ).rejects.toMatchObject({
      code: 'validation_failed',
      fields: {
        cpfValidatedOn:
          'La commande ne peut pas avoir été validée avant l’ouverture de Mon Compte Formation, le 21 novembre 2019.',
      },
    });
    await expect(
      saveFinancing(deps, org.consultant.actor, bilanId, { cpfValidatedOn: '2019-11-21' }),
    ).resolves.toMatchObject({ cpf: { validatedOn: '2019-11-21' } });
    await saveFinancing(deps, org.consultant.actor, bilanId, { cpfValidatedOn: '' });
    const row = await deps.db
      .selectFrom('bilan_financings')
      .selectAll()
      .where('bilan_id', '=', bilanId)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ price_cents: null, cpf_validated_on: null });
  });

  it('moves the status along the catalogue only, naming the refused move', async () => {
    await expect(changeFinancingStatus(deps, org.consultant.actor, bilanId, 'paid')).rejects.toMatchObject({
      code: 'financing_refused',
      message:
        'Le dossier de financement ne peut pas passer de « Demande d’inscription reçue » à « Payé par la Caisse des dépôts ».',
    });
    await expect(changeFinancingStatus(deps, org.consultant.actor, bilanId, 'proposal_sent')).resolves.toMatchObject({
      status: 'proposal_sent',
    });
  });
});
