/**
 * The documents of a bilan, built from administrative facts only (decision 015): quote (devis),
 * individual contract (self-funded), tripartite convention (employer plan), CPF order sheet,
 * certificate of completion (certificat de réalisation) and the funder's administrative view.
 *
 * Amounts, durations and dates arrive as integers and plain dates and are formatted here in
 * French; rule-derived facts (earliest CPF start, withdrawal end, participation) are computed by
 * the caller with the domain rules in force and passed in.
 */
import type { PlainDate } from '../../shared/calendar/plain-date.ts';
import { formatBasisPointsFr, formatDateFr, formatEurosFr, formatMinutesFr } from '../../shared/rules/format.ts';
import type { PdfBlock, PdfBrand, PdfDocument } from './model.ts';
import { splitPriceTtc, VAT_MENTIONS, type VatRegime } from '../../organisation/domain/vat.ts';
import type { OfferModality } from '../../organisation/domain/offers.ts';
import type { WorkingTime } from '../../financing/domain/prestation.ts';

export const DOCUMENT_KINDS = [
  'devis',
  'contrat_individuel',
  'convention_tripartite',
  'commande_cpf',
  'certificat_realisation',
] as const;
export type DocumentKindCode = (typeof DOCUMENT_KINDS)[number];
export const SIGNER_ROLES = ['beneficiary', 'provider', 'employer'] as const;
export type SignerRole = (typeof SIGNER_ROLES)[number];

export const DOCUMENT_TITLES: Record<DocumentKindCode, string> = {
  devis: 'Devis — bilan de compétences',
  contrat_individuel: 'Contrat individuel de bilan de compétences',
  convention_tripartite: 'Convention tripartite de bilan de compétences',
  commande_cpf: 'Fiche de commande CPF',
  certificat_realisation: 'Certificat de réalisation',
};

/** Who signs which document, in order. */
export const DOCUMENT_SIGNERS: Record<DocumentKindCode, SignerRole[]> = {
  devis: ['beneficiary', 'provider'],
  contrat_individuel: ['beneficiary', 'provider'],
  convention_tripartite: ['employer', 'beneficiary', 'provider'],
  commande_cpf: [],
  certificat_realisation: [],
};

export const SIGNER_LABELS: Record<SignerRole, string> = {
  beneficiary: 'Bénéficiaire',
  provider: 'Organisme prestataire',
  employer: 'Employeur',
};

export interface OrganisationFacts {
  name: string;
  legalName: string | null;
  siret: string | null;
  address: string | null;
  postalCode: string | null;
  city: string | null;
  phone: string | null;
  contactEmail: string | null;
  ndaNumber: string | null;
  qualiopiNumber: string | null;
  vatRegime: VatRegime | null;
  vatRateBasisPoints: number | null;
  /** The person who signs for the organisation, and their function. */
  signatory: { name: string; role: string } | null;
  /** The payment terms of the quote and the convention (null: the default clause). */
  paymentTerms: string | null;
  /** Its accent colour and logo, printed on every document (decision 036). */
  brand: PdfBrand | null;
}

/** A séance planned or held, as the documents list it. */
export interface PlannedSeance {
  date: PlainDate;
  start: string;
  end: string;
  mode: 'in_person' | 'remote' | 'personal_work';
}

/** How the bilan is delivered (R6313-8: duration, period, arrangements). */
export interface PrestationFacts {
  plannedStartOn: PlainDate | null;
  plannedEndOn: PlainDate | null;
  modality: OfferModality | null;
  places: string | null;
  /** Null when the financing does not ask it (self-funded, France Travail). */
  workingTime: WorkingTime | null;
  /** Whether the bilan is financed by the CPF (working time then needs the employer's leave). */
  cpf: boolean;
  seances: PlannedSeance[];
}

export interface Person {
  firstName: string;
  lastName: string;
}

