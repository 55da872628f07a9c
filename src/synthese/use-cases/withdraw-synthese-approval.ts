/**
 * The beneficiary withdraws their approval of the synthesis (decision 052), to have a mistake
 * corrected before it is delivered: the consultant may then write again and publish a new version,
 * which the beneficiary approves in turn. Only the bilan's beneficiary (the signature is theirs),
 * only while the bilan is open and no delivery is recorded (409 otherwise). The withdrawn approval
 * stays as evidence with the optional message to the consultant. The bilan's row is locked, so
 * simultaneous withdrawals give one and refuse the others. Audited (decision 043).
 */
import { assertOpen, lockBilan } from '../../bilans/data/bilan-access.ts';
import { requireRole } from '../../platform/authorize.ts';
import { auditContext, type Actor, type Deps } from '../../platform/deps.ts';
import { AppError } from '../../shared/errors.ts';
import type { SyntheseView, WithdrawApproval } from '../contracts/schemas.ts';
import { findSynthese } from '../data/synthese-repository.ts';
import { buildSyntheseView, readSyntheseState } from '../data/synthese-view.ts';
import { findApproval, findVersion, withdrawApproval } from '../data/version-repository.ts';

export async function withdrawSyntheseApproval(
  deps: Deps,
  actor: Actor,
  bilanId: string,
  input: WithdrawApproval,
): Promise<{ synthese: SyntheseView }> {
  requireRole(actor, 'beneficiary');
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    const bilan = await lockBilan(trx, actor, bilanId, 'beneficiary');
    assertOpen(bilan);
    const synthese = await findSynthese(trx, bilan.id);
    const approval = synthese ? await findApproval(trx, synthese.id) : undefined;
    if (!synthese || !approval) throw new AppError('synthese_approval_not_running');
    if (synthese.delivered_on !== null) throw new AppError('synthese_approval_delivered');
    if (!(await withdrawApproval(trx, approval.id, { message: input.message, now })))
      throw new AppError('synthese_approval_not_running');
    const version = (await findVersion(trx, synthese.id, approval.version_id))!;
    await deps.audit.record(
      trx,
      auditContext(actor),
      {
        action: 'synthese.approval_withdrawn',
        subjectType: 'synthese_version',
        subjectId: version.id,
        bilanId: bilan.id,
        details: { number: version.number, sha256: approval.version_sha256, withMessage: input.message !== null },
      },
      now,
    );
    return { synthese: await buildSyntheseView(trx, bilan, 'beneficiary', await readSyntheseState(trx, bilan.id)) };
  });
}
