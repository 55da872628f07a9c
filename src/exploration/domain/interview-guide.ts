/**
 * The interview guide of an enquête métier (issue 13, decision 041), built from the piste's ROME
 * fiche: how the person came to the job, a few of its activities (savoir-faire core to the job
 * first), its work contexts, the access conditions the fiche states, the labour market, and advice.
 * Each question has a stable id so that the notes taken stay with it; the person edits, removes
 * or adds questions afterwards. A piste without a fiche gets the general questions only.
 */
import { LIMITS, type QuestionTopic } from './model.ts';

export interface GuideFiche {
  label: string;
  access: readonly string[];
  activities: readonly { codeOgr: string; label: string; core: boolean }[];
  workContexts: readonly { codeOgr: string; label: string; typeLabel: string }[];
}

export interface GuideQuestion {
  id: string;
  topic: QuestionTopic;
  text: string;
  notes: string | null;
}

const MAX_ACTIVITIES = 5;
const MAX_CONTEXTS = 4;
const MAX_ACCESS = 3;
const MAX_QUOTE = 300;

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);
/** A sentence of the catalogue quoted on one line: no list bullet, no run of spaces, not too long. */
const quote = (text: string) =>
  clip(
    text
      .replace(/\s+/g, ' ')
      .replace(/^[\s•·\-–—*]+/, '')
      .trim(),
    MAX_QUOTE,
  );
const q = (id: string, topic: QuestionTopic, text: string): GuideQuestion => ({
  id,
  topic,
  text: clip(text, LIMITS.questionText),
  notes: null,
});

export function interviewGuide(fiche: GuideFiche | null): GuideQuestion[] {
  const questions: GuideQuestion[] = [
    q('parcours-1', 'parcours', 'Comment êtes-vous arrivé·e à ce métier ? Quel a été votre parcours ?'),
    q('parcours-2', 'parcours', 'À quoi ressemble une journée ou une semaine de travail habituelle ?'),
  ];
  if (fiche) {
    const activities = [...fiche.activities].sort((a, b) => Number(b.core) - Number(a.core)).slice(0, MAX_ACTIVITIES);
    for (const a of activities)
      questions.push(
        q(
          `activites-${a.codeOgr}`,
          'activites',
          `La fiche du métier cite « ${quote(a.label)} » : comment cela se passe-t-il concrètement chez vous, et quelle place cela prend-il ?`,
        ),
      );
    for (const c of fiche.workContexts.slice(0, MAX_CONTEXTS))
      questions.push(
        q(
          `contextes-${c.codeOgr}`,
          'contextes',
          `${quote(c.typeLabel)} : la fiche indique « ${quote(c.label)} ». Qu’est-ce que cela représente dans votre poste ?`,
        ),
      );
    fiche.access
      .slice(0, MAX_ACCESS)
      .forEach((sentence, n) =>
        questions.push(
          q(
            `acces-${n + 1}`,
            'acces',
            `Pour accéder au métier, la fiche indique : « ${quote(sentence)} ». Est-ce ainsi que l’on recrute aujourd’hui ?`,
          ),
        ),
      );
  }
  questions.push(
    q(
      'acces-formation',
      'acces',
      'Quelles formations ou expériences conseilleriez-vous à quelqu’un qui veut s’y reconvertir ?',
    ),
    q('marche-1', 'marche', 'Les employeurs recrutent-ils ? Où, sous quels contrats, et à quel salaire en débutant ?'),
    q('marche-2', 'marche', 'Comment le métier évolue-t-il ces dernières années ?'),
    q('libre-1', 'libre', 'Ce qui vous plaît le plus dans ce métier, et ce qui est le plus difficile ?'),
    q('libre-2', 'libre', 'Pourriez-vous me recommander une autre personne à rencontrer ?'),
  );
  return questions;
}
