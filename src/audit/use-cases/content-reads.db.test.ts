/**
 * Reads of a bilan's content by anyone but its beneficiary (issue 15, decision 049), against a
 * real database: the consultant's reads of answers, an external test's report, the portfolio, the
 * pistes, the synthèse and the need analysis are one `content.read` each, with its category and
 * nothing of the content; the beneficiary reading the same writes nothing; the same read within
 * ten minutes is written once; the beneficiary lists who read what, with a share's recipient,
 * newest first and page by page; nobody else lists them.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { testDeps, type TestDeps } from '../../../tests/support/deps.ts';
import {
  completePreliminaire,
  createOrganisation,
  createUser,
  insertBilan,
  type TestOrganisation,
  type TestUser,
} from '../../../tests/support/factories.ts';
import { samplePublisherReport } from '../../../tests/support/sample-pdf.ts';
import { shareResults, submitRiasec } from '../../../tests/support/sharing.ts';
import { getChecklist } from '../../bilans/use-cases/get-checklist.ts';
import { PisteSchema } from '../../exploration/contracts/schemas.ts';
import { getExploration } from '../../exploration/use-cases/get-exploration.ts';
import { savePiste } from '../../exploration/use-cases/save-piste.ts';
import { ExternalTestSchema } from '../../external-tests/contracts/schemas.ts';
import { readExternalTestReport } from '../../external-tests/use-cases/read-external-test-report.ts';
import { recordExternalTest } from '../../external-tests/use-cases/record-external-test.ts';
import type { Actor } from '../../platform/deps.ts';
import { ExperienceSchema } from '../../portfolio/contracts/schemas.ts';
import { exportPortfolioPdf } from '../../portfolio/use-cases/export-portfolio-pdf.ts';
import { getPortfolio } from '../../portfolio/use-cases/get-portfolio.ts';
import { saveExperience } from '../../portfolio/use-cases/save-experience.ts';
import { getAssignment } from '../../questionnaires/use-cases/get-assignment.ts';
import { SHARE_SOURCES } from '../../sharing/capability.ts';
import { openShare } from '../../sharing/use-cases/open-share.ts';
import { getSynthese } from '../../synthese/use-cases/get-synthese.ts';
import { READ_DEDUP_MINUTES, READ_KIND_LABELS } from '../contracts/content-reads.ts';
import { listContentReads } from './list-content-reads.ts';
import { refusal } from '../../../tests/support/refusal.ts';

let deps: TestDeps;
let org: TestOrganisation;
let beneficiary: TestUser;
let bilanId: string;

const reads = () =>
  deps.db
    .selectFrom('audit_events')
    .select(['actor_user_id', 'actor_role', 'subject_type', 'subject_id', 'details'])
    .where('bilan_id', '=', bilanId)
    .where('action', '=', 'content.read')
    .orderBy('id')
    .execute();

/** A bilan with something in each place: answers, an external test's report, a portfolio, a piste, a need analysis. */
async function filledBilan() {
  await completePreliminaire(deps, bilanId, org.consultant, beneficiary);
  const assignmentId = await submitRiasec(deps, org.consultant.actor, beneficiary.actor, bilanId);
  const { resultId } = await recordExternalTest(
    deps,
    org.consultant.actor,
    bilanId,
    ExternalTestSchema.parse({
      testName: 'Inventaire d’intérêts professionnels',
      publisher: 'Éditions Fictives',
      takenOn: '2026-11-20',
      code: 'SAE',
      scores: [{ label: 'Social', value: 12 }],
      consultantComment: 'Profil très secret.',
    }),
    { fileName: 'rapport.pdf', bytes: samplePublisherReport() },
  );
  await saveExperience(
    deps,
    beneficiary.actor,
    bilanId,
    ExperienceSchema.parse({
      kind: 'professional',
      title: 'Agente d’accueil',
      employerOrContext: 'Mairie de Lyon',
      startedOn: '2015-09-01',
      endedOn: '2019-06-30',
      activities: 'Accueil physique et téléphonique.',
      achievements: 'Attente divisée par deux.',
      satisfaction: 4,
    }),
  );
  await savePiste(deps, beneficiary.actor, bilanId, PisteSchema.parse({ kind: 'free_project', title: 'Libraire' }));
  return { assignmentId, resultId };
}

/** Every read of the dossier, as `actor` would make them. */
async function readEverything(actor: Actor, ids: { assignmentId: string; resultId: string }) {
  await getAssignment(deps, actor, ids.assignmentId);
  await readExternalTestReport(deps, actor, ids.resultId);
  await getPortfolio(deps, actor, bilanId);
  await getExploration(deps, actor, bilanId);
  await getSynthese(deps, actor, bilanId);
}

beforeEach(async () => {
  deps = testDeps();
  org = await createOrganisation(deps);
  beneficiary = await createUser(deps, org.id, 'beneficiary', 'lecteur');
  bilanId = await insertBilan(deps, org, beneficiary);
});

