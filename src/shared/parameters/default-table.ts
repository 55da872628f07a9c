/**
 * The parameter values Sillage ships with (domain.md §6, legal.md §0 and rules BC, CPF, EMP).
 *
 * Modelled from 1 January 2019 (the recast of décret 2018-1330); a lookup before a key's first
 * date fails loudly. Certainty tags come from legal.md: where it says "S/U", the weaker tag is
 * kept. Delays from the Mon Compte Formation terms of use start with the launch of the
 * application (21 November 2019): earlier versions are not modelled.
 *
 * Not in force, hence not here: the participation of 150 € examined as a draft in February 2026
 * (legal.md §0, U). Add it as a new period when it is published.
 */
import { parsePlainDate } from '../calendar/plain-date.ts';
import { PARAMETER_DEFINITIONS, type Certainty, type ParameterEntry, type ParameterKey } from './definitions.ts';
import { createParameterTable } from './table.ts';

interface Row {
  value: number;
  from: string;
  to?: string;
  source: string;
  certainty: Certainty;
  note?: string;
}

function rows(key: ParameterKey, periods: Row[]): ParameterEntry[] {
  return periods.map((row) => ({
    key,
    value: row.value,
    unit: PARAMETER_DEFINITIONS[key].unit,
    effectiveFrom: parsePlainDate(row.from),
    effectiveTo: row.to === undefined ? undefined : parsePlainDate(row.to),
    source: row.source,
    certainty: row.certainty,
    note: row.note,
  }));
}

const RECAST_2019 = '2019-01-01';
const MCF_LAUNCH = '2019-11-21';
const REFORM_2026 = '2026-02-26';
const SOURCES_2026 =
  'Loi de finances 2026, art. 203, et décrets du 24 février 2026 ; https://www.hexopee.org/publication/2484 ; https://www.centre-inffo.fr/site-centre-inffo/actualites-centre-inffo/le-quotidien-de-la-formation-actualite-formation-professionnelle-apprentissage/actualites-2026/financement-du-bilan-de-competences-vers-un-plafond-du-cpf-a-1-600-euros';
const MCF_TERMS =
  'CGU Mon Compte Formation (https://moncompteformation.gouv.fr/espace-public/conditions-generales-dutilisation), legal.md CPF-04';
const MCF_VERSION_NOTE =
  'Vérifier contre la version des CGU en vigueur (v13 du 10 avril 2025 ou ultérieure), legal.md §9.4.';