export interface CommonFacts {
  organisation: OrganisationFacts;
  beneficiary: Person & { email: string };
  consultant: Person;
  /** Day the document is issued (Paris calendar). */
  issuedOn: PlainDate;
  reference: string;
  financingLabel: string;
  plannedAccompanimentMinutes: number;
  personalWorkMinutes: number | null;
  priceCents: number | null;
  prestation: PrestationFacts;
}

export interface CpfFacts {
  orderReference: string | null;
  validatedOn: PlainDate | null;
  earliestStart: PlainDate | null;
  capCents: number | null;
  remainderCents: number;
  participationText: string;
}

export interface EmployerFacts {
  name: string;
  siret: string | null;
  contactName: string | null;
  conventionDays: number;
}

export interface SelfFundedFacts {
  withdrawalDays: number;
  firstPaymentMaxBasisPoints: number;
}

const name = (p: Person) => `${p.firstName} ${p.lastName}`;

function organisationHeader(o: OrganisationFacts): PdfDocument['organisation'] {
  const lines = [
    o.legalName && o.legalName !== o.name ? o.legalName : null,
    o.address,
    o.postalCode || o.city ? [o.postalCode, o.city].filter(Boolean).join(' ') : null,
    o.siret ? `SIRET ${o.siret}` : null,
    o.ndaNumber ? `Déclaration d’activité n° ${o.ndaNumber}` : null,
    o.qualiopiNumber ? `Certificat Qualiopi n° ${o.qualiopiNumber}` : null,
    o.contactEmail,
    o.phone,
  ].filter((l): l is string => Boolean(l));
  return { name: o.name, lines };
}

function footer(o: OrganisationFacts): string {
  const nda = o.ndaNumber
    ? `Déclaration d’activité enregistrée sous le n° ${o.ndaNumber} ; cet enregistrement ne vaut pas agrément de l’État.`
    : 'Numéro de déclaration d’activité à compléter dans le profil de l’organisme.';
  return `${o.legalName ?? o.name} — ${nda}`;
}

function base(c: Pick<CommonFacts, 'organisation' | 'issuedOn' | 'reference'>, title: string): PdfDocument {
  return {
    title,
    subtitle: null,
    organisation: organisationHeader(c.organisation),
    meta: [`Référence : ${c.reference}`, `Date : ${formatDateFr(c.issuedOn)}`],
    blocks: [],
    signers: [],
    signatures: null,
    footer: footer(c.organisation),
    ...(c.organisation.brand ? { brand: c.organisation.brand } : {}),
  };
}

function parties(c: CommonFacts, employer?: EmployerFacts): PdfBlock[] {
  const rows: [string, string][] = [
    [
      'Organisme prestataire',
      `${c.organisation.legalName ?? c.organisation.name}${c.organisation.siret ? `, SIRET ${c.organisation.siret}` : ''}`,
    ],
    ['Consultant·e', name(c.consultant)],
    ['Bénéficiaire', `${name(c.beneficiary)} (${c.beneficiary.email})`],
  ];
  if (employer)
    rows.push([
      'Employeur',
      `${employer.name}${employer.siret ? `, SIRET ${employer.siret}` : ''}${employer.contactName ? ` — représenté par ${employer.contactName}` : ''}`,
    ]);
  return [
    { type: 'heading', text: 'Parties' },
    { type: 'fields', rows },
  ];
}

const MODALITY_TEXT: Record<OfferModality, string> = {
  in_person: 'En présentiel',
  remote: 'À distance, en entretiens synchrones (visioconférence)',
  mixed: 'Mixte : en présentiel et à distance (entretiens synchrones)',
};

const SEANCE_MODE_TEXT: Record<PlannedSeance['mode'], string> = {
  in_person: 'Présentiel',
  remote: 'À distance',
  personal_work: 'Travail personnel',
};

const WORKING_TIME_TEXT: Record<WorkingTime, string> = {
  during:
    'Le bilan se déroule entièrement pendant le temps de travail : ses heures sont du temps de travail effectif et la rémunération est maintenue.',
  partly:
    'Le bilan se déroule en partie pendant le temps de travail : les heures suivies pendant le temps de travail sont du temps de travail effectif et la rémunération est maintenue.',
  outside: 'Le bilan se déroule en dehors du temps de travail.',
  not_employed: 'Sans objet : la ou le bénéficiaire n’est pas salarié·e.',
};

