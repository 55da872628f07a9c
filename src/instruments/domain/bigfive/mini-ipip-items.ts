/**
 * Big Five, short form: the 20-item Mini-IPIP, adapted into French for Sillage.
 *
 * Source: Donnellan, M. B., Oswald, F. L., Baird, B. M. & Lucas, R. E. (2006). The Mini-IPIP
 * scales: Tiny-yet-effective measures of the Big Five factors of personality. Psychological
 * Assessment, 18(2), 192–203. Items from the IPIP 50-item Big-Five markers (Goldberg, 1992).
 * Licence: public domain (IPIP). A validated French adaptation exists (Laverdière et al., 2020),
 * but its wording is not reused here (reuse terms unverified): the French text is ours.
 * Source item ids are the Mini-IPIP item numbers 1–20; reverse-keyed: 6–10 and 15–20.
 * Reliability: α "at or well above .60" across the five original studies.
 */
import type { InstrumentSource } from '../provenance.ts';
import type { Domain } from './constructs.ts';

export interface MiniIpipItem {
  sourceId: number;
  domain: Domain;
  reverse: boolean;
  textFr: string;
  sourceTextEn: string;
}

export const MINI_IPIP_SOURCE: InstrumentSource = {
  instrumentId: 'bigfive-mini-ipip',
  version: 1,
  name: 'Personnalité – Big Five, forme courte (Mini-IPIP)',
  source: {
    citation: 'Donnellan, Oswald, Baird & Lucas (2006), Mini-IPIP, Psychological Assessment 18(2), 192–203',
    url: 'https://doi.org/10.1037/1040-3590.18.2.192',
    licence: 'domaine public (IPIP)',
    licenceNote: 'Items du domaine public ; traduction française propre à Sillage.',
  },
  language: 'fr-FR',
  adaptation: { status: 'draft', by: 'Équipe Sillage', date: '2026-03-01' },
  itemCount: 20,
};

/** Lowest α reported by the authors for the four-item scales. */
export const MINI_IPIP_ALPHA = 0.6;

const row = (
  sourceId: number,
  domain: Domain,
  reverse: boolean,
  textFr: string,
  sourceTextEn: string,
): MiniIpipItem => ({
  sourceId,
  domain,
  reverse,
  textFr,
  sourceTextEn,
});

export const MINI_IPIP_ITEMS: readonly MiniIpipItem[] = [
  row(1, 'E', false, 'J’anime les soirées.', 'Am the life of the party'),
  row(2, 'A', false, 'Je suis sensible à ce que ressentent les autres.', "Sympathize with others' feelings"),
  row(3, 'C', false, 'Je fais les corvées sans attendre.', 'Get chores done right away'),
  row(4, 'N', false, 'Mon humeur change souvent.', 'Have frequent mood swings'),
  row(5, 'O', false, 'J’ai une imagination très vive.', 'Have a vivid imagination'),
  row(6, 'E', true, 'Je ne parle pas beaucoup.', "Don't talk a lot"),
  row(7, 'A', true, 'Les problèmes des autres ne m’intéressent pas.', "Am not interested in other people's problems"),
  row(
    8,
    'C',
    true,
    'J’oublie souvent de remettre les choses à leur place.',
    'Often forget to put things back in their proper place',
  ),
  row(9, 'N', true, 'La plupart du temps, je me sens calme.', 'Am relaxed most of the time'),
  row(10, 'O', true, 'Les idées abstraites ne m’intéressent pas.', 'Am not interested in abstract ideas'),
  row(
    11,
    'E',
    false,
    'En soirée, je parle avec beaucoup de personnes différentes.',
    'Talk to a lot of different people at parties',
  ),
  row(12, 'A', false, 'Je ressens les émotions des autres.', "Feel others' emotions"),
  row(13, 'C', false, 'J’aime l’ordre.', 'Like order'),
  row(14, 'N', false, 'Un rien me contrarie.', 'Get upset easily'),
  row(15, 'O', true, 'J’ai du mal à comprendre les idées abstraites.', 'Have difficulty understanding abstract ideas'),
  row(16, 'E', true, 'Je reste en retrait.', 'Keep in the background'),
  row(17, 'A', true, 'Les autres ne m’intéressent pas vraiment.', 'Am not really interested in others'),
  row(18, 'C', true, 'Je laisse du désordre derrière moi.', 'Make a mess of things'),
  row(19, 'N', true, 'J’ai rarement le cafard.', 'Seldom feel blue'),
  row(20, 'O', true, 'Je n’ai pas beaucoup d’imagination.', 'Do not have a good imagination'),
];

export const miniQuestionId = (sourceId: number) => `mini-${String(sourceId).padStart(2, '0')}`;
