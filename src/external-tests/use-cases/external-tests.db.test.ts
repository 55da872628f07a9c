/**
 * External licensed tests on the database (decision 018): record, list, correct and delete a
 * result; the publisher's PDF stored and read back byte for byte, replaced and removed; a file
 * that is not a PDF, empty or over 10 MB, a future date, or neither score nor code refused with
 * nothing saved; and who may read or write.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { testDeps, type TestDeps } from '../../../tests/support/deps.ts';
import {
  createOrganisation,
  createUser,
  type TestOrganisation,
  type TestUser,
} from '../../../tests/support/factories.ts';
import { samplePublisherReport } from '../../../tests/support/sample-pdf.ts';
import {
  ExternalTestSchema,
  MAX_REPORT_BYTES,
  UpdateExternalTestSchema,
  type ExternalTestInput,
} from '../contracts/schemas.ts';
import { attachExternalTestReport } from './attach-external-test-report.ts';
import { deleteExternalTest } from './delete-external-test.ts';
import { listExternalTests } from './list-external-tests.ts';
import { readExternalTestReport } from './read-external-test-report.ts';
import { recordExternalTest } from './record-external-test.ts';
import { updateExternalTest } from './update-external-test.ts';
import { refusal } from '../../../tests/support/refusal.ts';

let deps: TestDeps;
let org: TestOrganisation;
let beneficiary: TestUser;
let bilanId: string;

const PDF = samplePublisherReport();
const SECOND_PDF = samplePublisherReport('Questionnaire de personnalité (éditeur fictif)');

async function bilanFor(o: TestOrganisation, consultant: TestUser, person: TestUser): Promise<string> {
  const row = await deps.db
    .insertInto('bilans')
    .values({
      organisation_id: o.id,
      beneficiary_id: person.id,
      consultant_id: consultant.id,
      financing: 'opco',
      planned_accompaniment_minutes: 1200,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

const ENTRY: ExternalTestInput = {
  testName: 'Inventaire d’intérêts professionnels',
  publisher: 'Éditions Fictives',
  takenOn: '2026-11-20',
  code: 'SAE',
  scores: [
    { label: 'Social', value: '12,5', unit: 'points' },
    { label: 'Artistique', value: 9 },
  ],
  consultantComment: 'Profil cohérent avec l’entretien du 18 novembre.',
};

const record = (
  input: ExternalTestInput = ENTRY,
  upload?: { fileName: string; bytes: Uint8Array } | null,
  actor = org.consultant.actor,
  bilan = bilanId,
) => recordExternalTest(deps, actor, bilan, ExternalTestSchema.parse(input), upload);

const rows = () =>
  deps.db
    .selectFrom('external_test_results')
    .selectAll()
    .where('bilan_id', '=', bilanId)
    .orderBy('created_at')
    .execute();
const auditActions = async () =>
  await deps.db
    .selectFrom('audit_events')
    .select(['action', 'details'])
    .where('bilan_id', '=', bilanId)
    .orderBy('id')
    .execute();

beforeEach(async () => {
  deps = testDeps();
  org = await createOrganisation(deps);
  beneficiary = await createUser(deps, org.id, 'beneficiary');
  bilanId = await bilanFor(org, org.consultant, beneficiary);
});

describe('recording results', () => {
  it('records a result with a code and two scores, lists it to both people, corrects and deletes it', async () => {
    const { resultId } = await record();
    const forBeneficiary = await listExternalTests(deps, beneficiary.actor, bilanId);
    expect(forBeneficiary.results).toMatchObject([
      {
        id: resultId,
        bilanId,
        testName: 'Inventaire d’intérêts professionnels',
        publisher: 'Éditions Fictives',
        takenOn: '2026-11-20',
        code: 'SAE',
        scores: [
          { label: 'Social', value: 12.5, unit: 'points' },
          { label: 'Artistique', value: 9, unit: null },
        ],
        consultantComment: 'Profil cohérent avec l’entretien du 18 novembre.',
        report: null,
        createdAt: '2026-11-23T09:00:00.000Z',
      },
    ]);
    expect(await listExternalTests(deps, org.consultant.actor, bilanId)).toEqual(forBeneficiary);

    deps.clock.advance(60_000);
    await updateExternalTest(
      deps,
      org.consultant.actor,
      resultId,
      UpdateExternalTestSchema.parse({
        ...ENTRY,
        code: '',
        scores: [{ label: 'Social', value: '13' }],
        consultantComment: '',
      }),
    );
    const [updated] = (await listExternalTests(deps, beneficiary.actor, bilanId)).results;
    expect(updated).toMatchObject({
      code: null,
      scores: [{ label: 'Social', value: 13, unit: null }],
      consultantComment: null,
      updatedAt: '2026-11-23T09:01:00.000Z',
    });

    await deleteExternalTest(deps, org.consultant.actor, resultId);
    expect((await listExternalTests(deps, beneficiary.actor, bilanId)).results).toEqual([]);
    const audit = await auditActions();
    // The consultant's reading of the results is audited too (decision 049); the beneficiary's is not.
    expect(audit.map((a) => a.action)).toEqual([
      'external_test.recorded',
      'content.read',
      'external_test.updated',
      'external_test.deleted',
    ]);
    expect(audit[1]!.details).toEqual({ category: 'external_tests' });
    // No content in the log: neither the test, nor the scores, nor the comment.
    expect(JSON.stringify(audit)).not.toMatch(/Inventaire|Social|Fictives|Profil|SAE/);
  });

  it('keeps the publisher’s PDF byte for byte, replaces it, removes it', async () => {
    const { resultId } = await record(ENTRY, { fileName: 'C:\\Rapports\\rapport-interets.pdf', bytes: PDF });
    const [view] = (await listExternalTests(deps, beneficiary.actor, bilanId)).results;
    expect(view!.report).toMatchObject({
      fileName: 'rapport-interets.pdf',
      size: PDF.length,
      url: `/api/external-tests/${resultId}/report`,
    });
    const read = await readExternalTestReport(deps, beneficiary.actor, resultId);
    expect(read.fileName).toBe('rapport-interets.pdf');
    expect(Buffer.compare(read.pdf, PDF)).toBe(0);
    expect(Buffer.compare((await readExternalTestReport(deps, org.consultant.actor, resultId)).pdf, PDF)).toBe(0);

    const replaced = await attachExternalTestReport(deps, org.consultant.actor, resultId, {
      fileName: 'personnalite.pdf',
      bytes: SECOND_PDF,
    });
    expect(replaced.report.size).toBe(SECOND_PDF.length);
    expect(Buffer.compare((await readExternalTestReport(deps, beneficiary.actor, resultId)).pdf, SECOND_PDF)).toBe(0);

    await updateExternalTest(
      deps,
      org.consultant.actor,
      resultId,
      UpdateExternalTestSchema.parse({ ...ENTRY, removeReport: true }),
    );
    expect((await listExternalTests(deps, beneficiary.actor, bilanId)).results[0]!.report).toBeNull();
    expect((await refusal(readExternalTestReport(deps, beneficiary.actor, resultId))).code).toBe('not_found');
    const audit = await auditActions();
    expect(audit.map((a) => a.action)).toEqual([
      'external_test.recorded',
      'external_test.report_attached',
      'content.read',
      'external_test.report_attached',
      'external_test.updated',
      'external_test.report_removed',
    ]);
    // The consultant's download of the report (decision 049); the beneficiary's are not audited.
    expect(audit[2]!.details).toEqual({ category: 'external_test_report' });
    expect(audit[3]!.details).toMatchObject({ replaced: true, size: SECOND_PDF.length });
  });

  it('refuses a file that is not a PDF, an empty file and a file over 10 MB, saving nothing', async () => {
    const text = new TextEncoder().encode('Ceci est un simple texte, renommé en .pdf.');
    const tooLarge = new Uint8Array(MAX_REPORT_BYTES + 1);
    tooLarge.set(PDF.subarray(0, 16));
    for (const [bytes, code, message] of [
      [
        text,
        'validation_failed',
        'Ce fichier n’est pas un PDF : joignez le rapport au format PDF fourni par l’éditeur.',
      ],
      [new Uint8Array(), 'validation_failed', 'Le fichier est vide : joignez le rapport PDF fourni par l’éditeur.'],
      [tooLarge, 'report_too_large', 'Le fichier dépasse 10 Mo : joignez un rapport PDF de 10 Mo au plus.'],
    ] as const) {
      const refused = await refusal(record(ENTRY, { fileName: 'rapport.pdf', bytes }));
      expect({ code: refused.code, status: refused.status, report: refused.fields?.report }).toEqual({
        code,
        status: code === 'report_too_large' ? 413 : 422,
        report: message,
      });
    }
    expect(await rows()).toEqual([]);

    // On an existing result: the report stays as it was.
    const { resultId } = await record(ENTRY, { fileName: 'rapport.pdf', bytes: PDF });
    const before = await rows();
    for (const bytes of [text, new Uint8Array(), tooLarge]) {
      await refusal(attachExternalTestReport(deps, org.consultant.actor, resultId, { fileName: 'autre.pdf', bytes }));
      await refusal(
        updateExternalTest(
          deps,
          org.consultant.actor,
          resultId,
          UpdateExternalTestSchema.parse({ ...ENTRY, testName: 'Autre nom' }),
          { fileName: 'autre.pdf', bytes },
        ),
      );
    }
    expect(await rows()).toEqual(before);
    expect((await auditActions()).map((a) => a.action)).toEqual([
      'external_test.recorded',
      'external_test.report_attached',
    ]);
  });

  it('refuses a future date, a date that does not exist, and neither score nor code, saving nothing', async () => {
    const future = await refusal(
      record({ ...ENTRY, takenOn: '2026-11-24' }, { fileName: 'r.pdf', bytes: new Uint8Array() }),
    );
    // Both problems at once, so the form shows them together.
    expect(future.fields).toEqual({
      takenOn: 'La date de passation ne peut pas être dans le futur.',
      report: 'Le fichier est vide : joignez le rapport PDF fourni par l’éditeur.',
    });
    expect((await refusal(record({ ...ENTRY, takenOn: '2026-02-30' }))).fields).toEqual({
      takenOn: 'Cette date n’existe pas.',
    });
    // Today is accepted (Paris date).
    await record({ ...ENTRY, takenOn: '2026-11-23' });

    const none = ExternalTestSchema.safeParse({ ...ENTRY, code: '', scores: [] });
    expect(none.success ? null : none.error.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['scores', 'Indiquez au moins un score ou un code.'],
    ]);
    // The database refuses it too, whatever the caller.
    await expect(
      deps.db
        .insertInto('external_test_results')
        .values({
          organisation_id: org.id,
          bilan_id: bilanId,
          recorded_by: org.consultant.id,
          test_name: 'T',
          publisher: 'E',
          taken_on: '2026-11-01',
          scores: '[]',
          created_at: deps.clock.now(),
          updated_at: deps.clock.now(),
        })
        .execute(),
    ).rejects.toThrow(/check constraint/);
    expect((await rows()).map((r) => r.taken_on)).toEqual(['2026-11-23']);
  });

  it('refuses changes once the bilan is closed; the results stay readable', async () => {
    const { resultId } = await record(ENTRY, { fileName: 'rapport.pdf', bytes: PDF });
    await deps.db.updateTable('bilans').set({ phase: 'cloture' }).where('id', '=', bilanId).execute();
    expect((await refusal(record())).code).toBe('bilan_closed');
    expect(
      (await refusal(updateExternalTest(deps, org.consultant.actor, resultId, UpdateExternalTestSchema.parse(ENTRY))))
        .code,
    ).toBe('bilan_closed');
    expect(
      (
        await refusal(
          attachExternalTestReport(deps, org.consultant.actor, resultId, { fileName: 'r.pdf', bytes: SECOND_PDF }),
        )
      ).code,
    ).toBe('bilan_closed');
    expect((await refusal(deleteExternalTest(deps, org.consultant.actor, resultId))).code).toBe('bilan_closed');
    expect((await listExternalTests(deps, beneficiary.actor, bilanId)).results).toHaveLength(1);
    expect(Buffer.compare((await readExternalTestReport(deps, beneficiary.actor, resultId)).pdf, PDF)).toBe(0);
  });

  it('goes with its bilan: deleting the bilan deletes its results and reports', async () => {
    await record(ENTRY, { fileName: 'rapport.pdf', bytes: PDF });
    expect(await rows()).toHaveLength(1);
    await deps.db.deleteFrom('bilans').where('id', '=', bilanId).execute();
    expect(await rows()).toEqual([]);
  });
});

describe('who may read and write', () => {
  it('lets the beneficiary and their consultant read, only the consultant write, and nobody else either', async () => {
    const { resultId } = await record(ENTRY, { fileName: 'rapport.pdf', bytes: PDF });
    const otherBeneficiary = await createUser(deps, org.id, 'beneficiary', 'autre');
    const otherConsultant = await createUser(deps, org.id, 'consultant', 'autre');
    await bilanFor(org, otherConsultant, otherBeneficiary);
    const elsewhere = await createOrganisation(deps);
    const elsewhereBeneficiary = await createUser(deps, elsewhere.id, 'beneficiary', 'ailleurs');
    await bilanFor(elsewhere, elsewhere.consultant, elsewhereBeneficiary);
    const before = await rows();

    // Readers.
    for (const actor of [beneficiary.actor, org.consultant.actor]) {
      expect((await listExternalTests(deps, actor, bilanId)).results.map((r) => r.id)).toEqual([resultId]);
      expect((await readExternalTestReport(deps, actor, resultId)).pdf.length).toBe(PDF.length);
    }
    // Everyone else: 403 for admins (their role never reads content), 404 for the others.
    for (const [actor, code] of [
      [otherBeneficiary.actor, 'not_found'],
      [otherConsultant.actor, 'not_found'],
      [org.admin.actor, 'forbidden'],
      [elsewhere.consultant.actor, 'not_found'],
      [elsewhere.admin.actor, 'forbidden'],
      [elsewhereBeneficiary.actor, 'not_found'],
    ] as const) {
      expect((await refusal(listExternalTests(deps, actor, bilanId))).code).toBe(code);
      expect((await refusal(readExternalTestReport(deps, actor, resultId))).code).toBe(code);
    }
    // Writers: the consultant only. The beneficiary and admins 403; other consultants 404.
    for (const [actor, code] of [
      [beneficiary.actor, 'forbidden'],
      [otherBeneficiary.actor, 'forbidden'],
      [org.admin.actor, 'forbidden'],
      [otherConsultant.actor, 'not_found'],
      [elsewhere.consultant.actor, 'not_found'],
      [elsewhere.admin.actor, 'forbidden'],
    ] as const) {
      expect((await refusal(record(ENTRY, null, actor))).code).toBe(code);
      expect(
        (
          await refusal(
            updateExternalTest(deps, actor, resultId, UpdateExternalTestSchema.parse({ ...ENTRY, testName: 'Changé' })),
          )
        ).code,
      ).toBe(code);
      expect(
        (await refusal(attachExternalTestReport(deps, actor, resultId, { fileName: 'x.pdf', bytes: SECOND_PDF }))).code,
      ).toBe(code);
      expect((await refusal(deleteExternalTest(deps, actor, resultId))).code).toBe(code);
    }
    expect(await rows()).toEqual(before);
    expect(
      await deps.db
        .selectFrom('external_test_results')
        .select('id')
        .where('organisation_id', '=', elsewhere.id)
        .execute(),
    ).toEqual([]);
  });
});
