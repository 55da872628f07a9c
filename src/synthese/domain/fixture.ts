/**
 * A realistic synthesis for the outputs' tests and benchmark (issue 14): about twelve A4 pages of
 * varied French text over the seven sections, the RIASEC profile and the pistes as charts, and an
 * action plan over the three horizons. Deterministic: the same call gives the same content.
 * Paragraphs are assembled from written sentences in a rotating order, so the text does not repeat
 * one phrase (which would compress and lay out unrealistically well).
 */
import {
  SYNTHESE_SECTION_HEADINGS,
  SYNTHESE_SECTION_KEYS,
  type SyntheseActionStep,
  type SyntheseChart,
  type SyntheseContent,
  type SyntheseSectionKey,
} from './content.ts';

const SENTENCES: Record<SyntheseSectionKey, string[]> = {
  circonstances: [
    'Madame Lefèvre a demandé ce bilan de compétences après onze années passées comme assistante de direction dans une entreprise de logistique de la région lyonnaise.',
    'La réorganisation de son service, annoncée au printemps, a transformé son poste : une partie de ses missions a été confiée à un prestataire et son rôle s’est réduit au suivi administratif.',
    'Elle dit avoir longtemps trouvé du sens dans la coordination des équipes et la relation avec les transporteurs, et ne plus le retrouver aujourd’hui.',
    'Le bilan a été financé par son compte personnel de formation, à son initiative, sans que son employeur en soit informé.',
    'Les séances se sont tenues en alternance dans nos locaux et à distance, à raison d’un entretien toutes les deux semaines environ.',
    'Dès l’entretien préliminaire, elle a exprimé le souhait de vérifier si une reconversion vers l’accompagnement des personnes était réaliste, compte tenu de sa situation familiale.',
    'Elle a également formulé une inquiétude : celle de « repartir de zéro » à quarante-quatre ans et de perdre le niveau de rémunération qu’elle a atteint.',
    'Nous avons convenu ensemble d’un déroulé en trois phases, conformément au Code du travail, et d’un travail personnel entre les séances.',
    'Elle a tenu un carnet de bord tout au long du bilan, dont plusieurs extraits ont nourri les échanges et figurent, avec son accord, dans ce document.',
    'Ses attentes ont évolué au fil des séances : la question « quel métier ? » a laissé place à « dans quelles conditions ai-je envie de travailler ? ».',
    'Le contexte familial a pesé dans les choix : deux enfants scolarisés, un conjoint dont les horaires sont décalés, et le souhait de ne pas déménager.',
    'Elle dispose d’un permis B et d’un véhicule, ce qui élargit le périmètre géographique envisageable à une quarantaine de kilomètres autour de son domicile.',
  ],
  competences: [
    'L’analyse de son parcours fait ressortir une forte capacité d’organisation : elle a coordonné pendant six ans le planning de quarante chauffeurs, en tenant compte des contraintes réglementaires.',
    'Elle sait prioriser dans l’urgence et garder son calme face aux imprévus, ce que confirment les situations qu’elle a décrites lors de l’exercice des réussites.',
    'Ses compétences rédactionnelles sont solides : comptes rendus, notes de procédure, courriers aux clients, et un guide d’accueil des nouveaux salariés qu’elle a écrit seule.',
    'Elle maîtrise les outils bureautiques courants ainsi qu’un progiciel de gestion des transports, et s’adapte rapidement à un nouvel outil.',
    'Sur le plan relationnel, elle se décrit comme une personne « qui écoute avant de répondre », trait que ses anciens collègues, interrogés lors de l’enquête d’entourage, ont spontanément cité.',
    'Elle a animé à plusieurs reprises des réunions d’équipe et accompagné l’intégration de trois alternants, une expérience qu’elle évoque avec beaucoup de plaisir.',
    'Les questionnaires de personnalité indiquent une préférence pour le travail en lien direct avec les personnes, une bonne stabilité émotionnelle et un besoin modéré de reconnaissance.',
    'Son engagement bénévole dans une association d’aide aux devoirs depuis quatre ans lui a permis de développer une pédagogie patiente et concrète.',
    'Elle a identifié elle-même des compétences transférables : la médiation entre des interlocuteurs aux intérêts divergents, la gestion administrative rigoureuse et le sens du service.',
    'Certaines compétences sont à consolider, en particulier la connaissance du cadre juridique de l’insertion professionnelle et les techniques d’entretien.',
    'Elle exprime moins d’aisance dans la prise de parole devant un grand groupe, tout en reconnaissant l’avoir fait avec succès lors d’une présentation au comité de direction.',
    'L’ensemble dessine un profil d’organisatrice tournée vers les autres, capable de structurer un accompagnement et de le suivre dans la durée.',
  ],
  interets: [
    'L’inventaire des intérêts professionnels place en tête la dimension sociale, suivie de la dimension conventionnelle, ce qui est cohérent avec son parcours et ses engagements.',
    'Les valeurs qu’elle a hiérarchisées sont l’utilité sociale, l’équilibre entre vie professionnelle et vie personnelle, et l’autonomie dans l’organisation de son travail.',
    'Elle accorde peu d’importance au prestige du poste, mais tient à un cadre stable et à une équipe avec laquelle échanger régulièrement.',
    'Ses motivations se sont précisées lors des enquêtes métier : rencontrer des professionnels de l’insertion l’a confortée dans son envie de « voir les gens avancer ».',
    'Elle se dit en revanche peu attirée par les métiers commerciaux, même lorsqu’ils comportent une forte part de relation, car elle ne souhaite pas travailler sous objectifs chiffrés.',
    'Le travail sur les situations de satisfaction passées montre qu’elle s’épanouit lorsqu’elle peut suivre une personne sur plusieurs mois et constater ses progrès.',
    'Elle apprécie les environnements où les règles sont claires, ce qui explique le score élevé de la dimension conventionnelle de son profil.',
    'La dimension artistique, plus faible, se retrouve dans ses loisirs : elle pratique la photographie et anime un atelier d’écriture dans sa commune.',
    'Ses intérêts pour le domaine technique sont limités, ce qui écarte les pistes qui l’éloigneraient de la relation aux personnes.',
    'Elle a exprimé à plusieurs reprises le besoin de se sentir utile « tout de suite », plutôt qu’à travers des projets de long terme dont elle ne verrait pas l’aboutissement.',
  ],
  projets: [
    'Le projet principal retenu est celui de conseillère en insertion professionnelle, métier qu’elle a découvert lors de deux enquêtes auprès d’une mission locale et d’un chantier d’insertion.',
    'Ce projet mobilise directement ses compétences d’organisation, d’écoute et de rédaction, et répond à ses valeurs d’utilité sociale.',
    'Le marché du travail local est favorable : les offres publiées dans le bassin d’emploi sont régulières, notamment dans les structures associatives et les organismes de formation.',
    'L’accès au métier passe par le titre professionnel de conseiller en insertion professionnelle, accessible par la formation continue ou par la validation des acquis de l’expérience.',
    'Une piste alternative a été étudiée : assistante de formation dans un organisme de formation, qui valoriserait son expérience administrative tout en la rapprochant de l’accompagnement.',
    'Cette seconde piste est plus rapide à mettre en œuvre, mais elle la juge moins satisfaisante sur le plan du sens, d’où son classement en solution de repli.',
    'La piste de gestionnaire de paie, un temps envisagée pour sa sécurité, a été écartée : elle ne répond à aucune de ses motivations principales.',
    'La faisabilité financière a été examinée avec soin : la formation pourrait être financée par un projet de transition professionnelle, ce qui maintiendrait sa rémunération pendant la formation.',
    'Les écarts de compétences identifiés portent sur la connaissance des dispositifs d’insertion, la conduite d’entretien et le travail en réseau avec les partenaires.',
    'Elle a rencontré une ancienne assistante devenue conseillère, dont le parcours ressemble au sien, et ce témoignage a beaucoup compté dans sa décision.',
    'Le projet est jugé réaliste à un horizon de dix-huit mois, sous réserve de l’accord du financement et de l’obtention d’une place en formation.',
  ],
  etapes: [
    'Le plan d’action ci-dessous a été construit avec Madame Lefèvre lors de la dernière séance de la phase de conclusion.',
    'Chaque étape précise qui agit, l’échéance visée, les ressources mobilisables et le financement envisagé.',
    'Les étapes à court terme sécurisent le projet : elles confirment la motivation et préparent le dossier de financement.',
    'Les étapes à moyen terme concernent la formation elle-même, et celles à long terme la prise de poste et l’intégration dans le métier.',
    'Le calendrier tient compte de ses contraintes familiales et du délai d’instruction des dossiers de transition professionnelle.',
    'Elle reste libre d’adapter ce plan ; l’entretien de suivi permettra d’en faire le point avec elle.',
  ],
  confidentialite: [
    'Ce document de synthèse est la propriété de Madame Lefèvre. Il ne peut être communiqué à un tiers qu’avec son accord écrit.',
    'Les résultats détaillés et le présent document lui sont remis à la fin du bilan ; l’organisme prestataire détruit ses propres exemplaires, sauf accord écrit de sa part pour une conservation limitée dans le temps.',
    'Les personnes chargées de réaliser le bilan sont soumises au secret professionnel, conformément à l’article L6313-4 du Code du travail.',
    'Ni l’employeur ni le financeur ne reçoivent ce document ni aucun des résultats du bilan.',
  ],
  suivi: [
    'Un entretien de suivi est proposé six mois après la fin du bilan, afin de faire le point sur la mise en œuvre du projet et les éventuelles difficultés rencontrées.',
    'Madame Lefèvre peut le demander plus tôt si elle le souhaite, par message ou par téléphone auprès de sa consultante.',
    'Cet entretien est gratuit et facultatif ; il ne donne lieu à aucun document transmis à un tiers.',
    'Un questionnaire d’évaluation à froid lui sera également adressé, pour mesurer l’utilité du bilan avec le recul.',
  ],
};

