/**
 * The figures of the dossier's header (issue 11), read with the bilan in one statement: financing
 * status, accompaniment planned or held, documents awaiting a signature, consent, the current
 * phase's checklist progress and the earliest EDOF declaration still due.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { testDeps, type TestDeps } from '../../../tests/support/deps.ts';
import {
  createOrganisation,
  createUser,
  insertBilan,
  type TestOrganisation,
} from '../../../tests/support/factories.ts';
import { getBilan } from './get-bilan.ts';

let deps: TestDeps;
let org: TestOrganisation;

beforeEach(async () => {
  deps = testDeps();
  org = await createOrganisation(deps);
});

const at = (iso: string) => new Date(iso);

async function seance(
  bilanId: string,
  values: {
    starts: string;
    ends: string;
    status: 'planned' | 'held' | 'cancelled';
    mode?: 'in_person' | 'personal_work';
    attended?: number;
  },
) {
  await deps.db
    .insertInto('seances')
    .values({
      organisation_id: org.id,
      bilan_id: bilanId,
      consultant_id: org.consultant.id,
      phase: 'preliminaire',
      mode: values.mode ?? 'in_person',
      place: values.mode === 'personal_work' ? null : 'Lyon',
      starts_at: at(values.starts),
      ends_at: at(values.ends),
      status: values.status,
      attended_minutes: values.attended ?? null,
    })
    .execute();
}

async function documentWith(
  bilanId: string,
  kind: 'devis' | 'contrat_individuel' | 'commande_cpf',
  signed: number,
  superseded = false,
) {
  const doc = await deps.db
    .insertInto('bilan_documents')
    .values({
      organisation_id: org.id,
      bilan_id: bilanId,
      kind,
      version: 1,
      pdf: Buffer.from('%PDF-1.7'),
      render_data: '{}',
      sha256: 'a'.repeat(64),
      signers: ['beneficiary', 'provider'],
      created_at: at('2026-11-19T09:00:00Z'),
      superseded_at: superseded ? at('2026-11-20T09:00:00Z') : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const role of (['beneficiary', 'provider'] as const).slice(0, signed)) {
    await deps.db
      .insertInto('document_signatures')
      .values({
        organisation_id: org.id,
        document_id: doc.id,
        document_sha256: 'a'.repeat(64),
        signed_name: 'Bruno Lefèvre',
        signer_role: role,
        signed_at: at('2026-11-21T09:00:00Z'),
      })
      .execute();
  }
}

describe('the dossier header read with the bilan', () => {
  it('counts accompaniment planned or held, documents awaiting a signature, the consent, the checklist and EDOF', async () => {
    const beneficiary = await createUser(deps, org.id, 'beneficiary', 'dossier');
    const bilanId = await insertBilan(deps, org, beneficiary, {
      financing: 'cpf',
      created_at: at('2026-11-01T09:00:00Z'),
    });

    // A fresh bilan: nothing planned, nothing to sign, no answer to the notice, 0 of 5 required items.
    const fresh = await getBilan(deps, org.consultant.actor, bilanId);
    expect(fresh.status).toEqual({
      financingStatus: 'Demande d’inscription reçue',
      scheduledMinutes: 0,
      documentsAwaitingSignature: 0,
      consent: 'none',
      checklist: { met: 0, total: 5 },
      edofDue: null,
    });

    // 2 h planned + a held séance of 2 h attended 1 h 30; a cancelled séance and personal work do not count.
    await seance(bilanId, { starts: '2026-11-30T09:00:00Z', ends: '2026-11-30T11:00:00Z', status: 'planned' });
    await seance(bilanId, {
      starts: '2026-11-16T09:00:00Z',
      ends: '2026-11-16T11:00:00Z',
      status: 'held',
      attended: 90,
    });
    await seance(bilanId, { starts: '2026-11-17T09:00:00Z', ends: '2026-11-17T11:00:00Z', status: 'cancelled' });
    await seance(bilanId, {
      starts: '2026-11-18T09:00:00Z',
      ends: '2026-11-18T10:00:00Z',
      status: 'planned',
      mode: 'personal_work',
    });
    // One current document half signed, one fully signed, one superseded and unsigned.
    await documentWith(bilanId, 'devis', 1);
    await documentWith(bilanId, 'contrat_individuel', 2);
    await documentWith(bilanId, 'commande_cpf', 0, true);
    // The latest answer counts: refused, then given.
    for (const [decision, decidedAt] of [
      ['refused', '2026-11-02T09:00:00Z'],
      ['given', '2026-11-03T09:00:00Z'],
    ] as const) {
      await deps.db
        .insertInto('bilan_consents')
        .values({
          organisation_id: org.id,
          bilan_id: bilanId,
          beneficiary_id: beneficiary.id,
          decision,
          decided_at: at(decidedAt),
          notice_version: '2026-01',
        })
        .execute();
    }
    // The entry was declared; the exit is due, past its deadline (the clock reads 23 November 2026).
    await deps.db
      .insertInto('edof_declarations')
      .values([
        {
          organisation_id: org.id,
          bilan_id: bilanId,
          kind: 'entry',
          event_on: '2026-11-02',
          due_on: '2026-11-05',
          declared_on: '2026-11-04',
          declared_by: org.consultant.id,
          declared_at: at('2026-11-04T09:00:00Z'),
        },
        { organisation_id: org.id, bilan_id: bilanId, kind: 'exit', event_on: '2026-11-15', due_on: '2026-11-20' },
      ])
      .execute();
    await deps.db
      .insertInto('bilan_financings')
      .values({ organisation_id: org.id, bilan_id: bilanId, status: 'order_validated' })
      .execute();

    const detail = await getBilan(deps, org.consultant.actor, bilanId);
    expect(detail.status).toEqual({
      financingStatus: 'Commande validée par le ou la titulaire',
      scheduledMinutes: 120 + 90,
      documentsAwaitingSignature: 1,
      consent: 'given',
      checklist: { met: 1, total: 5 },
      edofDue: { kind: 'exit', dueOn: '2026-11-20', overdue: true },
    });
  });

  it('has no checklist once the bilan has ended', async () => {
    const beneficiary = await createUser(deps, org.id, 'beneficiary', 'fin');
    const bilanId = await insertBilan(deps, org, beneficiary, { phase: 'abandonne', abandon_reason: 'Déménagement' });
    const detail = await getBilan(deps, org.consultant.actor, bilanId);
    expect(detail.status.checklist).toBeNull();
    expect(detail.status.consent).toBe('none');
  });
});
