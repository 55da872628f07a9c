/**
 * A bilan with content in every content table of the registry (decision 046), written straight to
 * the tables: every free text carries `marker`, so that a test can look for it in every table of
 * the database after the destruction. Also administrative records (a séance with its attendance,
 * a synthèse delivered and approved) that must survive it.
 */
import { randomBytes, createHash } from 'node:crypto';
import type { TestDeps } from './deps.ts';
import type { TestOrganisation, TestUser } from './factories.ts';

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

export async function seedBilanContent(
  deps: TestDeps,
  org: TestOrganisation,
  beneficiary: TestUser,
  bilanId: string,
  marker: string,
): Promise<{ seanceId: string; syntheseId: string; versionId: string }> {
  const db = deps.db;
  const at = deps.clock.now();
  const o = org.id;
  const c = org.consultant.id;
  const common = { organisation_id: o, bilan_id: bilanId };
  const audit = { created_by: c, created_at: at, updated_by: c, updated_at: at, revision: 1 };
  const definition = JSON.stringify({ questions: [{ id: 'q1', text: `Question ${marker}` }] });
  const assignment = await db
    .insertInto('questionnaire_assignments')
    .values({
      ...common,
      kind: 'worksheet',
      questionnaire_id: 'fiche-test',
      questionnaire_version: 1,
      definition,
      title: `Fiche ${marker}`,
      assigned_by: c,
      assigned_at: at,
      answers: JSON.stringify({ q1: `Réponse ${marker}` }),
      debrief: `Débrief ${marker}`,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('questionnaire_comments')
    .values({
      organisation_id: o,
      assignment_id: assignment.id,
      question_id: 'q1',
      author_id: c,
      body: `Commentaire ${marker}`,
      created_at: at,
    })
    .execute();
  const respondent = `temoin.${randomBytes(3).toString('hex')}@exemple.fr`;
  await db
    .insertInto('feedback_invitations')
    .values({
      organisation_id: o,
      assignment_id: assignment.id,
      email: respondent,
      token_hash: randomBytes(32),
      created_at: at,
      expires_at: new Date(at.getTime() + 86_400_000),
      answered_at: at,
      answers: JSON.stringify({ q1: `Avis ${marker}` }),
    })
    .execute();
  await db
    .insertInto('external_test_results')
    .values({
      ...common,
      recorded_by: c,
      test_name: `Test ${marker}`,
      publisher: 'Éditeur',
      taken_on: '2026-10-01',
      code: 'ABC',
      scores: '[]',
      consultant_comment: `Lecture ${marker}`,
      created_at: at,
      updated_at: at,
      report_pdf: Buffer.from(`%PDF ${marker}`),
      report_filename: 'rapport.pdf',
      report_size: Buffer.byteLength(`%PDF ${marker}`),
      report_sha256: sha(`%PDF ${marker}`),
      report_uploaded_at: at,
    })
    .execute();
  const experience = await db
    .insertInto('portfolio_experiences')
    .values({
      ...common,
      ...audit,
      kind: 'professional',
      title: `Poste ${marker}`,
      started_on: '2010-01-01',
      position: 0,
      liked: `Aimé ${marker}`,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const domain = await db
    .insertInto('portfolio_domains')
    .values({ ...common, ...audit, label: `Domaine ${marker}`, label_key: `domaine-${marker}`, position: 0 })
    .returning('id')
    .executeTakeFirstOrThrow();
  const competence = await db
    .insertInto('portfolio_competences')
    .values({
      ...common,
      ...audit,
      kind: 'savoir_faire',
      label: `Compétence ${marker}`,
      label_key: `competence-${marker}`,
      transferable: true,
      origin: 'declared',
      position: 0,
      domain_id: domain.id,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('portfolio_evidence')
    .values({ ...common, competence_id: competence.id, experience_id: experience.id })
    .execute();
  await db
    .insertInto('portfolio_comments')
    .values({ ...common, author_id: c, body: `Remarque ${marker}`, created_at: at, experience_id: experience.id })
    .execute();
  await db
    .insertInto('portfolio_rejected_proposals')
    .values({ ...common, proposal: '123456', rejected_by: c, rejected_at: at })
    .execute();
  const piste = await db
    .insertInto('exploration_pistes')
    .values({
      ...common,
      ...audit,
      kind: 'free_project',
      title: `Piste ${marker}`,
      status: 'a_explorer',
      origin: 'manual',
      position: 0,
      desire_why: `Envie ${marker}`,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const need = await db
    .insertInto('exploration_training_needs')
    .values({ ...common, ...audit, piste_id: piste.id, content: `Formation ${marker}`, position: 0 })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('exploration_enquetes')
    .values({
      ...common,
      ...audit,
      piste_id: piste.id,
      kind: 'interview',
      contact_name: `Contact ${marker}`,
      contact_email: `contact.${marker}@exemple.fr`,
      learnt: `Appris ${marker}`,
      position: 0,
    })
    .execute();
  await db
    .insertInto('exploration_set_aside_suggestions')
    .values({ ...common, code_rome: 'M1607', reason: `Écartée ${marker}`, set_by: c, set_at: at })
    .execute();
  await db
    .insertInto('action_plan_steps')
    .values({
      ...common,
      ...audit,
      horizon: 'court',
      what: `Étape ${marker}`,
      status: 'a_faire',
      position: 0,
      piste_id: piste.id,
      training_need_id: need.id,
    })
    .execute();
  const synthese = await db
    .insertInto('syntheses')
    .values({
      ...common,
      created_at: at,
      delivery_channel: 'email',
      delivered_on: '2026-11-02',
      delivery_recorded_by: c,
      delivery_recorded_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('synthese_sections')
    .values({
      organisation_id: o,
      synthese_id: synthese.id,
      key: 'projets',
      text: `Projet ${marker}`,
      revision: 1,
      updated_by: c,
      updated_at: at,
    })
    .execute();
  await db
    .insertInto('synthese_proposals')
    .values({
      organisation_id: o,
      synthese_id: synthese.id,
      section_key: 'projets',
      source: 'Pistes',
      text: `Proposition ${marker}`,
      fingerprint: sha(marker),
      position: 0,
      status: 'pending',
      created_at: at,
    })
    .execute();
  const keys = ['circonstances', 'competences', 'interets', 'projets', 'etapes', 'confidentialite', 'suivi'];
  const version = await db
    .insertInto('synthese_versions')
    .values({
      organisation_id: o,
      synthese_id: synthese.id,
      number: 1,
      sections: JSON.stringify(keys.map((key) => ({ key, text: `Texte ${marker}` }))),
      figures: JSON.stringify({ riasec: null, pistes: [], steps: [{ text: `Étape ${marker}` }] }),
      sha256: sha(`v1 ${marker}`),
      published_by: c,
      published_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('synthese_comments')
    .values({
      organisation_id: o,
      synthese_id: synthese.id,
      version_id: version.id,
      section_key: 'projets',
      text: `Avis ${marker}`,
      author_id: beneficiary.id,
      created_at: at,
    })
    .execute();
  await db
    .insertInto('synthese_approvals')
    .values({
      organisation_id: o,
      synthese_id: synthese.id,
      version_id: version.id,
      version_sha256: sha(`v1 ${marker}`),
      signer_user_id: beneficiary.id,
      signed_name: 'Bruno Lefèvre',
      signed_at: at,
    })
    .execute();
  const recipient = `destinataire.${randomBytes(3).toString('hex')}@exemple.fr`;
  const share = await db
    .insertInto('shares')
    .values({
      ...common,
      recipient_name: `Destinataire ${marker}`,
      recipient_email: recipient,
      recipient_kind: 'cep',
      documents: ['synthese'],
      expires_at: new Date(at.getTime() + 7 * 86_400_000),
      consent_text: `J’accepte ${marker}`,
      token_hash: randomBytes(32),
      link_sent_at: at,
      created_by: beneficiary.id,
      created_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('share_accesses')
    .values({ organisation_id: o, share_id: share.id, kind: 'opened', at })
    .execute();
  for (const [to, kind] of [
    [respondent, 'feedback_invitation'],
    [recipient, 'share_link'],
  ] as const) {
    await db
      .insertInto('outbox_emails')
      .values({
        organisation_id: o,
        kind,
        to_address: to,
        subject: `Sujet ${marker}`,
        text_body: `Corps ${marker}`,
        html_body: `<p>${marker}</p>`,
        status: 'sent',
      })
      .execute();
  }
  const seance = await db
    .insertInto('seances')
    .values({
      ...common,
      consultant_id: c,
      phase: 'investigation',
      mode: 'remote',
      starts_at: new Date(at.getTime() - 3 * 86_400_000),
      ends_at: new Date(at.getTime() - 3 * 86_400_000 + 7_200_000),
      status: 'held',
      attended_minutes: 120,
      topic: `Sujet ${marker}`,
      created_by: c,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('attendance_signatures')
    .values({
      organisation_id: o,
      seance_id: seance.id,
      signer_role: 'beneficiary',
      signer_user_id: beneficiary.id,
      signed_name: 'Bruno Lefèvre',
      method: 'remote',
      captured_by: beneficiary.id,
      attested_start_at: new Date(at.getTime() - 3 * 86_400_000),
      attested_end_at: new Date(at.getTime() - 3 * 86_400_000 + 7_200_000),
      signed_at: at,
    })
    .execute();
  await db
    .insertInto('bilan_phase_records')
    .values({
      ...common,
      need_analysis: `Analyse ${marker}`,
      format: 'Individuel',
      modalities: `Modalités ${marker}`,
      attested: JSON.stringify({ entretien: { at: at.toISOString(), by: c, note: `Note ${marker}` } }),
    })
    .execute();
  return { seanceId: seance.id, syntheseId: synthese.id, versionId: version.id };
}
