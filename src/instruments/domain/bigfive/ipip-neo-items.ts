/**
 * Big Five, long form: the IPIP-NEO-120 without facet O6 "Liberalism" (116 items), adapted into
 * French for Sillage.
 *
 * Source: Johnson, J. A. (2014). Measuring thirty facets of the Five Factor Model with a 120-item
 * public domain inventory: Development of the IPIP-NEO-120. Journal of Research in Personality, 51,
 * 78–89. Items from the International Personality Item Pool (Goldberg, 1999).
 * Licence: public domain (https://ipip.ori.org/newPermission.htm): items and keys may be copied,
 * translated and adapted without permission or fee. The grant does not cover other people's
 * translations, so the French text below is ours (épicène wording, France French), not the
 * volunteer translation of bigfive-web. Source item ids are Johnson's item numbers 1–120; items
 * 28, 58, 88 and 118 (O6, votes and political values: GDPR Art. 9 data) are left out.
 * Item k belongs to facet ((k − 1) mod 30): domains cycle N, E, O, A, C and facets 1 to 6.
 * `sign` is Johnson's key: '+' scored as answered, '-' reverse-keyed (6 − answer).
 */
import type { InstrumentSource } from '../provenance.ts';
import { DOMAINS, type Domain } from './constructs.ts';

export interface IpipItem {
  /** Johnson's item number (1–120). */
  sourceId: number;
  domain: Domain;
  /** Facet id, e.g. "n1". */
  facet: string;
  reverse: boolean;
  textFr: string;
  sourceTextEn: string;
}

export const IPIP_NEO_SOURCE: InstrumentSource = {
  instrumentId: 'bigfive-ipip-neo-116',
  version: 1,
  name: 'Personnalité – Big Five, forme longue (IPIP-NEO-120 sans la facette O6)',
  source: {
    citation:
      'Johnson (2014), IPIP-NEO-120, Journal of Research in Personality 51, 78–89 ; items IPIP (Goldberg, 1999)',
    url: 'https://ipip.ori.org/newPermission.htm',
    licence: 'domaine public (IPIP)',
    licenceNote: 'Items et clés du domaine public ; traduction française propre à Sillage.',
  },
  language: 'fr-FR',
  adaptation: { status: 'draft', by: 'Équipe Sillage', date: '2026-03-01' },
  itemCount: 116,
};

/** [item number, sign, French, English]. */
type Row = [number, '+' | '-', string, string];