/** The price rows: TTC with the VAT mention, or HT, VAT and TTC (prices are stored TTC). */
function priceRows(c: CommonFacts): [string, string][] {
  const o = c.organisation;
  if (c.priceCents === null) return [['Prix TTC', 'À préciser']];
  if (o.vatRegime === 'subject' && o.vatRateBasisPoints !== null) {
    const { netCents, vatCents } = splitPriceTtc(c.priceCents, o.vatRateBasisPoints);
    return [
      ['Prix HT', formatEurosFr(netCents)],
      [`TVA (${formatBasisPointsFr(o.vatRateBasisPoints)})`, formatEurosFr(vatCents)],
      ['Prix TTC', formatEurosFr(c.priceCents)],
    ];
  }
  if (o.vatRegime === 'exempt' || o.vatRegime === 'franchise')
    return [
      ['Prix', `${formatEurosFr(c.priceCents)} net de taxe`],
      ['TVA', VAT_MENTIONS[o.vatRegime]],
    ];
  return [['Prix TTC', formatEurosFr(c.priceCents)]];
}

function period(p: PrestationFacts): string {
  if (p.plannedStartOn && p.plannedEndOn)
    return `Du ${formatDateFr(p.plannedStartOn)} au ${formatDateFr(p.plannedEndOn)}`;
  return 'À préciser';
}

function prestation(c: CommonFacts): PdfBlock[] {
  const p = c.prestation;
  const rows: [string, string][] = [
    ['Prestation', 'Bilan de compétences (articles L6313-1 et L6313-4, R6313-4 à R6313-8 du Code du travail)'],
    [
      'Objectif',
      'Analyser ses compétences professionnelles et personnelles, ses aptitudes et ses motivations afin de définir un projet professionnel et, le cas échéant, un projet de formation',
    ],
    ['Financement', c.financingLabel],
    ['Période', period(p)],
    ['Modalité', p.modality ? MODALITY_TEXT[p.modality] : 'À préciser'],
  ];
  if (p.modality !== 'remote' && p.places) rows.push(['Lieu', p.places]);
  rows.push([
    'Accompagnement',
    `${formatMinutesFr(c.plannedAccompanimentMinutes)} d’entretiens individuels avec la ou le consultant·e, 24\u00A0h au plus`,
  ]);
  rows.push([
    'Travail personnel',
    c.personalWorkMinutes === null
      ? 'À préciser'
      : `${formatMinutesFr(c.personalWorkMinutes)} entre les séances, en autonomie`,
  ]);
  if (p.workingTime) rows.push(['Temps de travail', WORKING_TIME_TEXT[p.workingTime]]);
  rows.push(...priceRows(c));
  const blocks: PdfBlock[] = [
    { type: 'heading', text: 'Prestation' },
    { type: 'fields', rows },
  ];
  if (p.cpf && (p.workingTime === 'during' || p.workingTime === 'partly'))
    blocks.push({
      type: 'paragraph',
      text:
        'Financé par le compte personnel de formation et suivi pendant le temps de travail, le bilan demande l’autorisation ' +
        'd’absence de l’employeur, que la ou le salarié·e sollicite dans les délais des articles L6323-17 et R6323-4 du Code du travail.',
    });
  blocks.push({ type: 'heading', text: 'Calendrier des séances' });
  blocks.push(
    p.seances.length === 0
      ? {
          type: 'paragraph',
          text: 'Les dates des séances sont fixées d’un commun accord pendant la phase préliminaire, dans la période indiquée ci-dessus.',
        }
      : {
          type: 'table',
          header: ['Date', 'Horaires', 'Modalité'],
          rows: p.seances.map((s) => [formatDateFr(s.date), `${s.start} – ${s.end}`, SEANCE_MODE_TEXT[s.mode]]),
        },
  );
  blocks.push(
    { type: 'heading', text: 'Déroulement, moyens et suivi' },
    {
      type: 'list',
      items: [
        'Trois phases : une phase préliminaire (analyse de la demande et du besoin, choix du format, définition conjointe du déroulement), une phase d’investigation et une phase de conclusion en entretiens individuels.',
        'Moyens : entretiens individuels avec la ou le consultant·e, questionnaires et exercices, documentation sur les métiers et les formations, enquêtes auprès de professionnels.',
        'Suivi : chaque séance est émargée par la ou le bénéficiaire et la ou le consultant·e ; un entretien de suivi est proposé après la fin du bilan.',
        'Résultats : les résultats détaillés et le document de synthèse sont remis à la ou au bénéficiaire seul·e ; ils lui appartiennent et ne peuvent être communiqués à un tiers qu’avec son accord.',
      ],
    },
  );
  return blocks;
}

