/**
 * The synthesis as its two readers see it (decision 043): the consultant gets the draft with its
 * proposals, every version with its comments and its difference from the one before; the
 * beneficiary gets the published versions only (never the draft nor the proposals).
 */
import { sql } from 'kysely';
import type { Trx } from '../../platform/db/kysely.ts';
import { isOpen, type Phase } from '../../bilans/domain/phases.ts';
import type {
  PersonRef,
  SyntheseApprovalView,
  SyntheseCommentView,
  SyntheseDeliveryView,
  SyntheseDraftSectionView,
  SyntheseVersionView,
  SyntheseView,
  SyntheseWithdrawalView,
} from '../contracts/schemas.ts';
import { SYNTHESE_SECTION_HEADINGS, SYNTHESE_SECTION_KEYS } from '../domain/content.ts';
import { DELIVERY_CHANNEL_LABELS } from '../domain/model.ts';
import { isEmpty, orderedSections, sameText, versionDiff, type VersionSection } from '../domain/version.ts';
import { listProposals } from './proposal-repository.ts';
import { findSynthese, listSections } from './synthese-repository.ts';
import { findApproval, listComments, listVersions, listWithdrawnApprovals } from './version-repository.ts';

type Synthese = NonNullable<Awaited<ReturnType<typeof findSynthese>>>;

async function people(db: Trx, ids: (string | null)[]): Promise<Map<string, PersonRef>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const { rows } = await sql<{ id: string; first_name: string; last_name: string; role: string }>`
    SELECT id, first_name, last_name, role FROM users WHERE id IN (${sql.join(wanted)})`.execute(db);
  return new Map(rows.map((r) => [r.id, { id: r.id, name: `${r.first_name} ${r.last_name}`, role: r.role }]));
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export interface SyntheseState {
  synthese: Synthese | undefined;
  sections: Awaited<ReturnType<typeof listSections>>;
  proposals: Awaited<ReturnType<typeof listProposals>>;
  versions: Awaited<ReturnType<typeof listVersions>>;
  comments: Awaited<ReturnType<typeof listComments>>;
  approval: Awaited<ReturnType<typeof findApproval>>;
  withdrawals: Awaited<ReturnType<typeof listWithdrawnApprovals>>;
}

/** Everything stored about the bilan's synthesis. */
export async function readSyntheseState(db: Trx, bilanId: string): Promise<SyntheseState> {
  const synthese = await findSynthese(db, bilanId);
  if (!synthese)
    return { synthese, sections: [], proposals: [], versions: [], comments: [], approval: undefined, withdrawals: [] };
  const [sections, proposals, versions, comments, approval, withdrawals] = await Promise.all([
    listSections(db, synthese.id),
    listProposals(db, synthese.id),
    listVersions(db, synthese.id),
    listComments(db, synthese.id),
    findApproval(db, synthese.id),
    listWithdrawnApprovals(db, synthese.id),
  ]);
  return { synthese, sections, proposals, versions, comments, approval, withdrawals };
}

/** The draft's text, section by section. */
export function draftSections(state: SyntheseState): VersionSection[] {
  return orderedSections(Object.fromEntries(state.sections.map((s) => [s.key, s.text])));
}

function approvalView(state: SyntheseState): SyntheseApprovalView | null {
  const a = state.approval;
  if (!a) return null;
  const version = state.versions.find((v) => v.id === a.version_id)!;
  return {
    versionId: a.version_id,
    versionNumber: version.number,
    sha256: a.version_sha256,
    signedName: a.signed_name,
    signedAt: a.signed_at.toISOString(),
  };
}

function withdrawalViews(state: SyntheseState): SyntheseWithdrawalView[] {
  return state.withdrawals.map((w) => ({
    versionNumber: state.versions.find((v) => v.id === w.version_id)!.number,
    signedName: w.signed_name,
    signedAt: w.signed_at.toISOString(),
    withdrawnAt: w.withdrawn_at!.toISOString(),
    message: w.withdrawn_message,
  }));
}

