/**
 * A beneficiary, an employer, a funder or anyone sends a complaint through the organisation's
 * public page (indicator 31: the register must be reachable without an account). It enters the
 * register as « reçue » through the channel « formulaire », dated today in Paris; the organisation's
 * admins get a notice (no description in it). Only when the page is online (404 otherwise).
 *
 * Robots: a filled honeypot is answered like a success and nothing is stored; each IP address may
 * send a few complaints per hour (counted in login_throttle under `complaint:<ip>`, in its own
 * transaction so that a refused one still counts), as the contact form does.
 */
import { readThrottle, writeThrottle } from '../../accounts/data/login-throttle-repository.ts';
import { listActiveAdmins } from '../../accounts/data/user-repository.ts';
import { afterFailure, blockedMinutesLeft } from '../../accounts/domain/policies.ts';
import { publishedOrganisation } from '../../intake/data/public-organisation.ts';
import { parisDate } from '../../platform/clock.ts';
import type { Trx } from '../../platform/db/kysely.ts';
import type { Deps, Origin } from '../../platform/deps.ts';
import { AppError } from '../../shared/errors.ts';
import type { PublicComplaint } from '../contracts/schemas.ts';
import { insertComplaint } from '../data/complaint-repository.ts';
import { newComplaintEmail } from '../domain/emails.ts';
import { COMPLAINT_IP_THROTTLE } from '../domain/registers.ts';

async function countComplaint(trx: Trx, ip: string | null, now: Date): Promise<void> {
  const key = `complaint:${ip ?? 'inconnue'}`;
  const state = await readThrottle(trx, key, true);
  if (blockedMinutesLeft(state, now) > 0) throw new AppError('complaint_throttled');
  await writeThrottle(trx, key, afterFailure(state, COMPLAINT_IP_THROTTLE, now));
}

export async function submitPublicComplaint(
  deps: Deps,
  origin: Origin,
  slug: string,
  input: PublicComplaint,
): Promise<void> {
  const now = deps.clock.now();
  const org = await publishedOrganisation(deps.db, slug);
  if (input.website) {
    deps.log.info({ slug, ip: origin.ip }, 'Formulaire de réclamation : piège à robots rempli, envoi ignoré');
    return;
  }
  await deps.db.transaction().execute((trx) => countComplaint(trx, origin.ip, now));
  await deps.db.transaction().execute(async (trx) => {
    const id = await insertComplaint(trx, {
      organisationId: org.id,
      by: null,
      now,
      fields: {
        receivedOn: parisDate(now),
        channel: 'formulaire',
        complainantRole: input.complainantRole,
        complainantName: input.complainantName,
        complainantContact: input.replyEmail,
        kind: 'reclamation',
        description: input.description,
        acknowledgedOn: null,
        answer: null,
        resolvedOn: null,
        status: 'recue',
        improvementActionId: null,
      },
    });
    if (!id) throw new Error('A new complaint’s generated id was taken');
    await deps.audit.record(
      trx,
      { organisationId: org.id, userId: null, role: null, ip: origin.ip, userAgent: origin.userAgent },
      {
        action: 'quality.complaint_recorded',
        subjectType: 'quality_complaint',
        subjectId: id,
        details: { channel: 'formulaire', role: input.complainantRole },
      },
      now,
    );
    for (const admin of await listActiveAdmins(trx, org.id)) {
      await deps.outbox.enqueue(
        trx,
        {
          organisationId: org.id,
          kind: 'complaint_received',
          to: admin.email,
          message: newComplaintEmail({
            firstName: admin.first_name,
            organisationName: org.name,
            url: `${deps.publicUrl}/admin/qualiopi/reclamations`,
          }),
        },
        now,
      );
    }
  });
  deps.emailsQueued();
}
