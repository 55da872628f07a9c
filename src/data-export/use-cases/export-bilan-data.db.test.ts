/**
 * The beneficiary's export on the database (decision 047): a bilan with something in every part,
 * exported through HTTP as its beneficiary, unzipped, and each file read back — PDFs by their
 * text, the DOCX by its XML, JSON against the tables, the séances' CSV, the LISEZ-MOI. Then an
 * empty bilan (only the LISEZ-MOI, saying what is absent and why), and who may export (its
 * beneficiary alone, audited).
 */
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { testDeps, type TestDeps } from '../../../tests/support/deps.ts';
import { readDocx } from '../../../tests/support/docx.ts';
import { createOrganisation, createUser, insertBilan } from '../../../tests/support/factories.ts';
import { createFullBilan, type FullBilan } from '../../../tests/support/full-bilan.ts';
import { call, loginAs, testApp } from '../../../tests/support/http.ts';
import { PDFTOTEXT_MISSING, pdfText } from '../../../tests/support/pdf-text.ts';
import { AppError } from '../../shared/errors.ts';
import { FILE_NAMES, README_FILE_NAME, ROME_CREDIT } from '../domain/contents.ts';
import { SEANCES_CSV_HEADER } from '../domain/records.ts';
import { exportBilanData } from './export-bilan-data.ts';
import { getSynthese } from '../../synthese/use-cases/get-synthese.ts';
import { destroyBilanContentNow } from '../../lifecycle/use-cases/destroy-bilan-content-now.ts';

let deps: TestDeps;
let full: FullBilan;
let zip: JSZip;
let headers: Headers;

const bytesOf = (name: string) => zip.file(name)!.async('nodebuffer');
const textOf = (name: string) => zip.file(name)!.async('string');

beforeAll(async () => {
  deps = testDeps('2026-06-25T13:30:00Z');
  full = await createFullBilan(deps);
  const app = testApp(deps);
  const cookie = await loginAs(app, full.beneficiary.email);
  const response = await app.request(`/api/bilans/${full.bilanId}/mes-donnees.zip`, {
    headers: { cookie, 'sec-fetch-site': 'same-origin', 'x-forwarded-for': '198.51.100.7' },
  });
  expect(response.status).toBe(200);
  headers = response.headers;
  zip = await JSZip.loadAsync(Buffer.from(await response.arrayBuffer()));
}, 60_000);

