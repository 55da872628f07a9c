/**
 * CPF: the consultant records that the entry or the exit was declared on EDOF (the sweep wrote
 * down each declaration to make, with its deadline, and reminded them).
 */
import { parisDate } from '../../platform/clock.ts';
import type { EdofDeclared } from '../contracts/schemas.ts';
import { AppError } from '../../shared/errors.ts';
import { requireRole } from '../../platform/authorize.ts';
import { auditContext, type Actor, type Deps } from '../../platform/deps.ts';
import { pastOrTodayDate } from '../../platform/validation.ts';
import { lockBilan } from '../../bilans/data/bilan-access.ts';
import { lockEdofDeclaration, setEdofDeclared } from '../data/edof-repository.ts';

export async function markEdofDeclared(deps: Deps, actor: Actor, bilanId: string, input: EdofDeclared): Promise<void> {
  requireRole(actor, 'consultant');
  const now = deps.clock.now();
  const declaredOn = pastOrTodayDate(
    input.declaredOn,
    'declaredOn',
    parisDate(now),
    'La date de déclaration ne peut pas être dans le futur.',
  );
  await deps.db.transaction().execute(async (trx) => {
    await lockBilan(trx, actor, bilanId, 'consultant');
    const row = await lockEdofDeclaration(trx, bilanId, input.kind);
    if (!row)
      throw new AppError('follow_up_refused', {
        message: 'Cette déclaration EDOF n’est pas encore attendue pour ce bilan.',
      });
    if (row.declared_on)
      throw new AppError('follow_up_refused', { message: 'Cette déclaration EDOF est déjà enregistrée.' });
    if (declaredOn < row.event_on) {
      throw new AppError('validation_failed', {
        fields: { declaredOn: 'La déclaration ne peut pas précéder l’événement déclaré.' },
      });
    }
    await setEdofDeclared(trx, bilanId, input.kind, { on: declaredOn, by: actor.userId }, now);
    await deps.audit.record(
      trx,
      auditContext(actor),
      { action: 'edof.declared', subjectType: 'bilan', subjectId: bilanId, details: { kind: input.kind, declaredOn } },
      now,
    );
  });
}