describe('a read of content by the consultant', () => {
  it('is one audit event per read, with its category and its subject, and nothing of the content', async () => {
    const ids = await filledBilan();
    await readEverything(org.consultant.actor, ids);
    await getChecklist(deps, org.consultant.actor, bilanId);
    const rows = await reads();
    const consultant = { actor_user_id: org.consultant.id, actor_role: 'consultant' };
    expect(rows).toEqual([
      { ...consultant, subject_type: 'assignment', subject_id: ids.assignmentId, details: { category: 'instrument' } },
      {
        ...consultant,
        subject_type: 'external_test',
        subject_id: ids.resultId,
        details: { category: 'external_test_report' },
      },
      { ...consultant, subject_type: 'bilan', subject_id: bilanId, details: { category: 'portfolio' } },
      { ...consultant, subject_type: 'bilan', subject_id: bilanId, details: { category: 'exploration' } },
      { ...consultant, subject_type: 'bilan', subject_id: bilanId, details: { category: 'synthese' } },
      { ...consultant, subject_type: 'bilan', subject_id: bilanId, details: { category: 'need_analysis' } },
    ]);
    // Only the category: no word of what was read.
    const all = JSON.stringify(rows);
    for (const secret of ['Libraire', 'Mairie', 'secret', 'logistique']) expect(all).not.toContain(secret);
  });

  it('writes nothing when the beneficiary reads the same things', async () => {
    const ids = await filledBilan();
    await readEverything(beneficiary.actor, ids);
    expect(await reads()).toEqual([]);
  });

  it(`counts the same read once within ${READ_DEDUP_MINUTES} minutes, and again after`, async () => {
    const ids = await filledBilan();
    await getPortfolio(deps, org.consultant.actor, bilanId);
    deps.clock.advance((READ_DEDUP_MINUTES - 1) * 60_000);
    await getPortfolio(deps, org.consultant.actor, bilanId);
    // Another category, or another subject of the same category, is another read.
    await getExploration(deps, org.consultant.actor, bilanId);
    expect((await reads()).map((r) => r.details)).toEqual([{ category: 'portfolio' }, { category: 'exploration' }]);
    deps.clock.advance(2 * 60_000);
    await getPortfolio(deps, org.consultant.actor, bilanId);
    await getAssignment(deps, org.consultant.actor, ids.assignmentId);
    expect((await reads()).map((r) => r.details)).toEqual([
      { category: 'portfolio' },
      { category: 'exploration' },
      { category: 'portfolio' },
      { category: 'instrument' },
    ]);
  });

  it('is not written for an empty place', async () => {
    await getPortfolio(deps, org.consultant.actor, bilanId);
    await getExploration(deps, org.consultant.actor, bilanId);
    await getChecklist(deps, org.consultant.actor, bilanId);
    expect(await reads()).toEqual([]);
  });
});

describe('« Qui a consulté mes données »', () => {
  it('lists the reads of others, newest first, in French: the consultant, a download, a share’s recipient', async () => {
    const ids = await filledBilan();
    await readEverything(beneficiary.actor, ids);
    await getAssignment(deps, org.consultant.actor, ids.assignmentId);
    deps.clock.advance(60_000);
    await exportPortfolioPdf(deps, org.consultant.actor, bilanId);
    deps.clock.advance(60_000);
    const { token } = await shareResults(deps, beneficiary.actor, bilanId, { recipientName: 'Claire Conseil' });
    await openShare(deps, SHARE_SOURCES, { ip: null, userAgent: null }, token);

    const page = await listContentReads(deps, beneficiary.actor, bilanId);
    const consultantName = await deps.db
      .selectFrom('users')
      .select(['first_name', 'last_name'])
      .where('id', '=', org.consultant.id)
      .executeTakeFirstOrThrow();
    const name = `${consultantName.first_name} ${consultantName.last_name}`;
    expect(page.nextCursor).toBeNull();
    expect(page.reads.map(({ reader, who, what }) => ({ reader, who, what }))).toEqual([
      {
        reader: 'recipient',
        who: 'Destinataire d’un partage : Claire Conseil',
        what: 'Ouverture du lien de partage',
      },
      {
        reader: 'my_consultant',
        who: `${name}, votre consultant·e`,
        what: 'Parcours et compétences (document téléchargé)',
      },
      { reader: 'my_consultant', who: `${name}, votre consultant·e`, what: READ_KIND_LABELS.instrument },
    ]);
    expect(page.reads[0]!.at).toBe(deps.clock.now().toISOString());
  });

  it('goes page by page, fifty at a time', async () => {
    const ids = await filledBilan();
    for (let i = 0; i < 51; i++) {
      await getAssignment(deps, org.consultant.actor, ids.assignmentId);
      deps.clock.advance(READ_DEDUP_MINUTES * 60_000 + 1);
    }
    const first = await listContentReads(deps, beneficiary.actor, bilanId);
    expect(first.reads).toHaveLength(50);
    expect(first.nextCursor).not.toBeNull();
    const second = await listContentReads(deps, beneficiary.actor, bilanId, first.nextCursor!);
    expect(second.reads).toHaveLength(1);
    expect(second.nextCursor).toBeNull();
    expect(new Set([...first.reads, ...second.reads].map((r) => r.id)).size).toBe(51);
  });

  it('is for the bilan’s beneficiary only', async () => {
    const other = await createUser(deps, org.id, 'beneficiary', 'autre');
    await insertBilan(deps, org, other);
    expect((await refusal(listContentReads(deps, other.actor, bilanId))).code).toBe('not_found');
    expect((await refusal(listContentReads(deps, org.consultant.actor, bilanId))).code).toBe('forbidden');
    expect((await refusal(listContentReads(deps, org.admin.actor, bilanId))).code).toBe('forbidden');
    const elsewhere = await createOrganisation(deps);
    const stranger = await createUser(deps, elsewhere.id, 'beneficiary');
    expect((await refusal(listContentReads(deps, stranger.actor, bilanId))).code).toBe('not_found');
  });
});
