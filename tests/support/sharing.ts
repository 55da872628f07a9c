/**
 * Fixtures of sharing with consent (decision 045): a bilan with submitted results to share, and
 * shares made through the use case, with the link its e-mail carries (read from the outbox, as a
 * recipient would from their mailbox).
 */
import { parisDate } from '../../src/platform/clock.ts';
import type { Actor } from '../../src/platform/deps.ts';
import { RIASEC_DEFINITION } from '../../src/instruments/domain/riasec/definition.ts';
import { assignQuestionnaire } from '../../src/questionnaires/use-cases/assign-questionnaire.ts';
import { submitQuestionnaire } from '../../src/questionnaires/use-cases/submit-questionnaire.ts';
import { addDays, parsePlainDate } from '../../src/shared/calendar/plain-date.ts';
import { SHARE_SOURCES } from '../../src/sharing/capability.ts';
import type { CreateShare } from '../../src/sharing/contracts/schemas.ts';
import { createShare } from '../../src/sharing/use-cases/create-share.ts';
import type { TestDeps } from './deps.ts';

export const RIASEC_ANSWERS = Object.fromEntries(
  RIASEC_DEFINITION.sections.flatMap((s) => s.questions).map((q, i) => [q.id, (i % 5) + 1]),
);

/** The consultant assigns the RIASEC, the beneficiary submits it: the bilan has results to share. */
export async function submitRiasec(deps: TestDeps, consultant: Actor, beneficiary: Actor, bilanId: string) {
  const { assignmentId } = await assignQuestionnaire(deps, consultant, bilanId, {
    questionnaire: 'instrument:riasec-iip',
    dueOn: undefined,
    seanceId: undefined,
  });
  await submitQuestionnaire(deps, beneficiary, assignmentId, { version: 1, answers: RIASEC_ANSWERS });
  return assignmentId;
}

/** A day `days` after today (Paris) by the deps' clock. */
export function dayIn(deps: TestDeps, days: number): string {
  return addDays(parsePlainDate(parisDate(deps.clock.now())), days);
}

let counter = 0;

/** A share of the results by `beneficiary`, and the token of its e-mailed link. */
export async function shareResults(
  deps: TestDeps,
  beneficiary: Actor,
  bilanId: string,
  input: Partial<CreateShare> = {},
): Promise<{ shareId: string; token: string; email: string }> {
  const email = input.recipientEmail ?? `destinataire-${++counter}-${Date.now()}@exemple.fr`;
  const { shareId } = await createShare(deps, SHARE_SOURCES, beneficiary, bilanId, {
    recipientName: 'Claire Conseil',
    recipientKind: 'cep',
    documents: ['resultats'],
    expiresOn: dayIn(deps, 30),
    ...input,
    recipientEmail: email,
  });
  const [token] = await linksTo(deps, email);
  if (!token) throw new Error(`No share link e-mailed to ${email}`);
  return { shareId, token, email };
}

/** The tokens of the links e-mailed to `email` (still in the outbox: no SMTP in tests). */
export async function linksTo(deps: TestDeps, email: string): Promise<string[]> {
  const rows = await deps.db
    .selectFrom('outbox_emails')
    .select(['link_url'])
    .where('to_address', '=', email)
    .where('link_url', 'is not', null)
    .execute();
  return rows.map((row) => /\/partage\/([A-Za-z0-9_-]+)$/.exec(row.link_url ?? '')?.[1] ?? '').filter(Boolean);
}
