/**
 * A bilan with something in every part of the beneficiary's export (decision 047), made through
 * the owning capabilities' use cases: a signed quote, two held séances (one with both attendance
 * signatures), the RIASEC submitted, a portfolio, a piste with its training need and its enquête,
 * an action plan, and a published synthèse. For the export's database test and its benchmark.
 */
import { ActionStepSchema } from '../../src/action-plan/contracts/schemas.ts';
import { saveActionStep } from '../../src/action-plan/use-cases/save-action-step.ts';
import { generateDocument } from '../../src/documents/use-cases/generate-document.ts';
import { signDocument } from '../../src/documents/use-cases/sign-document.ts';
import { EnqueteSchema, PisteSchema, TrainingNeedSchema } from '../../src/exploration/contracts/schemas.ts';
import { saveEnquete } from '../../src/exploration/use-cases/save-enquete.ts';
import { savePiste } from '../../src/exploration/use-cases/save-piste.ts';
import { saveTrainingNeed } from '../../src/exploration/use-cases/save-training-need.ts';
import { saveFinancing } from '../../src/financing/use-cases/save-financing.ts';
import { CompetenceSchema, ExperienceSchema } from '../../src/portfolio/contracts/schemas.ts';
import { saveCompetence } from '../../src/portfolio/use-cases/save-competence.ts';
import { saveExperience } from '../../src/portfolio/use-cases/save-experience.ts';
import { SYNTHESE_SECTION_KEYS } from '../../src/synthese/domain/content.ts';
import { getSynthese } from '../../src/synthese/use-cases/get-synthese.ts';
import { publishVersion } from '../../src/synthese/use-cases/publish-version.ts';
import { saveSection } from '../../src/synthese/use-cases/save-section.ts';
import type { TestDeps } from './deps.ts';
import { DOCUMENTED_BENEFICIARY, createDocumentedBilan, type TestOrganisation, type TestUser } from './factories.ts';
import { submitRiasec } from './sharing.ts';

export interface FullBilan {
  org: TestOrganisation;
  beneficiary: TestUser;
  bilanId: string;
  beneficiaryName: string;
}

export async function createFullBilan(deps: TestDeps): Promise<FullBilan> {
  const { org, beneficiary, bilanId } = await createDocumentedBilan(deps, 'cpf');
  const consultant = org.consultant.actor;
  const me = beneficiary.actor;
  const beneficiaryName = `${DOCUMENTED_BENEFICIARY.first} ${DOCUMENTED_BENEFICIARY.last}`;

  await saveFinancing(deps, consultant, bilanId, { price: '1 600' });
  const quote = await generateDocument(deps, consultant, bilanId, 'devis');
  await signDocument(deps, me, quote.documentId, { signedName: beneficiaryName, consent: true, sha256: quote.sha256 });

  const held = (day: string) => ({
    organisation_id: org.id,
    bilan_id: bilanId,
    consultant_id: org.consultant.id,
    phase: 'preliminaire' as const,
    mode: 'in_person' as const,
    place: 'Bureau',
    topic: 'Entretien préliminaire',
    starts_at: `${day}T08:00:00Z`,
    ends_at: `${day}T10:00:00Z`,
    status: 'held' as const,
    actual_start_at: `${day}T08:00:00Z`,
    actual_end_at: `${day}T09:45:00Z`,
  });
  const [first] = await deps.db
    .insertInto('seances')
    .values([held('2026-06-02'), held('2026-06-09')])
    .returning('id')
    .execute();
  await deps.db
    .insertInto('attendance_signatures')
    .values(
      (['beneficiary', 'consultant'] as const).map((role) => ({
        organisation_id: org.id,
        seance_id: first!.id,
        signer_role: role,
        signer_user_id: role === 'beneficiary' ? beneficiary.id : org.consultant.id,
        signed_name: role === 'beneficiary' ? beneficiaryName : 'Consultante',
        signed_at: '2026-06-02T09:50:00Z',
        method: 'in_person' as const,
        attested_start_at: '2026-06-02T08:00:00Z',
        attested_end_at: '2026-06-02T09:45:00Z',
        captured_by: org.consultant.id,
        ip: null,
        user_agent: null,
      })),
    )
    .execute();

  await submitRiasec(deps, consultant, me, bilanId);

  const { experience } = await saveExperience(
    deps,
    me,
    bilanId,
    ExperienceSchema.parse({
      kind: 'professional',
      title: 'Responsable d’entrepôt',
      employerOrContext: 'Logistique du Rhône',
      startedOn: '2015-09-01',
      endedOn: '2024-06-30',
      activities: 'Organiser les tournées et encadrer une équipe de huit personnes.',
    }),
  );
  await saveCompetence(
    deps,
    me,
    bilanId,
    CompetenceSchema.parse({
      kind: 'savoir_faire',
      label: 'Organiser des tournées',
      level: 3,
      transferable: true,
      experienceIds: [experience.id],
    }),
  );

  const { piste } = await savePiste(
    deps,
    me,
    bilanId,
    PisteSchema.parse({
      kind: 'free_project',
      title: 'Conseiller en insertion professionnelle',
      desire: 5,
      desireWhy: 'Accompagner des personnes vers l’emploi.',
    }),
  );
  const { trainingNeed } = await saveTrainingNeed(
    deps,
    me,
    bilanId,
    TrainingNeedSchema.parse({
      pisteId: piste.id,
      content: 'Titre professionnel de conseiller en insertion',
      duration: '8 mois',
      funding: 'cpf',
    }),
  );
  await saveEnquete(
    deps,
    me,
    bilanId,
    EnqueteSchema.parse({
      pisteId: piste.id,
      kind: 'interview',
      contactName: 'Inès Moreau',
      contactRole: 'Conseillère en insertion',
      contactEmail: 'ines.moreau@exemple.fr',
      plannedOn: '2026-06-20',
      learnt: 'Le métier demande beaucoup d’écoute et de travail en réseau.',
    }),
  );
  await saveActionStep(
    deps,
    me,
    bilanId,
    ActionStepSchema.parse({
      horizon: 'court',
      what: 'S’inscrire à la formation de conseiller en insertion',
      funding: 'cpf',
      pisteId: piste.id,
      trainingNeedId: trainingNeed.id,
    }),
  );

  await saveSection(deps, consultant, bilanId, SYNTHESE_SECTION_KEYS[0], {
    revision: 0,
    text: 'Vous souhaitez quitter la logistique pour accompagner des personnes vers l’emploi.',
  });
  const view = await getSynthese(deps, consultant, bilanId);
  await publishVersion(deps, consultant, bilanId, {
    revisions: Object.fromEntries((view.draft ?? []).map((s) => [s.key, s.revision])),
  });
  return { org, beneficiary, bilanId, beneficiaryName };
}
