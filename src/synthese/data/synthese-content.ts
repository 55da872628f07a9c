/**
 * The document of a version (decision 043), as the PDF and the DOCX render it: the version's text
 * and frozen figures, with the people, the organisation and its brand, the bilan's period, and the
 * approval date. Also what the sharing capability calls: the approved synthesis only.
 */
import { parisDate } from '../../platform/clock.ts';
import type { Trx } from '../../platform/db/kysely.ts';
import { readCompletionFacts } from '../../documents/data/document-facts.ts';
import type { SyntheseContent } from '../domain/content.ts';
import { isEmpty, syntheseContent } from '../domain/version.ts';
import { findSynthese } from './synthese-repository.ts';
import { findApproval, latestVersion } from './version-repository.ts';

export interface ContentOfVersion {
  content: SyntheseContent;
  versionId: string;
  number: number;
  approved: boolean;
}

/**
 * The approved version's document, or (`latestIfNotApproved`) the latest published one's; null
 * when there is none. `editedOn` (ISO) defaults to the approval's day, or the publication's.
 */
export async function readSyntheseContent(
  db: Trx,
  organisationId: string,
  bilanId: string,
  options: { latestIfNotApproved: boolean; editedOn?: string },
): Promise<ContentOfVersion | null> {
  const synthese = await findSynthese(db, bilanId);
  if (!synthese || synthese.organisation_id !== organisationId) return null;
  const approval = await findApproval(db, synthese.id);
  let version;
  if (approval) {
    version = await db
      .selectFrom('synthese_versions')
      .selectAll()
      .where('id', '=', approval.version_id)
      .executeTakeFirstOrThrow();
  } else if (options.latestIfNotApproved) {
    version = await latestVersion(db, synthese.id);
  }
  // A published version is never empty: an emptied one is what the destruction at the end left.
  if (!version || isEmpty(version.sections)) return null;
  const { facts, startedOn } = await readCompletionFacts(db, bilanId);
  const o = facts.organisation;
  const approvedOn = approval ? parisDate(approval.signed_at) : null;
  const ended = facts.row.phase === 'cloture' || facts.row.phase === 'abandonne';
  const content = syntheseContent(
    { number: version.number, sections: version.sections, figures: version.figures },
    {
      beneficiaryName: `${facts.beneficiary.firstName} ${facts.beneficiary.lastName}`,
      consultantName: `${facts.consultant.firstName} ${facts.consultant.lastName}`,
      organisation: {
        name: o.name,
        lines: [o.address, [o.postalCode, o.city].filter(Boolean).join(' '), o.phone, o.contactEmail].filter(
          (l): l is string => typeof l === 'string' && l.trim() !== '',
        ),
      },
      ...(o.brand ? { brand: o.brand } : {}),
      period: {
        startedOn: startedOn ?? null,
        endedOn: ended ? parisDate(facts.row.phase_changed_at) : null,
      },
      approvedOn,
      editedOn: options.editedOn ?? approvedOn ?? parisDate(version.published_at),
    },
  );
  return { content, versionId: version.id, number: version.number, approved: approval !== undefined };
}

/** For the sharing capability: the approved synthesis's document, or null until one is approved. */
export async function loadSyntheseForShare(
  db: Trx,
  organisationId: string,
  bilanId: string,
): Promise<SyntheseContent | null> {
  const read = await readSyntheseContent(db, organisationId, bilanId, { latestIfNotApproved: false });
  return read?.content ?? null;
}

/**
 * The closure's fact « document de synthèse remis » (decision 043): the delivery of the approved
 * version is recorded. The beneficiary's acknowledgement is shown but not required, so that it
 * can never hold the closure back.
 */
export async function isSynthesisDelivered(db: Trx, bilanId: string): Promise<boolean> {
  const row = await db
    .selectFrom('syntheses as s')
    .innerJoin('synthese_approvals as a', 'a.synthese_id', 's.id')
    .select('s.id')
    .where('a.withdrawn_at', 'is', null)
    .where('s.bilan_id', '=', bilanId)
    .where('s.delivered_on', 'is not', null)
    .executeTakeFirst();
  return row !== undefined;
}