/** Paragraphs per section: about twelve pages in all with the charts and the plan. */
const PARAGRAPHS: Record<SyntheseSectionKey, number> = {
  circonstances: 16,
  competences: 22,
  interets: 15,
  projets: 20,
  etapes: 1,
  confidentialite: 1,
  suivi: 1,
};

/** `count` paragraphs of 4 to 6 sentences, each a rotation of the pool (deterministic). */
function paragraphs(pool: string[], count: number): string[] {
  return Array.from({ length: count }, (_, p) => {
    const length = Math.min(pool.length, 4 + (p % 3));
    return Array.from({ length }, (_, s) => pool[(p + s * 7) % pool.length]!).join(' ');
  });
}

export const RIASEC_CHART: SyntheseChart = {
  title: 'Profil d’intérêts professionnels (RIASEC)',
  alt: 'Profil d’intérêts professionnels RIASEC, en points sur 42 : Social 36, Conventionnel 29, Entreprenant 18, Artistique 15, Investigateur 12, Réaliste 6. Le profil est dominé par la dimension sociale, suivie de la dimension conventionnelle.',
  unit: 'points',
  max: 42,
  bars: [
    { label: 'Réaliste', value: 6 },
    { label: 'Investigateur', value: 12 },
    { label: 'Artistique', value: 15 },
    { label: 'Social', value: 36 },
    { label: 'Entreprenant', value: 18 },
    { label: 'Conventionnel', value: 29 },
  ],
};

