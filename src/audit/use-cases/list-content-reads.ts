/**
 * « Qui a consulté mes données » (decision 049): the beneficiary reads, newest first and 50 at a
 * time, who read the content of their bilan and what, from the audit log: their consultant (or
 * an earlier one), a share's recipient, an admin. For the bilan's beneficiary only: its
 * consultant and admins 403, anyone else 404.
 */
import type { Actor, Deps } from '../../platform/deps.ts';
import { requireRole } from '../../platform/authorize.ts';
import { readBilan } from '../../bilans/data/bilan-access.ts';
import {
  READ_KIND_LABELS,
  readKindOf,
  readerLabel,
  type ContentReadsPage,
  type ReaderKind,
} from '../contracts/content-reads.ts';
import { listBilanReadRows } from '../data/content-reads.ts';

const PAGE = 50;

export async function listContentReads(
  deps: Deps,
  actor: Actor,
  bilanId: string,
  cursor?: string,
): Promise<ContentReadsPage> {
  requireRole(actor, 'beneficiary');
  const bilan = await readBilan(deps.db, actor, bilanId, 'beneficiary');
  const before = cursor && /^\d{1,18}$/.test(cursor) ? Number(cursor) : undefined;
  const rows = await listBilanReadRows(deps.db, bilan, before, PAGE + 1);
  const page = rows.slice(0, PAGE);
  return {
    reads: page.flatMap((r) => {
      const kind = readKindOf(r.action, r.details ?? {});
      if (!kind) return [];
      const reader: ReaderKind =
        r.action === 'share.opened' || r.action === 'share.document_downloaded'
          ? 'recipient'
          : r.actor_role === 'consultant'
            ? r.actor_user_id === bilan.consultant_id
              ? 'my_consultant'
              : 'consultant'
            : r.actor_role === 'admin'
              ? 'admin'
              : 'unknown';
      const name = reader === 'recipient' ? r.recipient_name : r.first_name ? `${r.first_name} ${r.last_name}` : null;
      return [
        {
          id: r.id,
          at: r.occurred_at.toISOString(),
          reader,
          who: readerLabel(reader, name),
          what: READ_KIND_LABELS[kind],
        },
      ];
    }),
    nextCursor: rows.length > PAGE ? String(page.at(-1)?.id) : null,
  };
}