export const DEFAULT_PARAMETER_ENTRIES: readonly ParameterEntry[] = [
  ...rows('bilan.maxAccompanimentMinutes', [
    {
      value: 24 * 60,
      from: RECAST_2019,
      source: 'Code du travail L6313-4, dernier alinéa',
      certainty: 'V',
      note: 'Appliqué aux heures d’accompagnement ; le travail personnel est compté à part (inclusion contestée, legal.md §9.3).',
    },
  ]),
  ...rows('cpf.minAccompanimentMinutes', [
    {
      value: 13 * 60,
      from: REFORM_2026,
      source: `Code du travail R6313-4 modifié ; ${SOURCES_2026}`,
      certainty: 'U',
      note: 'Portée discutée : tous les bilans ou seulement ceux financés sur fonds publics (legal.md §9.2). Sillage l’applique aux bilans financés par le CPF.',
    },
  ]),
  ...rows('cpf.capCents', [{ value: 1600_00, from: REFORM_2026, source: SOURCES_2026, certainty: 'S' }]),
  ...rows('cpf.participationCents', [
    {
      value: 100_00,
      from: '2024-05-02',
      to: '2024-12-31',
      source: 'Décret n° 2024-394 (https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000049486478)',
      certainty: 'V',
    },
    { value: 102_23, from: '2025-01-01', to: '2025-12-31', source: 'Arrêté du 26 décembre 2024', certainty: 'S' },
    { value: 103_20, from: '2026-01-01', source: 'Arrêté du 30 décembre 2025', certainty: 'S' },
  ]),
  ...rows('cpf.carenceYears', [
    {
      value: 5,
      from: REFORM_2026,
      source: SOURCES_2026,
      certainty: 'S',
      note: 'Mode de décompte incertain (legal.md §9.2) : Sillage avertit si le bilan précédent déclaré date de moins de 5 ans avant la commande.',
    },
  ]),
  ...rows('cpf.providerAnswerWorkingDays', [
    { value: 2, from: MCF_LAUNCH, source: MCF_TERMS, certainty: 'S', note: MCF_VERSION_NOTE },
  ]),
  ...rows('cpf.minStartDelayWorkingDays', [
    { value: 11, from: MCF_LAUNCH, source: MCF_TERMS, certainty: 'S', note: MCF_VERSION_NOTE },
  ]),
  ...rows('cpf.freeCancellationWorkingDays', [
    {
      value: 7,
      from: MCF_LAUNCH,
      source:
        'Conditions particulières titulaires (https://www.moncompteformation.gouv.fr/espace-public/conditions-particulieres-titulaires), legal.md CPF-05',
      certainty: 'U',
      note: 'Annulation sans frais si elle a lieu plus de 7 jours ouvrés avant le début : au plus tard la veille du 7e jour ouvré précédant le début.',
    },
  ]),
  ...rows('cpf.edofEntryDeclarationWorkingDays', [
    {
      value: 3,
      from: MCF_LAUNCH,
      source:
        'https://my-of.com/2024/01/26/comment-realiser-une-verification-de-service-fait-sur-edof, legal.md CPF-06',
      certainty: 'S',
    },
  ]),
  ...rows('cpf.edofExitDeclarationWorkingDays', [
    {
      value: 3,
      from: MCF_LAUNCH,
      source:
        'https://my-of.com/2024/01/26/comment-realiser-une-verification-de-service-fait-sur-edof, legal.md CPF-06',
      certainty: 'S',
    },
  ]),
  ...rows('employer.conventionSignatureDays', [
    {
      value: 10,
      from: RECAST_2019,
      source: 'Code du travail R6313-8',
      certainty: 'V',
      note: 'Jours calendaires à compter de l’envoi du projet par l’employeur ; l’absence de réponse vaut refus.',
    },
  ]),
  ...rows('selfFunded.withdrawalDays', [
    {
      value: 10,
      from: RECAST_2019,
      source: 'Code du travail L6353-5',
      certainty: 'U',
      note: 'Écrit pour les actions de formation ; application aux bilans non confirmée (legal.md §9.7).',
    },
  ]),
  ...rows('selfFunded.firstPaymentMaxBasisPoints', [
    {
      value: 30_00,
      from: RECAST_2019,
      source: 'Code du travail L6353-6',
      certainty: 'U',
      note: 'Écrit pour les actions de formation ; application aux bilans non confirmée (legal.md §9.7).',
    },
  ]),
  ...rows('retention.writtenAgreementMaxYears', [
    {
      value: 1,
      from: RECAST_2019,
      to: '2023-12-30',
      source: 'Code du travail R6313-7 (décret 2018-1330)',
      certainty: 'V',
    },
    {
      value: 3,
      from: '2023-12-31',
      source:
        'Code du travail R6313-7 modifié par le décret n° 2023-1350 (https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000048729031)',
      certainty: 'S',
      note: 'Rédaction consolidée exacte à vérifier (legal.md §9.1).',
    },
  ]),
  ...rows('followUp.defaultDelayMonths', [
    {
      value: 6,
      from: RECAST_2019,
      source: 'Code du travail R6313-4 3° c) (possibilité d’un entretien de suivi) ; délai d’usage, legal.md §8',
      certainty: 'S',
      note: 'Réglage de l’organisme (6 à 9 mois selon les prestataires).',
    },
  ]),
  ...rows('sessions.atRiskNoShowCount', [
    { value: 2, from: RECAST_2019, source: 'Sillage, ticket 3 (règle produit)', certainty: 'V' },
  ]),
  ...rows('sessions.longSessionMinutes', [
    {
      value: 4 * 60,
      from: RECAST_2019,
      source: 'Sillage, ticket 11 (règle produit : séances de 2 à 3 h d’usage, domain.md)',
      certainty: 'V',
    },
  ]),
  ...rows('sessions.atRiskInactivityDays', [
    {
      value: 21,
      from: RECAST_2019,
      source: 'Sillage, ticket 3 (règle produit : 3 semaines sans séance)',
      certainty: 'V',
    },
  ]),
  ...rows('followUp.reminderDaysBefore', [
    {
      value: 14,
      from: RECAST_2019,
      source: 'Sillage (règle produit : le suivi est annoncé deux semaines avant)',
      certainty: 'V',
    },
  ]),
  ...rows('evaluation.linkValidityDays', [
    { value: 60, from: RECAST_2019, source: 'Sillage (règle produit)', certainty: 'V' },
  ]),
  // Intake (issue 3)
  ...rows('qualiopi.expiryWarningCalendarDays', [
    {
      value: 90,
      from: RECAST_2019,
      source:
        'Sillage, ticket 3 (règle produit : alerte 90 jours avant l’expiration ; le certificat vaut 3 ans, Code du travail R6316-2)',
      certainty: 'S',
    },
  ]),
  // Privacy (issue 15)
  ...rows('leads.retentionYears', [
    {
      value: 3,
      from: RECAST_2019,
      source:
        'CNIL, référentiel relatif aux traitements de données à caractère personnel mis en œuvre dans le cadre de la gestion commerciale (prospects : 3 ans après le dernier contact)',
      certainty: 'S',
      note: 'Le dernier contact est lu dans la demande et son historique (décision 048).',
    },
  ]),
  // Lifecycle (issue 15)
  ...rows('destruction.graceDays', [
    {
      value: 30,
      from: RECAST_2019,
      source:
        'Code du travail R6313-7 (destruction « dès la fin » de l’action) ; Sillage, ticket 15 (délai laissé au ou à la bénéficiaire pour télécharger ses données et signer un accord de conservation)',
      certainty: 'U',
      note: 'Délai d’usage, non fixé par le texte : à réduire si l’organisme lit « dès la fin » strictement (legal.md BC-11).',
    },
  ]),
  ...rows('destruction.warningDaysBefore', [
    { value: 7, from: RECAST_2019, source: 'Sillage, ticket 15 (règle produit)', certainty: 'V' },
  ]),
  // Backups (issue 15)
  ...rows('backups.retentionDays', [
    {
      value: 30,
      from: RECAST_2019,
      source:
        'RGPD art. 17 et Code du travail R6313-7 (legal.md GDPR-05 : sauvegardes sur une fenêtre glissante d’au plus 35 jours) ; Sillage, décision 047',
      certainty: 'S',
      note: 'Au-delà, npm run backup supprime les sauvegardes : un contenu détruit ne subsiste dans aucune copie après ce délai.',
    },
  ]),
];

/** The validated default table (throws at import time if an entry above breaks an invariant). */
export const DEFAULT_PARAMETER_TABLE = createParameterTable(DEFAULT_PARAMETER_ENTRIES);