/** Who signs for the organisation, as printed in its signature box. */
function providerSignatory(c: Pick<CommonFacts, 'organisation'>): string {
  const org = c.organisation.legalName ?? c.organisation.name;
  const s = c.organisation.signatory;
  return s ? `${s.name}, ${s.role}, pour ${org}` : org;
}

/** How the organisation's electronic signature is given in Sillage (by the bilan's consultant). */
function providerSignatureNote(c: CommonFacts): PdfBlock[] {
  const s = c.organisation.signatory;
  if (!s) return [];
  const consultant = name(c.consultant);
  if (consultant.toLowerCase() === s.name.toLowerCase()) return [];
  return [
    {
      type: 'paragraph',
      text: `Pour l’organisme, la signature électronique est apposée dans Sillage par ${consultant}, consultant·e chargé·e du bilan, pour le compte de ${s.name}, ${s.role}.`,
    },
  ];
}

function signersOf(kind: DocumentKindCode, c: CommonFacts, employer?: EmployerFacts): PdfDocument['signers'] {
  return DOCUMENT_SIGNERS[kind].map((role) => ({
    role: SIGNER_LABELS[role],
    name:
      role === 'beneficiary'
        ? name(c.beneficiary)
        : role === 'employer'
          ? (employer?.contactName ?? employer?.name ?? '')
          : providerSignatory(c),
  }));
}

/** The clauses printed when the organisation has not written its own payment terms. */
export const DEFAULT_PAYMENT_TERMS = {
  devis:
    'Le prix indiqué ci-dessus est réglé à l’organisme prestataire sur facture émise à la fin du bilan, accompagnée du certificat de réalisation, par la personne ou l’organisme qui le finance.',
  convention_tripartite:
    'Le prix indiqué ci-dessus est réglé à l’organisme prestataire sur facture émise à la fin du bilan, accompagnée du certificat de réalisation, par l’employeur ou par l’organisme financeur qu’il a désigné.',
} as const;

/** The organisation's payment terms, or the document's default clause. */
function paymentClause(c: Pick<CommonFacts, 'organisation'>, kind: keyof typeof DEFAULT_PAYMENT_TERMS): string {
  return c.organisation.paymentTerms ?? DEFAULT_PAYMENT_TERMS[kind];
}

export function buildQuote(c: CommonFacts, cpf: CpfFacts | null): PdfDocument {
  const doc = base(c, DOCUMENT_TITLES.devis);
  doc.blocks.push(...parties(c), ...prestation(c));
  if (cpf) doc.blocks.push(...cpfBlocks(cpf, c.priceCents));
  doc.blocks.push(
    { type: 'heading', text: 'Modalités de paiement' },
    { type: 'paragraph', text: paymentClause(c, 'devis') },
  );
  doc.blocks.push({
    type: 'paragraph',
    text: `Devis valable trente jours à compter du ${formatDateFr(c.issuedOn)}. Sa signature vaut acceptation de la prestation et de son prix.`,
  });
  doc.blocks.push(...providerSignatureNote(c));
  doc.signers = signersOf('devis', c);
  return doc;
}

