/**
 * Entrepreneurial readiness: a self-assessment grid on the 15 competences of EntreComp, plus a
 * short project-readiness checklist. It is not a "profile test": no type, no norm, no verdict.
 *
 * Source: Bacigalupo, M., Kampylis, P., Punie, Y. & Van den Brande, G. (2016). EntreComp: The
 * Entrepreneurship Competence Framework. Publications Office of the European Union, EUR 27939 EN.
 * Licence: reuse of Commission documents authorised with acknowledgement of the source (Commission
 * Decision 2011/833/EU; to confirm for the framework, instruments.md §6.3). Source ids: EntreComp
 * competence numbers 1.1–3.5 (3 areas × 5). The French wording of competences, statements and
 * levels is ours; the 4 levels follow EntreComp's progression stages (foundation, intermediate,
 * advanced, expert).
 */
import {
  parseQuestionnaireDefinition,
  type QuestionnaireDefinition,
} from '../../../questionnaires/domain/definition-schema.ts';
import type { InstrumentSource } from '../provenance.ts';

export const ENTRECOMP_SOURCE: InstrumentSource = {
  instrumentId: 'entrecomp',
  version: 1,
  name: 'Compétences entrepreneuriales (grille EntreComp)',
  source: {
    citation:
      'Bacigalupo, Kampylis, Punie & Van den Brande (2016), EntreComp, Office des publications de l’Union européenne, EUR 27939',
    url: 'https://doi.org/10.2791/593884',
    licence: 'réutilisation autorisée avec mention de la source (décision 2011/833/UE)',
    licenceNote: 'Cadre européen réutilisé avec attribution ; formulations françaises propres à Sillage.',
  },
  language: 'fr-FR',
  adaptation: { status: 'draft', by: 'Équipe Sillage', date: '2026-03-01' },
  itemCount: 15,
};

export const AREAS = {
  idees: 'Idées et opportunités',
  ressources: 'Ressources',
  action: 'Passage à l’action',
} as const;
export type Area = keyof typeof AREAS;

export interface Competence {
  sourceId: string;
  id: string;
  area: Area;
  name: string;
  sourceNameEn: string;
  statement: string;
}

const k = (
  sourceId: string,
  id: string,
  area: Area,
  name: string,
  sourceNameEn: string,
  statement: string,
): Competence => ({ sourceId, id, area, name, sourceNameEn, statement });

export const COMPETENCES: readonly Competence[] = [
  k(
    '1.1',
    'opportunites',
    'idees',
    'Repérer des opportunités',
    'Spotting opportunities',
    'Je repère des besoins non satisfaits ou des occasions de créer de la valeur.',
  ),
  k(
    '1.2',
    'creativite',
    'idees',
    'Créativité',
    'Creativity',
    'Je développe des idées nouvelles ou j’améliore des solutions existantes.',
  ),
  k(
    '1.3',
    'vision',
    'idees',
    'Vision',
    'Vision',
    'Je me représente l’avenir que je veux construire et je m’en sers pour orienter mes choix.',
  ),
  k(
    '1.4',
    'valoriser-idees',
    'idees',
    'Valoriser les idées',
    'Valuing ideas',
    'J’estime ce que vaut une idée et je sais comment la partager ou la protéger.',
  ),
  k(
    '1.5',
    'ethique',
    'idees',
    'Pensée éthique et durable',
    'Ethical and sustainable thinking',
    'Je mesure les conséquences de mes projets sur les personnes, la société et l’environnement.',
  ),
  k(
    '2.1',
    'connaissance-soi',
    'ressources',
    'Connaissance de soi et confiance en ses capacités',
    'Self-awareness and self-efficacy',
    'Je connais mes forces et mes limites, et je crois en ma capacité à faire avancer un projet.',
  ),
  k(
    '2.2',
    'perseverance',
    'ressources',
    'Motivation et persévérance',
    'Motivation and perseverance',
    'Je garde le cap malgré les obstacles, la lenteur des résultats ou les refus.',
  ),
  k(
    '2.3',
    'mobiliser-ressources',
    'ressources',
    'Mobiliser des ressources',
    'Mobilising resources',
    'Je trouve et j’utilise au mieux les moyens nécessaires : matériel, argent, temps, savoir-faire.',
  ),
  k(
    '2.4',
    'culture-financiere',
    'ressources',
    'Culture financière et économique',
    'Financial and economic literacy',
    'J’estime le coût d’un projet, je bâtis un budget et je sais lire des chiffres simples.',
  ),
  k(
    '2.5',
    'mobiliser-autres',
    'ressources',
    'Mobiliser les autres',
    'Mobilising others',
    'Je sais convaincre et donner envie à d’autres personnes de s’engager avec moi.',
  ),
  k(
    '3.1',
    'initiative',
    'action',
    'Prendre l’initiative',
    'Taking the initiative',
    'Je me lance et j’agis sans attendre qu’on me le demande.',
  ),
  k(
    '3.2',
    'planifier',
    'action',
    'Planifier et gérer',
    'Planning and management',
    'Je fixe des objectifs, je découpe le travail en étapes et je suis l’avancement.',
  ),
  k(
    '3.3',
    'incertitude',
    'action',
    'Faire face à l’incertitude et au risque',
    'Coping with uncertainty, ambiguity and risk',
    'Je prends des décisions même quand tout n’est pas connu, en évaluant les risques.',
  ),
  k(
    '3.4',
    'cooperer',
    'action',
    'Travailler avec les autres',
    'Working with others',
    'Je coopère, je construis des partenariats et je règle les désaccords.',
  ),
  k(
    '3.5',
    'apprendre',
    'action',
    'Apprendre de l’expérience',
    'Learning through experience',
    'Je tire les leçons de mes réussites et de mes échecs pour m’améliorer.',
  ),
];