export const PISTES_CHART: SyntheseChart = {
  title: 'Les pistes étudiées : envie et faisabilité',
  alt: 'Pistes étudiées, notées sur 5 (moyenne de l’envie et de la faisabilité) : conseillère en insertion professionnelle 4,5 ; assistante de formation 3,5 ; formatrice d’adultes 3 ; gestionnaire de paie 1,5.',
  unit: '/ 5',
  max: 5,
  bars: [
    { label: 'Conseillère en insertion professionnelle', value: 4.5 },
    { label: 'Assistante de formation', value: 3.5 },
    { label: 'Formatrice d’adultes', value: 3 },
    { label: 'Gestionnaire de paie', value: 1.5 },
  ],
};

const STEPS: SyntheseActionStep[] = [
  {
    horizon: 'court',
    what: 'Effectuer une période de mise en situation en milieu professionnel dans une mission locale',
    who: 'Madame Lefèvre, avec l’appui de sa consultante',
    byWhen: '2027-01-31',
    resources: 'Contact pris avec la mission locale de Villeurbanne lors de l’enquête métier',
    funding: 'Sans coût',
    statusLabel: 'En cours',
  },
  {
    horizon: 'court',
    what: 'Déposer le dossier de projet de transition professionnelle',
    who: 'Madame Lefèvre',
    byWhen: '2027-02-28',
    resources: 'Transitions Pro Auvergne-Rhône-Alpes ; conseil en évolution professionnelle',
    funding: 'Sans coût',
    statusLabel: 'À faire',
  },
  {
    horizon: 'court',
    what: 'Demander un rendez-vous au conseil en évolution professionnelle',
    who: 'Madame Lefèvre',
    byWhen: '2027-01-15',
    resources: 'Opérateur CEP de la région',
    funding: '',
    statusLabel: 'Fait',
  },
  {
    horizon: 'moyen',
    what: 'Suivre la formation au titre professionnel de conseiller en insertion professionnelle',
    who: 'Madame Lefèvre',
    byWhen: '2027-12-15',
    resources: 'Deux organismes de formation repérés à Lyon, entrée en septembre',
    funding: 'Projet de transition professionnelle (rémunération maintenue)',
    statusLabel: 'À faire',
  },
  {
    horizon: 'moyen',
    what: 'Rejoindre un réseau de professionnels de l’insertion',
    who: 'Madame Lefèvre',
    byWhen: null,
    resources: 'Association régionale des conseillers en insertion',
    funding: 'Cotisation annuelle de 30 €',
    statusLabel: 'À faire',
  },
  {
    horizon: 'long',
    what: 'Prendre un poste de conseillère en insertion professionnelle',
    who: 'Madame Lefèvre',
    byWhen: '2028-06-30',
    resources: 'Offres des structures rencontrées ; réseau constitué pendant la formation',
    funding: '',
    statusLabel: 'À faire',
  },
];

/** The fixture synthesis: Nathalie Lefèvre’s bilan with Claire Martin, version 2, approved. */
export function sampleSyntheseContent(): SyntheseContent {
  return {
    beneficiaryName: 'Nathalie Lefèvre',
    consultantName: 'Claire Martin',
    organisation: { name: 'Cap Avenir', lines: ['12 rue de la République', '69002 Lyon'] },
    period: { startedOn: '2026-09-01', endedOn: '2026-11-27' },
    version: { number: 2, approvedOn: '2026-12-01' },
    editedOn: '2026-12-02',
    sections: SYNTHESE_SECTION_KEYS.map((key) => ({
      key,
      heading: SYNTHESE_SECTION_HEADINGS[key],
      paragraphs: paragraphs(SENTENCES[key], PARAGRAPHS[key]),
      charts: key === 'interets' ? [RIASEC_CHART] : key === 'projets' ? [PISTES_CHART] : [],
      ...(key === 'etapes' ? { steps: STEPS } : {}),
    })),
  };
}