function cpfBlocks(cpf: CpfFacts, priceCents: number | null): PdfBlock[] {
  const rows: [string, string][] = [
    ['Numéro de dossier CPF', cpf.orderReference ?? 'À compléter après la commande'],
    ['Commande validée le', cpf.validatedOn ? formatDateFr(cpf.validatedOn) : 'Pas encore validée'],
    [
      'Début possible au plus tôt le',
      cpf.earliestStart ? formatDateFr(cpf.earliestStart) : '11 jours ouvrés pleins après la validation',
    ],
    ['Plafond de prise en charge CPF', cpf.capCents === null ? 'Aucun pour cette date' : formatEurosFr(cpf.capCents)],
  ];
  if (priceCents !== null && cpf.remainderCents > 0) rows.push(['Reste à financer', formatEurosFr(cpf.remainderCents)]);
  return [
    { type: 'heading', text: 'Compte personnel de formation' },
    { type: 'fields', rows },
    { type: 'paragraph', text: cpf.participationText },
  ];
}

export function buildCpfOrderSheet(c: CommonFacts, cpf: CpfFacts): PdfDocument {
  const doc = base(c, DOCUMENT_TITLES.commande_cpf);
  doc.blocks.push(...parties(c), ...cpfBlocks(cpf, c.priceCents), {
    type: 'paragraph',
    text:
      `${c.organisation.name} ne demande jamais le solde du compte CPF, l’identifiant Mon Compte Formation ni le numéro de sécurité sociale : ` +
      'la commande se fait par la ou le titulaire sur moncompteformation.gouv.fr.',
  });
  return doc;
}

export function buildIndividualContract(c: CommonFacts, s: SelfFundedFacts): PdfDocument {
  const doc = base(c, DOCUMENT_TITLES.contrat_individuel);
  doc.subtitle = 'Bilan financé personnellement (articles L6353-3 à L6353-7 du Code du travail)';
  doc.blocks.push(
    ...parties(c),
    ...prestation(c),
    { type: 'heading', text: 'Rétractation et paiement' },
    {
      type: 'list',
      items: [
        `À compter de la signature du présent contrat, la ou le bénéficiaire dispose d’un délai de ${s.withdrawalDays}\u00A0jours pour se rétracter, par lettre recommandée avec avis de réception.`,
        'Aucune somme ne peut être exigée avant l’expiration de ce délai de rétractation.',
        `À l’expiration de ce délai, un premier paiement de ${formatBasisPointsFr(s.firstPaymentMaxBasisPoints)} du prix au plus peut être demandé ; le solde est échelonné au fur et à mesure du déroulement du bilan.`,
        'En cas d’empêchement dû à une force majeure dûment reconnue, seules les prestations effectivement réalisées sont dues, au prorata de leur valeur prévue au contrat.',
      ],
    },
  );
  doc.blocks.push(...providerSignatureNote(c));
  doc.signers = signersOf('contrat_individuel', c);
  return doc;
}

export function buildConvention(c: CommonFacts, e: EmployerFacts): PdfDocument {
  const doc = base(c, DOCUMENT_TITLES.convention_tripartite);
  doc.subtitle =
    'Bilan réalisé dans le cadre du plan de développement des compétences (article R6313-8 du Code du travail)';
  doc.blocks.push(
    ...parties(c, e),
    ...prestation(c),
    { type: 'heading', text: 'Engagements' },
    {
      type: 'list',
      items: [
        `La ou le salarié·e dispose de ${e.conventionDays}\u00A0jours à compter de la transmission de la convention pour la signer. Sans signature dans ce délai, la convention est réputée refusée. Ce refus ne constitue ni une faute ni un motif de licenciement.`,
        'L’employeur prend en charge le prix du bilan. Il ne reçoit aucun élément du contenu du bilan ni son document de synthèse : seuls les éléments administratifs (dates, heures réalisées, certificat de réalisation) lui sont communiqués.',
        'Les résultats du bilan appartiennent à la ou au salarié·e ; ils ne peuvent être communiqués à un tiers qu’avec son accord écrit.',
      ],
    },
    { type: 'heading', text: 'Prix et modalités de paiement' },
    { type: 'paragraph', text: paymentClause(c, 'convention_tripartite') },
    // Whatever the organisation's terms, the employee pays nothing (R6313-8, the convention's price is the employer's).
    { type: 'paragraph', text: 'Aucune somme n’est demandée à la ou au salarié·e.' },
    ...providerSignatureNote(c),
  );
  doc.signers = signersOf('convention_tripartite', c, e);
  return doc;
}