export const LEVEL_ANCHORS = [
  { value: 1, label: 'Je découvre : je le fais avec l’appui d’autres personnes' },
  { value: 2, label: 'Je gagne en autonomie : je le fais sans aide dans des situations simples' },
  { value: 3, label: 'J’en prends la responsabilité : je le fais sans aide, y compris dans des situations complexes' },
  {
    value: 4,
    label: 'Je maîtrise : je le fais dans des situations nouvelles et j’aide d’autres personnes à progresser',
  },
];

export const READINESS = [
  {
    id: 'finances',
    label: 'Avez-vous évalué vos besoins financiers pendant le lancement (apport, revenus, durée sans salaire) ?',
  },
  {
    id: 'reseau',
    label: 'Connaissez-vous des personnes qui peuvent vous conseiller ou vous ouvrir des portes dans ce domaine ?',
  },
  { id: 'famille', label: 'Votre entourage et vos contraintes personnelles sont-ils compatibles avec ce projet ?' },
  { id: 'marche', label: 'Avez-vous déjà testé votre idée auprès de clients ou d’usagers potentiels ?' },
] as const;

export const levelId = (competence: string) => `niveau-${competence}`;
export const readinessId = (item: string) => `pret-${item}`;

export const ENTRECOMP_DEFINITION: QuestionnaireDefinition = parseQuestionnaireDefinition({
  id: ENTRECOMP_SOURCE.instrumentId,
  version: ENTRECOMP_SOURCE.version,
  kind: 'instrument',
  title: 'Vos compétences pour entreprendre',
  intro:
    'Cette grille reprend les 15 compétences du cadre européen EntreComp. Elles servent à entreprendre au sens large : créer une activité, mais aussi porter un projet dans une organisation ou une association. Pour chacune, choisissez le niveau qui décrit le mieux ce que vous faites aujourd’hui.',
  estimatedMinutes: 15,
  sections: [
    ...(Object.keys(AREAS) as Area[]).map((area) => ({
      id: area,
      title: AREAS[area],
      questions: COMPETENCES.filter((c) => c.area === area).map((c) => ({
        id: levelId(c.id),
        type: 'scale' as const,
        label: `${c.name} – ${c.statement}`,
        min: 1,
        max: 4,
        anchors: LEVEL_ANCHORS,
      })),
    })),
    {
      id: 'projet',
      title: 'Votre projet, si vous en avez un',
      questions: READINESS.map((r) => ({
        id: readinessId(r.id),
        type: 'single_choice' as const,
        label: r.label,
        required: false,
        options: [
          { value: 'oui', label: 'Oui' },
          { value: 'en-partie', label: 'En partie' },
          { value: 'non', label: 'Pas encore' },
        ],
      })),
    },
  ],
});
