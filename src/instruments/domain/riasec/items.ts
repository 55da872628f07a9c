/**
 * RIASEC interests: the 48 activity items of the IIP RIASEC Markers, adapted into French for
 * Sillage.
 *
 * Source: Armstrong, P. I., Allison, W. & Rounds, J. (2008). Development and initial validation of
 * brief public domain RIASEC marker scales. Journal of Vocational Behavior, 73(2), 287–299.
 * Licence: public domain (Interest Item Pool, IIP): the items may be copied, translated and
 * adapted without permission or fee. Source item ids R1–R8, I1–I8, A1–A8, S1–S8, E1–E8, C1–C8
 * follow the published order of each 8-item scale; the English text is kept for traceability.
 * French text written for Sillage (épicène infinitives); not validated: exploratory use.
 */
import type { InstrumentSource } from '../provenance.ts';

export const RIASEC_LETTERS = ['R', 'I', 'A', 'S', 'E', 'C'] as const;
export type RiasecLetter = (typeof RIASEC_LETTERS)[number];

export interface RiasecItem {
  sourceId: string;
  letter: RiasecLetter;
  textFr: string;
  sourceTextEn: string;
}

export const RIASEC_SOURCE: InstrumentSource = {
  instrumentId: 'riasec-iip',
  version: 1,
  name: 'Centres d’intérêt professionnels (RIASEC)',
  source: {
    citation: 'Armstrong, Allison & Rounds (2008), IIP RIASEC Markers, Journal of Vocational Behavior 73(2), 287–299',
    url: 'https://doi.org/10.1016/j.jvb.2008.06.003',
    licence: 'domaine public (Interest Item Pool)',
    licenceNote: 'Items du domaine public : copie, traduction et adaptation libres, sans autorisation ni redevance.',
  },
  language: 'fr-FR',
  adaptation: { status: 'draft', by: 'Équipe Sillage', date: '2026-03-01' },
  itemCount: 48,
};

const item = (sourceId: string, textFr: string, sourceTextEn: string): RiasecItem => ({
  sourceId,
  letter: sourceId[0] as RiasecLetter,
  textFr,
  sourceTextEn,
});