describe('the beneficiary’s export of a full bilan', () => {
  it('answers a zip named in French, in RFC 5987 form', () => {
    expect(headers.get('content-type')).toBe('application/zip');
    const disposition = headers.get('content-disposition') ?? '';
    expect(disposition).toContain('attachment');
    expect(disposition).toContain('filename="mes-donnees-bilan-de-competences-2026-06-25.zip"');
    expect(disposition).toContain(
      `filename*=UTF-8''${encodeURIComponent('mes-données-bilan-de-compétences-2026-06-25.zip')}`,
    );
  });

  it('holds every part, and nothing else', () => {
    const names = Object.keys(zip.files).filter((n) => !zip.files[n]!.dir);
    expect(names.sort()).toEqual(
      [
        README_FILE_NAME,
        FILE_NAMES.synthese_pdf,
        FILE_NAMES.synthese_docx,
        FILE_NAMES.resultats_pdf,
        FILE_NAMES.portfolio_pdf,
        FILE_NAMES.portfolio_json,
        FILE_NAMES.pistes_pdf,
        FILE_NAMES.pistes_json,
        FILE_NAMES.plan_pdf,
        FILE_NAMES.plan_json,
        FILE_NAMES.seances_csv,
        FILE_NAMES.reponses_json,
        `${FILE_NAMES.documents}/devis-version-1-signe.pdf`,
      ].sort(),
    );
  });

  it.skipIf(Boolean(PDFTOTEXT_MISSING))('lays out each PDF with its French headings', async () => {
    const expected: Record<string, string[]> = {
      [FILE_NAMES.synthese_pdf]: [
        'Document de synthèse',
        'accompagner des personnes vers l’emploi',
        full.beneficiaryName,
      ],
      [FILE_NAMES.resultats_pdf]: ['Résultats détaillés des questionnaires', 'À lire avant les résultats'],
      [FILE_NAMES.portfolio_pdf]: [
        'Mon parcours et mes compétences',
        'Responsable d’entrepôt',
        'Organiser des tournées',
      ],
      [FILE_NAMES.pistes_pdf]: [
        'Mes pistes professionnelles',
        'Conseiller en insertion professionnelle',
        'Besoins de formation',
        'Titre professionnel de conseiller en insertion',
        'Enquêtes métier',
        'Inès Moreau',
      ],
      [FILE_NAMES.plan_pdf]: ['Mon plan d’action', 'S’inscrire à la formation de conseiller en insertion'],
      [`${FILE_NAMES.documents}/devis-version-1-signe.pdf`]: ['Devis — bilan de compétences', full.beneficiaryName],
    };
    for (const [name, headings] of Object.entries(expected)) {
      const pdf = await bytesOf(name);
      expect(pdf.subarray(0, 5).toString('latin1'), name).toBe('%PDF-');
      const text = pdfText(pdf);
      for (const heading of headings) expect(text, `${name}: ${heading}`).toContain(heading);
    }
    // The professional's e-mail is theirs, not the beneficiary's result: left out.
    expect(pdfText(await bytesOf(FILE_NAMES.pistes_pdf))).not.toContain('ines.moreau@exemple.fr');
  });

  it('gives the synthèse as a Word document too', async () => {
    const docx = await readDocx(await bytesOf(FILE_NAMES.synthese_docx));
    expect(docx.parts).toContain('word/document.xml');
    expect(docx.paragraphs.map((p) => p.text).join('\n')).toContain('accompagner des personnes vers l’emploi');
  });

  it('writes JSON that parses and matches the tables', async () => {
    const portfolio = JSON.parse(await textOf(FILE_NAMES.portfolio_json));
    const experiences = await deps.db
      .selectFrom('portfolio_experiences')
      .select(['title', 'employer_or_context'])
      .where('bilan_id', '=', full.bilanId)
      .execute();
    expect(portfolio).toMatchObject({ format: 'sillage.portfolio', bilanId: full.bilanId });
    expect(portfolio.experiences.map((e: { title: string }) => e.title)).toEqual(experiences.map((e) => e.title));

    const pistes = JSON.parse(await textOf(FILE_NAMES.pistes_json));
    const pisteRows = await deps.db
      .selectFrom('exploration_pistes')
      .select('title')
      .where('bilan_id', '=', full.bilanId)
      .execute();
    expect(pistes.pistes.map((p: { title: string }) => p.title)).toEqual(pisteRows.map((p) => p.title));

    const plan = JSON.parse(await textOf(FILE_NAMES.plan_json));
    const steps = await deps.db
      .selectFrom('action_plan_steps')
      .select(['what', 'status'])
      .where('bilan_id', '=', full.bilanId)
      .execute();
    expect(plan.steps.map((s: { what: string; status: string }) => [s.what, s.status])).toEqual(
      steps.map((s) => [s.what, s.status]),
    );

    const answers = JSON.parse(await textOf(FILE_NAMES.reponses_json));
    const stored = await deps.db
      .selectFrom('questionnaire_assignments')
      .select(['answers', 'title'])
      .where('bilan_id', '=', full.bilanId)
      .executeTakeFirstOrThrow();
    expect(answers).toMatchObject({ format: 'sillage.questionnaire-answers', bilanId: full.bilanId });
    const [riasec] = answers.questionnaires;
    expect(riasec).toMatchObject({ title: stored.title, kind: 'instrument', submitted: true, otherAnswers: {} });
    expect(
      Object.fromEntries(riasec.answers.map((a: { questionId: string; answer: unknown }) => [a.questionId, a.answer])),
    ).toEqual(stored.answers);
    expect(riasec.answers.every((a: { question: string }) => a.question.length > 0)).toBe(true);
  });

  it('lists the séances, with times in Paris and the attendance signatures', async () => {
    const csv = await textOf(FILE_NAMES.seances_csv);
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe(SEANCES_CSV_HEADER.join(';'));
    expect(lines.slice(1)).toEqual([
      '02/06/2026;10:00;12:00;Préliminaire;En présentiel;Réalisée;Entretien préliminaire;105;02/06/2026 11:50;02/06/2026 11:50',
      '09/06/2026;10:00;12:00;Préliminaire;En présentiel;Réalisée;Entretien préliminaire;105;non;non',
    ]);
  });

  it('explains each file in a LISEZ-MOI, with the day and the beneficiary’s rights', async () => {
    const readme = await textOf(README_FILE_NAME);
    expect(readme).toContain('Export réalisé le 25 juin 2026 à 15 h 30 (heure de Paris)');
    expect(readme).toContain(full.beneficiaryName);
    expect(readme).toContain('article L6313-4');
    for (const name of Object.values(FILE_NAMES)) expect(readme).toContain(name);
    expect(readme).toContain('- devis-version-1-signe.pdf');
    expect(readme).not.toContain('Absent de cet export');
    // No ROME item in this bilan: no credit.
    expect(readme).not.toContain(ROME_CREDIT);
  });

  it('is audited once, with counts only', async () => {
    const events = await deps.db
      .selectFrom('audit_events')
      .select(['action', 'actor_user_id', 'details'])
      .where('bilan_id', '=', full.bilanId)
      .where('action', '=', 'bilan.data_exported')
      .execute();
    expect(events).toHaveLength(1);
    expect(events[0]!.actor_user_id).toBe(full.beneficiary.id);
    expect(events[0]!.details).toMatchObject({ files: 13 });
  });
});

