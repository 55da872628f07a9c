/**
 * The destruction certificate as a PDF (decision 046), for the bilan's beneficiary, its consultant
 * and its organisation's admins: every destruction entry, no content. 404 (French) before any
 * destruction. Rendered on demand through the documents' Typst layout.
 */
import { readDocumentFacts } from '../../documents/data/document-facts.ts';
import { parisDate } from '../../platform/clock.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import type { FileAnswer } from '../../shared/api/endpoint.ts';
import { AppError } from '../../shared/errors.ts';
import { CERTIFICATE_FILE_NAME, certificatePdf } from '../domain/certificate.ts';
import type { KeepableItem } from '../domain/registry.ts';
import { listCertificates } from '../data/destruction-repository.ts';
import { reachLifecycle } from '../data/lifecycle-access.ts';

export async function exportDestructionCertificate(deps: Deps, actor: Actor, bilanId: string): Promise<FileAnswer> {
  const bilan = await reachLifecycle(deps.db, actor, bilanId);
  const certificates = await listCertificates(deps.db, bilan.organisation_id, bilan.id);
  if (certificates.length === 0) throw new AppError('destruction_certificate_missing');
  const facts = await readDocumentFacts(deps.db, bilan.id);
  const pdf = deps.pdf.render(
    certificatePdf(
      certificates.map((c) => ({
        reason: c.reason,
        destroyedOn: c.destroyed_on,
        backupsGoneOn: c.backups_gone_on,
        categories: c.categories,
        keptItems: c.kept_items as KeepableItem[],
        keptUntil: c.kept_until,
      })),
      {
        beneficiaryName: `${facts.beneficiary.firstName} ${facts.beneficiary.lastName}`,
        organisation: {
          name: facts.organisation.name,
          lines: [
            facts.organisation.address,
            [facts.organisation.postalCode, facts.organisation.city].filter(Boolean).join(' '),
          ].filter((l): l is string => Boolean(l)),
        },
        editedOn: parisDate(deps.clock.now()),
      },
    ),
  );
  return { bytes: pdf, filename: CERTIFICATE_FILE_NAME, contentType: 'application/pdf', disposition: 'attachment' };
}