export const RIASEC_ITEMS: readonly RiasecItem[] = [
  item('R1', 'Contrôler la qualité de pièces avant leur expédition', 'Test the quality of parts before shipment'),
  item('R2', 'Poser des briques ou du carrelage', 'Lay brick or tile'),
  item('R3', 'Travailler sur une plateforme de forage pétrolier en mer', 'Work on an offshore oil-drilling rig'),
  item('R4', 'Assembler des composants électroniques', 'Assemble electronic parts'),
  item('R5', 'Faire fonctionner une rectifieuse dans une usine', 'Operate a grinding machine in a factory'),
  item('R6', 'Réparer un robinet cassé', 'Fix a broken faucet'),
  item('R7', 'Assembler des produits dans une usine', 'Assemble products in a factory'),
  item('R8', 'Poser des revêtements de sol dans des maisons', 'Install flooring in houses'),
  item('I1', 'Étudier la structure du corps humain', 'Study the structure of the human body'),
  item('I2', 'Étudier le comportement des animaux', 'Study animal behavior'),
  item('I3', 'Faire des recherches sur les plantes ou les animaux', 'Do research on plants or animals'),
  item(
    'I4',
    'Mettre au point un nouveau traitement ou un nouvel acte médical',
    'Develop a new medical treatment or procedure',
  ),
  item('I5', 'Mener des recherches en biologie', 'Conduct biological research'),
  item('I6', 'Étudier les baleines et d’autres formes de vie marine', 'Study whales and other types of marine life'),
  item('I7', 'Travailler dans un laboratoire de biologie', 'Work in a biology lab'),
  item('I8', 'Cartographier le fond d’un océan', 'Make a map of the bottom of an ocean'),
  item('A1', 'Diriger une chorale', 'Conduct a musical choir'),
  item('A2', 'Mettre en scène une pièce de théâtre', 'Direct a play'),
  item('A3', 'Créer des illustrations pour des magazines', 'Design artwork for magazines'),
  item('A4', 'Écrire une chanson', 'Write a song'),
  item('A5', 'Écrire des livres ou des pièces de théâtre', 'Write books or plays'),
  item('A6', 'Jouer d’un instrument de musique', 'Play a musical instrument'),
  item(
    'A7',
    'Réaliser des cascades pour un film ou une émission de télévision',
    'Perform stunts for a movie or television show',
  ),
  item('A8', 'Concevoir des décors de théâtre', 'Design sets for plays'),
  item('S1', 'Conseiller des personnes sur leur orientation professionnelle', 'Give career guidance to people'),
  item('S2', 'Faire du bénévolat dans une association', 'Do volunteer work at a non-profit organization'),
  item(
    'S3',
    'Aider des personnes qui ont des problèmes d’alcool ou de drogue',
    'Help people who have problems with drugs or alcohol',
  ),
  item('S4', 'Apprendre à une personne un programme d’exercices physiques', 'Teach an individual an exercise routine'),
  item(
    'S5',
    'Aider des personnes à faire face à des difficultés familiales',
    'Help people with family-related problems',
  ),
  item(
    'S6',
    'Encadrer les activités d’enfants en colonie de vacances',
    'Supervise the activities of children at a camp',
  ),
  item('S7', 'Apprendre à lire à des enfants', 'Teach children how to read'),
  item(
    'S8',
    'Aider des personnes âgées dans leurs activités quotidiennes',
    'Help elderly people with their daily activities',
  ),
  item('E1', 'Vendre des franchises de restaurant à des particuliers', 'Sell restaurant franchises to individuals'),
  item('E2', 'Vendre des articles dans un grand magasin', 'Sell merchandise at a department store'),
  item('E3', 'Diriger l’exploitation d’un hôtel', 'Manage the operations of a hotel'),
  item('E4', 'Tenir un salon de coiffure ou d’esthétique', 'Operate a beauty salon or barber shop'),
  item('E5', 'Diriger un service dans une grande entreprise', 'Manage a department within a large company'),
  item('E6', 'Gérer un magasin de vêtements', 'Manage a clothing store'),
  item('E7', 'Vendre des maisons', 'Sell houses'),
  item('E8', 'Tenir un magasin de jouets', 'Run a toy store'),
  item(
    'C1',
    'Préparer chaque mois la paie du personnel d’un bureau',
    'Generate the monthly payroll checks for an office',
  ),
  item(
    'C2',
    'Faire l’inventaire des fournitures avec un terminal portable',
    'Inventory supplies using a hand-held computer',
  ),
  item('C3', 'Éditer les factures des clients avec un logiciel', 'Use a computer program to generate customer bills'),
  item('C4', 'Tenir à jour les dossiers du personnel', 'Maintain employee records'),
  item(
    'C5',
    'Calculer et enregistrer des statistiques et d’autres données chiffrées',
    'Compute and record statistical and other numerical data',
  ),
  item('C6', 'Se servir d’une calculatrice', 'Operate a calculator'),
  item('C7', 'Traiter les opérations bancaires de la clientèle', "Handle customers' bank transactions"),
  item('C8', 'Tenir le registre des expéditions et des réceptions', 'Keep shipping and receiving records'),
];

/** French names of the six types and what each is about, in plain words (no type labels). */
export const RIASEC_TYPES: Record<RiasecLetter, { name: string; about: string }> = {
  R: {
    name: 'Réaliste',
    about: 'agir concrètement : fabriquer, réparer, manier des outils, des machines ou des matériaux',
  },
  I: {
    name: 'Investigateur',
    about: 'chercher à comprendre : observer, analyser, résoudre des problèmes scientifiques',
  },
  A: { name: 'Artistique', about: 'créer et s’exprimer : écrire, composer, dessiner, jouer, imaginer' },
  S: { name: 'Social', about: 'aider, soigner, conseiller, enseigner, accompagner des personnes' },
  E: { name: 'Entreprenant', about: 'convaincre, vendre, diriger, prendre des initiatives et des décisions' },
  C: { name: 'Conventionnel', about: 'organiser, classer, compter, suivre des procédures et tenir des données à jour' },
};