describe('an export before anything is written', () => {
  it('holds only the LISEZ-MOI, which says what is absent and why', async () => {
    const org = await createOrganisation(deps);
    const beneficiary = await createUser(deps, org.id, 'beneficiary', 'vide');
    const bilanId = await insertBilan(deps, org, beneficiary);
    const answer = await exportBilanData(deps, beneficiary.actor, bilanId);
    const empty = await JSZip.loadAsync(answer.bytes);
    expect(Object.keys(empty.files)).toEqual([README_FILE_NAME]);
    const readme = await empty.file(README_FILE_NAME)!.async('string');
    expect(readme).toContain('Absent de cet export : Aucune version du document de synthèse n’a encore été publiée.');
    expect(readme).toContain('Absent de cet export : Aucun document n’a encore été produit pour ce bilan.');
  });
});

describe('who may export', () => {
  it('refuses the consultant and the admin (403) and another beneficiary (404)', async () => {
    const refusal = (promise: Promise<unknown>) =>
      promise.then(
        () => null,
        (e: unknown) => (e instanceof AppError ? e.code : String(e)),
      );
    expect(await refusal(exportBilanData(deps, full.org.consultant.actor, full.bilanId))).toBe('forbidden');
    expect(await refusal(exportBilanData(deps, full.org.admin.actor, full.bilanId))).toBe('forbidden');
    const other = await createUser(deps, full.org.id, 'beneficiary', 'autre');
    expect(await refusal(exportBilanData(deps, other.actor, full.bilanId))).toBe('not_found');
    const app = testApp(deps);
    const anonymous = await call(app, 'GET', `/api/bilans/${full.bilanId}/mes-donnees.zip`);
    expect(anonymous.status).toBe(401);
  });
});

describe('an export after the destruction at the end', () => {
  it('holds no emptied synthèse nor destroyed results, keeps the documents, and says when the content went', async () => {
    await destroyBilanContentNow(deps, { bilanId: full.bilanId, organisationId: full.org.id, reason: 'fin_du_bilan' });
    const answer = await exportBilanData(deps, full.beneficiary.actor, full.bilanId);
    const after = await JSZip.loadAsync(answer.bytes);
    const names = Object.keys(after.files);
    expect(names).not.toContain(FILE_NAMES.synthese_pdf);
    expect(names).not.toContain(FILE_NAMES.synthese_docx);
    expect(names).not.toContain(FILE_NAMES.resultats_pdf);
    expect(names).not.toContain(FILE_NAMES.reponses_json);
    expect(names.some((n) => n.startsWith(`${FILE_NAMES.documents}/`))).toBe(true);
    const readme = await after.file(README_FILE_NAME)!.async('string');
    expect(readme).toContain('Le contenu de votre bilan a été détruit le 25 juin 2026');
    expect(readme).toContain('Absent de cet export : Détruit le 25 juin 2026, à la fin du bilan.');
    expect(readme).not.toContain('Pensez à les enregistrer en lieu sûr');
    // « Ma synthèse » says the text went, rather than showing emptied versions.
    const synthese = await getSynthese(deps, full.beneficiary.actor, full.bilanId);
    expect(synthese.contentDestroyed).toBe(true);
    expect(synthese.versions).toEqual([]);
    expect(synthese.can.export).toBe(false);
  });
});