const ROWS: Row[] = [
  [1, '+', 'Je me fais du souci pour beaucoup de choses.', 'Worry about things'],
  [2, '+', 'Je noue facilement des amitiés.', 'Make friends easily'],
  [3, '+', 'J’ai une imagination très vive.', 'Have a vivid imagination'],
  [4, '+', 'Je fais confiance aux autres.', 'Trust others'],
  [5, '+', 'Je mène à bien les tâches que j’entreprends.', 'Complete tasks successfully'],
  [6, '+', 'Je me mets facilement en colère.', 'Get angry easily'],
  [7, '+', 'J’adore les grandes fêtes.', 'Love large parties'],
  [8, '+', 'Je crois à l’importance de l’art.', 'Believe in the importance of art'],
  [9, '-', 'Je me sers des autres pour arriver à mes fins.', 'Use others for my own ends'],
  [10, '+', 'J’aime ranger.', 'Like to tidy up'],
  [11, '+', 'J’ai souvent le cafard.', 'Often feel blue'],
  [12, '+', 'Je prends les choses en main.', 'Take charge'],
  [13, '+', 'Je ressens mes émotions avec intensité.', 'Experience my emotions intensely'],
  [14, '+', 'J’adore aider les autres.', 'Love to help others'],
  [15, '+', 'Je tiens mes promesses.', 'Keep my promises'],
  [16, '+', 'J’ai du mal à aller vers les autres.', 'Find it difficult to approach others'],
  [17, '+', 'J’ai toujours quelque chose à faire.', 'Am always busy'],
  [18, '+', 'Je préfère la variété à la routine.', 'Prefer variety to routine'],
  [19, '-', 'J’aime les affrontements.', 'Love a good fight'],
  [20, '+', 'Je travaille dur.', 'Work hard'],
  [21, '+', 'Il m’arrive de faire des excès.', 'Go on binges'],
  [22, '+', 'J’adore les sensations fortes.', 'Love excitement'],
  [23, '+', 'J’adore lire des textes exigeants.', 'Love to read challenging material'],
  [24, '-', 'Je pense valoir mieux que les autres.', 'Believe that I am better than others'],
  [25, '+', 'Je me prépare toujours à l’avance.', 'Am always prepared'],
  [26, '+', 'Je panique facilement.', 'Panic easily'],
  [27, '+', 'Je respire la joie de vivre.', 'Radiate joy'],
  [29, '+', 'Le sort des personnes sans abri me touche.', 'Sympathize with the homeless'],
  [30, '-', 'Je me lance dans les choses sans réfléchir.', 'Jump into things without thinking'],
  [31, '+', 'Je crains le pire.', 'Fear for the worst'],
  [32, '+', 'Je me sens à l’aise avec les gens.', 'Feel comfortable around people'],
  [33, '+', 'J’aime laisser libre cours à mon imagination.', 'Enjoy wild flights of fantasy'],
  [34, '+', 'Je crois que les autres ont de bonnes intentions.', 'Believe that others have good intentions'],
  [35, '+', 'J’excelle dans ce que je fais.', 'Excel in what I do'],
  [36, '+', 'Je m’agace facilement.', 'Get irritated easily'],
  [
    37,
    '+',
    'En soirée, je parle avec beaucoup de personnes différentes.',
    'Talk to a lot of different people at parties',
  ],
  [
    38,
    '+',
    'Je vois de la beauté là où d’autres ne la remarquent pas.',
    'See beauty in things that others might not notice',
  ],
  [39, '-', 'Je triche pour prendre l’avantage.', 'Cheat to get ahead'],
  [
    40,
    '-',
    'J’oublie souvent de remettre les choses à leur place.',
    'Often forget to put things back in their proper place',
  ],
  [41, '+', 'Je ne m’aime pas.', 'Dislike myself'],
  [42, '+', 'J’essaie de mener les autres.', 'Try to lead others'],
  [43, '+', 'Je ressens les émotions des autres.', "Feel others' emotions"],
  [44, '+', 'Je me soucie des autres.', 'Am concerned about others'],
  [45, '+', 'Je dis la vérité.', 'Tell the truth'],
  [46, '+', 'J’ai peur d’attirer l’attention sur moi.', 'Am afraid to draw attention to myself'],
  [47, '+', 'Je suis toujours en mouvement.', 'Am always on the go'],
  [48, '-', 'Je préfère m’en tenir à ce que je connais.', 'Prefer to stick with things that I know'],
  [49, '-', 'Je crie sur les gens.', 'Yell at people'],
  [50, '+', 'J’en fais plus que ce que l’on attend de moi.', "Do more than what's expected of me"],
  [51, '-', 'Je fais rarement des excès.', 'Rarely overindulge'],
  [52, '+', 'Je recherche l’aventure.', 'Seek adventure'],
  [53, '-', 'J’évite les discussions philosophiques.', 'Avoid philosophical discussions'],
  [54, '-', 'Je me tiens en haute estime.', 'Think highly of myself'],
  [55, '+', 'Je réalise ce que j’ai prévu.', 'Carry out my plans'],
  [56, '+', 'Je me laisse déborder par les événements.', 'Become overwhelmed by events'],
  [57, '+', 'Je m’amuse beaucoup.', 'Have a lot of fun'],
  [
    59,
    '+',
    'J’ai de la compassion pour les personnes moins bien loties que moi.',
    'Feel sympathy for those who are worse off than myself',
  ],
  [60, '-', 'Je prends des décisions hâtives.', 'Make rash decisions'],
  [61, '+', 'J’ai peur de beaucoup de choses.', 'Am afraid of many things'],
  [62, '-', 'J’évite les contacts avec les autres.', 'Avoid contacts with others'],
  [63, '+', 'J’adore rêvasser.', 'Love to daydream'],
  [64, '+', 'Je crois ce que les gens me disent.', 'Trust what people say'],
  [65, '+', 'Je m’acquitte de mes tâches sans accroc.', 'Handle tasks smoothly'],
  [66, '+', 'Je m’emporte.', 'Lose my temper'],
  [67, '-', 'Je préfère la solitude.', 'Prefer to be alone'],
  [68, '-', 'Je n’aime pas la poésie.', 'Do not like poetry'],
  [69, '-', 'Je profite des autres.', 'Take advantage of others'],
  [70, '-', 'Je laisse ma chambre en désordre.', 'Leave a mess in my room'],
  [71, '+', 'J’ai souvent le moral à zéro.', 'Am often down in the dumps'],
  [72, '+', 'Je prends le contrôle des situations.', 'Take control of things'],
  [73, '-', 'Je remarque rarement mes réactions émotionnelles.', 'Rarely notice my emotional reactions'],
  [74, '-', 'Les sentiments des autres ne me touchent pas.', 'Am indifferent to the feelings of others'],
  [75, '-', 'J’enfreins les règles.', 'Break rules'],
  [76, '+', 'Je ne me sens à l’aise qu’avec mes proches.', 'Only feel comfortable with friends'],
  [77, '+', 'Je fais beaucoup de choses pendant mon temps libre.', 'Do a lot in my spare time'],
  [78, '-', 'Je n’aime pas le changement.', 'Dislike changes'],
  [79, '-', 'J’insulte les gens.', 'Insult people'],
  [80, '-', 'Je fais juste le travail nécessaire pour m’en sortir.', 'Do just enough work to get by'],
  [81, '-', 'Je résiste facilement aux tentations.', 'Easily resist temptations'],
  [82, '+', 'J’aime prendre des risques inconsidérés.', 'Enjoy being reckless'],
  [83, '-', 'J’ai du mal à comprendre les idées abstraites.', 'Have difficulty understanding abstract ideas'],
  [84, '-', 'J’ai une haute opinion de moi-même.', 'Have a high opinion of myself'],
  [85, '-', 'Je perds mon temps.', 'Waste my time'],
  [86, '+', 'J’ai le sentiment de ne pas pouvoir faire face.', "Feel that I'm unable to deal with things"],
  [87, '+', 'J’aime la vie.', 'Love life'],
  [89, '-', 'Les problèmes des autres ne m’intéressent pas.', "Am not interested in other people's problems"],
  [90, '-', 'Je me précipite.', 'Rush into things'],
  [91, '+', 'Je stresse facilement.', 'Get stressed out easily'],
  [92, '-', 'Je garde les autres à distance.', 'Keep others at a distance'],
  [93, '+', 'J’aime me perdre dans mes pensées.', 'Like to get lost in thought'],
  [94, '-', 'Je me méfie des gens.', 'Distrust people'],
  [95, '+', 'Je sais comment m’y prendre pour que les choses se fassent.', 'Know how to get things done'],
  [96, '-', 'Je ne m’énerve pas facilement.', 'Am not easily annoyed'],
  [97, '-', 'J’évite la foule.', 'Avoid crowds'],
  [98, '-', 'Je n’aime pas aller dans les musées d’art.', 'Do not enjoy going to art museums'],
  [99, '-', 'Je mets des bâtons dans les roues des autres.', "Obstruct others' plans"],
  [100, '-', 'Je laisse traîner mes affaires.', 'Leave my belongings around'],
  [101, '-', 'Je me sens bien dans ma peau.', 'Feel comfortable with myself'],
  [102, '-', 'J’attends que d’autres montrent la voie.', 'Wait for others to lead the way'],
  [
    103,
    '-',
    'Je ne comprends pas les gens qui se laissent gagner par l’émotion.',
    "Don't understand people who get emotional",
  ],
  [104, '-', 'Je ne prends pas de temps pour les autres.', 'Take no time for others'],
  [105, '-', 'Je ne tiens pas mes promesses.', 'Break my promises'],
  [106, '-', 'Les situations sociales délicates ne me gênent pas.', 'Am not bothered by difficult social situations'],
  [107, '-', 'J’aime avancer tranquillement, sans me presser.', 'Like to take it easy'],
  [108, '-', 'Je tiens aux façons de faire conventionnelles.', 'Am attached to conventional ways'],
  [109, '-', 'Je rends la pareille quand on me fait du tort.', 'Get back at others'],
  [110, '-', 'Je consacre peu de temps et d’efforts à mon travail.', 'Put little time and effort into my work'],
  [111, '-', 'Je sais maîtriser mes envies.', 'Am able to control my cravings'],
  [112, '+', 'Je fais des folies.', 'Act wild and crazy'],
  [113, '-', 'Les discussions théoriques ne m’intéressent pas.', 'Am not interested in theoretical discussions'],
  [114, '-', 'Je vante mes qualités.', 'Boast about my virtues'],
  [115, '-', 'J’ai du mal à me mettre au travail.', 'Have difficulty starting tasks'],
  [116, '-', 'Je reste calme sous la pression.', 'Remain calm under pressure'],
  [117, '+', 'Je vois le bon côté de la vie.', 'Look at the bright side of life'],
  [119, '-', 'J’essaie de ne pas penser aux personnes dans le besoin.', 'Try not to think about the needy'],
  [120, '-', 'J’agis sans réfléchir.', 'Act without thinking'],
];

/** Domain and facet of Johnson's item k (30-item cycle N1 E1 O1 A1 C1 N2 … C6). */
export function facetOfItem(k: number): { domain: Domain; facet: string } {
  const position = (k - 1) % 30;
  const domain = DOMAINS[position % 5] as Domain;
  return { domain, facet: `${domain.toLowerCase()}${Math.floor(position / 5) + 1}` };
}

export const IPIP_NEO_ITEMS: readonly IpipItem[] = ROWS.map(([sourceId, sign, textFr, sourceTextEn]) => ({
  sourceId,
  ...facetOfItem(sourceId),
  reverse: sign === '-',
  textFr,
  sourceTextEn,
}));

/** Question id of an item, e.g. 7 → "neo-007". */
export const neoQuestionId = (sourceId: number) => `neo-${String(sourceId).padStart(3, '0')}`;
