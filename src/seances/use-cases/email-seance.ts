/**
 * Sends a séance e-mail (planned, moved, cancelled) to the beneficiary with its calendar
 * invitation (or cancellation), in the transaction of the change.
 */
import { renderIcs } from '../../platform/calendar/ics.ts';
import type { EmailMessage } from '../../email/domain/message.ts';
import type { SeanceEmailFacts } from '../domain/emails.ts';
import type { SeanceMode } from '../domain/seance.ts';
import type { Deps } from '../../platform/deps.ts';
import type { ReachedBilan } from '../../bilans/data/bilan-access.ts';
import type { Trx } from '../../platform/db/kysely.ts';
import { findSeanceParties } from '../data/seance-repository.ts';

export async function emailSeance(
  trx: Trx,
  deps: Deps,
  input: {
    seance: {
      id: string;
      starts_at: Date;
      ends_at: Date;
      mode: SeanceMode;
      place: string | null;
      link: string | null;
      calendar_sequence: number;
    };
    bilan: ReachedBilan;
    method: 'REQUEST' | 'CANCEL';
    kind: string;
  },
  compose: (facts: SeanceEmailFacts) => EmailMessage,
  now: Date,
): Promise<void> {
  const people = await findSeanceParties(trx, input.seance.id);
  const consultantName = `${people.c_first} ${people.c_last}`;
  const facts: SeanceEmailFacts = {
    beneficiaryFirstName: people.first_name,
    consultantName,
    organisationName: people.organisation_name,
    startsAt: input.seance.starts_at,
    endsAt: input.seance.ends_at,
    mode: input.seance.mode,
    place: input.seance.place,
    link: input.seance.link,
    url: `${deps.publicUrl}/mon-bilan`,
  };
  const message = compose(facts);
  const ics = renderIcs({
    uid: `seance-${input.seance.id}@sillage`,
    sequence: input.seance.calendar_sequence,
    method: input.method,
    startsAt: input.seance.starts_at,
    endsAt: input.seance.ends_at,
    title: `Bilan de compétences — séance avec ${consultantName}`,
    description:
      input.seance.mode === 'remote' ? `Visioconférence : ${input.seance.link ?? ''}` : `${people.organisation_name}`,
    location:
      input.seance.mode === 'in_person'
        ? input.seance.place
        : input.seance.mode === 'remote'
          ? input.seance.link
          : null,
    organizer: { name: consultantName, email: people.c_email },
    attendee: { name: `${people.first_name} ${people.last_name}`, email: people.email },
    stamp: now,
  });
  await deps.outbox.enqueue(
    trx,
    {
      organisationId: input.bilan.organisation_id,
      kind: input.kind,
      to: people.email,
      message: {
        ...message,
        attachments: [
          { filename: 'seance.ics', contentType: `text/calendar; charset=utf-8; method=${input.method}`, content: ics },
        ],
      },
    },
    now,
  );
}