export interface CompletionFacts {
  startedOn: PlainDate | null;
  endedOn: PlainDate;
  outcome: 'completed' | 'abandoned';
  abandonReason: string | null;
  accompanimentDoneMinutes: number;
  plannedAccompanimentMinutes: number;
  personalWorkDoneMinutes: number;
  completionBasisPoints: number;
}

export function buildCertificate(
  c: Pick<CommonFacts, 'organisation' | 'issuedOn' | 'reference' | 'beneficiary' | 'financingLabel'>,
  f: CompletionFacts,
): PdfDocument {
  const doc = base(c, DOCUMENT_TITLES.certificat_realisation);
  doc.subtitle = 'Action concourant au développement des compétences : bilan de compétences';
  const rows: [string, string][] = [
    ['Bénéficiaire', name(c.beneficiary)],
    ['Financement', c.financingLabel],
    ['Début', f.startedOn ? formatDateFr(f.startedOn) : 'Aucune séance réalisée'],
    ['Fin', formatDateFr(f.endedOn)],
    ['Issue', f.outcome === 'completed' ? 'Bilan mené à son terme' : 'Bilan interrompu avant son terme'],
  ];
  if (f.outcome === 'abandoned') rows.push(['Motif de l’interruption', f.abandonReason ?? 'Non précisé']);
  rows.push(
    ['Accompagnement réalisé et émargé', formatMinutesFr(f.accompanimentDoneMinutes)],
    ['Accompagnement prévu', formatMinutesFr(f.plannedAccompanimentMinutes)],
    ['Travail personnel réalisé', formatMinutesFr(f.personalWorkDoneMinutes)],
    ['Taux de réalisation', formatBasisPointsFr(f.completionBasisPoints)],
  );
  doc.blocks.push(
    { type: 'paragraph', text: certificateStatement(c, f) },
    { type: 'fields', rows },
    { type: 'paragraph', text: 'Ce certificat ne contient aucun élément du contenu du bilan, qui reste confidentiel.' },
    { type: 'paragraph', text: `Fait le ${formatDateFr(c.issuedOn)}, pour servir et valoir ce que de droit.` },
  );
  // Signed by the provider, as the contract and the convention are.
  doc.signers = [{ role: SIGNER_LABELS.provider, name: providerSignatory(c) }];
  return doc;
}

/**
 * What the provider attests: that the person followed the action only when they did; a bilan
 * interrupted says so, with the duration actually followed (possibly none).
 */
function certificateStatement(
  c: Pick<CommonFacts, 'organisation' | 'beneficiary'>,
  f: Pick<CompletionFacts, 'outcome' | 'accompanimentDoneMinutes'>,
): string {
  const organisation = c.organisation.legalName ?? c.organisation.name;
  const signatory = c.organisation.signatory;
  const who = signatory
    ? `Je soussigné·e, ${signatory.name}, ${signatory.role}, représentant ${organisation}, atteste que ${name(c.beneficiary)}`
    : `Je soussigné·e, représentant ${organisation}, atteste que ${name(c.beneficiary)}`;
  const followed = formatMinutesFr(f.accompanimentDoneMinutes);
  if (f.outcome === 'completed' && f.accompanimentDoneMinutes > 0) return `${who} a suivi l’action suivante :`;
  if (f.accompanimentDoneMinutes === 0)
    return `${who} a été inscrit·e à l’action ci-dessous, ${f.outcome === 'abandoned' ? 'interrompue avant son terme' : 'sans séance réalisée'} ; durée suivie : ${followed}.`;
  return `${who} a suivi l’action ci-dessous jusqu’à son interruption, avant son terme ; durée suivie : ${followed}.`;
}