export async function buildSyntheseView(
  db: Trx,
  bilan: { id: string; phase: Phase },
  audience: 'consultant' | 'beneficiary',
  state: SyntheseState,
): Promise<SyntheseView> {
  const s = state.synthese;
  const who = await people(db, [
    ...state.sections.map((x) => x.updated_by),
    ...state.proposals.map((x) => x.decided_by),
    ...state.versions.map((x) => x.published_by),
    ...state.comments.flatMap((x) => [x.author_id, x.answered_by]),
    s?.delivery_recorded_by ?? null,
  ]);
  const person = (id: string | null) => (id ? (who.get(id) ?? null) : null);

  const commentView = (c: SyntheseState['comments'][number]): SyntheseCommentView => ({
    id: c.id,
    versionId: c.version_id,
    versionNumber: state.versions.find((v) => v.id === c.version_id)!.number,
    sectionKey: c.section_key,
    text: c.text,
    createdAt: c.created_at.toISOString(),
    author: person(c.author_id)!,
    answer: c.answer,
    answeredAt: iso(c.answered_at),
    answeredBy: person(c.answered_by),
    resolved: c.resolved,
  });

  const approval = approvalView(state);
  const versions: SyntheseVersionView[] = state.versions.map((v, n) => {
    const previous = state.versions[n + 1];
    return {
      id: v.id,
      number: v.number,
      sha256: v.sha256,
      publishedAt: v.published_at.toISOString(),
      publishedBy: person(v.published_by)!,
      sections: v.sections.map((x) => ({ key: x.key, heading: SYNTHESE_SECTION_HEADINGS[x.key], text: x.text })),
      comments: state.comments.filter((c) => c.version_id === v.id).map(commentView),
      diffFromPrevious: previous ? versionDiff(previous.sections, v.sections) : null,
      approval: approval?.versionId === v.id ? approval : null,
    };
  });

  const latest = state.versions[0];
  const draft = draftSections(state);
  let draftView: SyntheseDraftSectionView[] | null = null;
  if (audience === 'consultant') {
    draftView = SYNTHESE_SECTION_KEYS.map((key) => {
      const row = state.sections.find((x) => x.key === key);
      const text = row?.text ?? '';
      return {
        key,
        heading: SYNTHESE_SECTION_HEADINGS[key],
        text,
        revision: row?.revision ?? 0,
        updatedAt: iso(row?.updated_at ?? null),
        updatedBy: person(row?.updated_by ?? null),
        changedSincePublished: text !== (latest?.sections.find((x) => x.key === key)?.text ?? ''),
        proposals: state.proposals
          .filter((p) => p.section_key === key)
          .map((p) => ({
            id: p.id,
            sectionKey: p.section_key,
            source: p.source,
            text: p.text,
            status: p.status,
            decidedAt: iso(p.decided_at),
            decidedBy: person(p.decided_by),
          })),
      };
    });
  }

  const delivery: SyntheseDeliveryView | null =
    s?.delivery_channel && s.delivered_on && s.delivery_recorded_at
      ? {
          channel: s.delivery_channel,
          channelLabel: DELIVERY_CHANNEL_LABELS[s.delivery_channel],
          deliveredOn: s.delivered_on,
          recordedAt: s.delivery_recorded_at.toISOString(),
          recordedBy: person(s.delivery_recorded_by)!,
          acknowledgedAt: iso(s.delivery_acknowledged_at),
        }
      : null;

  const open = isOpen(bilan.phase);
  const approved = approval !== null;
  const consultant = audience === 'consultant';
  // A published version is never empty: emptied ones are what the destruction at the end left.
  const contentDestroyed = state.versions.length > 0 && state.versions.every((v) => isEmpty(v.sections));
  const published = versions.length > 0 && !contentDestroyed;
  return {
    bilanId: bilan.id,
    audience,
    editable: consultant && open && !approved,
    draft: draftView,
    versions: contentDestroyed ? [] : versions,
    contentDestroyed,
    approval,
    withdrawals: withdrawalViews(state),
    delivery,
    can: {
      publish:
        consultant && open && !approved && !isEmpty(draft) && (!latest || !sameText(latest.sections, draft)),
      comment: !consultant && open && !approved && published,
      approve: !consultant && open && !approved && published,
      withdrawApproval: !consultant && open && approved && delivery === null,
      recordDelivery: consultant && open && approved && delivery === null,
      acknowledgeDelivery: !consultant && delivery !== null && delivery.acknowledgedAt === null,
      export: published,
    },
  };
}

/** One section of the consultant's draft, after a change. */
export async function readDraftSection(
  db: Trx,
  bilan: { id: string; phase: Phase },
  key: (typeof SYNTHESE_SECTION_KEYS)[number],
): Promise<SyntheseDraftSectionView> {
  const view = await buildSyntheseView(db, bilan, 'consultant', await readSyntheseState(db, bilan.id));
  return view.draft!.find((s) => s.key === key)!;
}
