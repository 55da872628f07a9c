/**
 * The consultant's records behind the checklist: the préliminaire (need analysis, format,
 * modalities agreed) and the items they attest. Reading the checklist of the current phase.
 */
import { sql } from 'kysely';
import type { Attest, ChecklistView, PhaseRecord } from '../contracts/checklists.ts';
import { AppError } from '../../shared/errors.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { auditContext } from '../../platform/deps.ts';
import { requireRole } from '../../platform/authorize.ts';
import { ATTESTABLE_ITEMS, bilanChecklist } from './bilan-checklist.ts';
import { isOpen } from '../domain/phases.ts';
import { lockBilan, readBilan } from '../data/bilan-access.ts';

export async function getChecklist(deps: Deps, actor: Actor, bilanId: string): Promise<ChecklistView> {
  requireRole(actor, 'consultant');
  return deps.db.transaction().execute(async (trx) => {
    await readBilan(trx, actor, bilanId, 'consultant');
    const bilan = await trx
      .selectFrom('bilans')
      .select(['id', 'phase', 'financing', 'created_at', 'accompaniment_done_minutes'])
      .where('id', '=', bilanId)
      .executeTakeFirstOrThrow();
    const record = await trx
      .selectFrom('bilan_phase_records')
      .select(['need_analysis', 'format', 'modalities'])
      .where('bilan_id', '=', bilanId)
      .executeTakeFirst();
    const state = await bilanChecklist(trx, bilan);
    return {
      phase: bilan.phase,
      complete: state.checklist?.complete ?? true,
      items: (state.checklist?.items ?? []).map((i) => ({
        ...i,
        attestable: (ATTESTABLE_ITEMS as readonly string[]).includes(i.code),
        note: state.attested[i.code]?.note ?? null,
      })),
      record: {
        needAnalysis: record?.need_analysis ?? '',
        format: record?.format ?? '',
        modalities: record?.modalities ?? '',
      },
    };
  });
}

export async function savePhaseRecord(deps: Deps, actor: Actor, bilanId: string, input: PhaseRecord): Promise<void> {
  requireRole(actor, 'consultant');
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const bilan = await lockBilan(trx, actor, bilanId, 'consultant');
    if (!isOpen(bilan.phase)) throw new AppError('bilan_closed');
    await trx
      .insertInto('bilan_phase_records')
      .values({
        bilan_id: bilanId,
        organisation_id: bilan.organisation_id,
        need_analysis: input.needAnalysis,
        format: input.format,
        modalities: input.modalities,
        updated_at: now,
        updated_by: actor.userId,
      })
      .onConflict((oc) =>
        oc.column('bilan_id').doUpdateSet({
          need_analysis: input.needAnalysis,
          format: input.format,
          modalities: input.modalities,
          updated_at: now,
          updated_by: actor.userId,
        }),
      )
      .execute();
    await deps.audit.record(
      trx,
      auditContext(actor),
      { action: 'bilan.record_updated', subjectType: 'bilan', subjectId: bilanId, details: { part: 'preliminaire' } },
      now,
    );
  });
}

export async function attestItem(deps: Deps, actor: Actor, bilanId: string, input: Attest): Promise<void> {
  requireRole(actor, 'consultant');
  if (!(ATTESTABLE_ITEMS as readonly string[]).includes(input.item)) {
    throw new AppError('validation_failed', {
      fields: { item: 'Cet élément est constaté par Sillage lui-même, il ne se coche pas.' },
    });
  }
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const bilan = await lockBilan(trx, actor, bilanId, 'consultant');
    if (!isOpen(bilan.phase)) throw new AppError('bilan_closed');
    const entry = JSON.stringify({
      [input.item]: { at: now.toISOString(), by: actor.userId, ...(input.note ? { note: input.note } : {}) },
    });
    const attested = input.met
      ? sql`bilan_phase_records.attested || ${entry}::jsonb`
      : sql`bilan_phase_records.attested - ${input.item}::text`;
    await trx
      .insertInto('bilan_phase_records')
      .values({
        bilan_id: bilanId,
        organisation_id: bilan.organisation_id,
        attested: input.met ? entry : '{}',
        updated_at: now,
        updated_by: actor.userId,
      })
      .onConflict((oc) =>
        oc.column('bilan_id').doUpdateSet({ attested: attested as never, updated_at: now, updated_by: actor.userId }),
      )
      .execute();
    await deps.audit.record(
      trx,
      auditContext(actor),
      {
        action: 'bilan.record_updated',
        subjectType: 'bilan',
        subjectId: bilanId,
        details: { part: input.item, met: input.met },
      },
      now,
    );
  });
}