export interface AttendanceLine {
  date: PlainDate;
  start: string;
  end: string;
  beneficiarySignedAt: string | null;
  consultantSignedAt: string | null;
}

export interface FunderViewFacts extends CompletionFacts {
  attendance: AttendanceLine[];
  phaseLabel: string;
  certificateIssuedOn: PlainDate | null;
}

/** The funder's and employer's view: administrative status only, never content. */
export function buildFunderView(
  c: Pick<CommonFacts, 'organisation' | 'issuedOn' | 'reference' | 'beneficiary' | 'financingLabel'>,
  f: Omit<FunderViewFacts, 'endedOn' | 'outcome'> & { endedOn: PlainDate | null },
): PdfDocument {
  const doc = base(c, 'Suivi administratif du bilan de compétences');
  doc.subtitle = 'À l’attention du financeur ou de l’employeur : éléments administratifs uniquement';
  doc.blocks.push(
    {
      type: 'fields',
      rows: [
        ['Bénéficiaire', name(c.beneficiary)],
        ['Financement', c.financingLabel],
        ['État', f.phaseLabel],
        ['Début', f.startedOn ? formatDateFr(f.startedOn) : 'Aucune séance réalisée'],
        ['Fin', f.endedOn ? formatDateFr(f.endedOn) : 'En cours'],
        [
          'Accompagnement réalisé et émargé',
          `${formatMinutesFr(f.accompanimentDoneMinutes)} sur ${formatMinutesFr(f.plannedAccompanimentMinutes)} prévues`,
        ],
        ['Taux de réalisation', formatBasisPointsFr(f.completionBasisPoints)],
        [
          'Certificat de réalisation',
          f.certificateIssuedOn ? `Délivré le ${formatDateFr(f.certificateIssuedOn)}` : 'Pas encore délivré',
        ],
      ],
    },
    { type: 'heading', text: 'Preuves d’assiduité (émargements)' },
    f.attendance.length === 0
      ? { type: 'paragraph', text: 'Aucune séance émargée pour le moment.' }
      : {
          type: 'table',
          header: ['Date', 'Horaires', 'Signature bénéficiaire', 'Signature consultant·e'],
          rows: f.attendance.map((a) => [
            formatDateFr(a.date),
            `${a.start} – ${a.end}`,
            a.beneficiarySignedAt ?? 'Non signée',
            a.consultantSignedAt ?? 'Non signée',
          ]),
        },
    {
      type: 'paragraph',
      text: 'Le contenu du bilan (entretiens, travaux, résultats, synthèse) appartient à la ou au bénéficiaire et n’est jamais communiqué ici.',
    },
  );
  return doc;
}

/** The signed copy: the original document with its signature page appended. */
export function withSignaturePage(
  document: PdfDocument,
  sha256: string,
  signatures: {
    role: SignerRole;
    name: string;
    signedAt: string;
    ip: string | null;
    account: string;
    /** Signed in person on this consultant's screen (the employer at the provider, decision 037). */
    inPresenceOf?: string;
  }[],
): PdfDocument {
  return {
    ...document,
    signatures: {
      sha256,
      items: signatures.map((s) => ({
        rows: [
          ['Signataire', `${SIGNER_LABELS[s.role]} : ${s.name}`],
          ['Signé le', s.signedAt],
          ['Adresse IP', s.ip ?? 'Inconnue'],
          s.inPresenceOf ? ['Signé sur place, en présence de', s.inPresenceOf] : ['Compte', s.account],
          ['Consentement', 'Case « J’ai lu ce document et je le signe » cochée'],
        ],
      })),
    },
  };
}
