import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { SyntheseCommentView, SyntheseDraftSectionView, SyntheseVersionView } from '../contracts/schemas.ts';
import { diffText } from '../domain/diff.ts';
import { DiffText, VersionDiff } from './diff-view.tsx';
import {
  changeSummary,
  commentsOn,
  commentsOnEveryVersion,
  countOf,
  hasUnpublishedChanges,
  nextVersionNumber,
  paragraphs,
  pendingProposals,
  revisionsOf,
  unansweredComments,
} from './view-model.ts';

const person = { id: 'p', name: 'Claire Dubois', role: 'consultant' };

function comment(id: string, sectionKey: SyntheseCommentView['sectionKey'], createdAt: string, answer: string | null) {
  return {
    id,
    versionId: 'v',
    versionNumber: 1,
    sectionKey,
    text: `commentaire ${id}`,
    createdAt,
    author: person,
    answer,
    answeredAt: answer ? createdAt : null,
    answeredBy: answer ? person : null,
    resolved: answer !== null,
  } satisfies SyntheseCommentView;
}

function version(number: number, comments: SyntheseCommentView[]): SyntheseVersionView {
  return {
    id: `v${number}`,
    number,
    sha256: 'a'.repeat(64),
    publishedAt: '2026-12-06T10:00:00.000Z',
    publishedBy: person,
    sections: [],
    comments,
    diffFromPrevious: null,
    approval: null,
  };
}

function section(key: SyntheseDraftSectionView['key'], revision: number, changed: boolean): SyntheseDraftSectionView {
  return {
    key,
    heading: key,
    text: '',
    revision,
    updatedAt: null,
    updatedBy: null,
    changedSincePublished: changed,
    proposals: [
      {
        id: '1',
        sectionKey: key,
        source: 'D’après le portfolio',
        text: 'a',
        status: 'pending',
        decidedAt: null,
        decidedBy: null,
      },
      {
        id: '2',
        sectionKey: key,
        source: 'D’après le portfolio',
        text: 'b',
        status: 'rejected',
        decidedAt: null,
        decidedBy: null,
      },
    ],
  };
}

describe('the synthesis screens’ view model', () => {
  it('splits a text into paragraphs on blank lines, keeping single line breaks inside one', () => {
    expect(paragraphs('Un.\nDeux.\n\n  \n\nTrois.\n \nQuatre.  ')).toEqual(['Un.\nDeux.', 'Trois.', 'Quatre.']);
    expect(paragraphs('   \n\n ')).toEqual([]);
  });

  it('counts in French', () => {
    expect(countOf(0, 'commentaire')).toBe('aucun commentaire');
    expect(countOf(1, 'commentaire')).toBe('1 commentaire');
    expect(countOf(2, 'commentaire')).toBe('2 commentaires');
  });

  it('lists the comments waiting for an answer across versions, oldest first, and a section’s comments', () => {
    const v1 = version(1, [comment('a', 'projets', '2026-12-02', null), comment('b', 'interets', '2026-12-01', 'Oui')]);
    const v2 = version(2, [comment('c', 'projets', '2026-12-01T08:00:00Z', null)]);
    expect(unansweredComments([v2, v1]).map((c) => c.id)).toEqual(['c', 'a']);
    expect(commentsOn(v1, 'projets').map((c) => c.id)).toEqual(['a']);
    expect(commentsOn(v1, 'suivi')).toEqual([]);
    expect(commentsOnEveryVersion([v2, v1], 'projets').map((c) => c.id)).toEqual(['c', 'a']);
  });

  it('numbers the next version after the highest published one', () => {
    expect(nextVersionNumber([])).toBe(1);
    expect(nextVersionNumber([version(3, []), version(2, [])])).toBe(4);
  });

  it('sends the revisions read, tells unpublished changes and pending proposals apart', () => {
    const draft = [section('circonstances', 4, false), section('projets', 0, true)];
    expect(revisionsOf(draft)).toEqual({ circonstances: 4, projets: 0 });
    expect(hasUnpublishedChanges(draft)).toBe(true);
    expect(hasUnpublishedChanges([draft[0]!])).toBe(false);
    expect(pendingProposals(draft[0]!).map((p) => p.id)).toEqual(['1']);
  });

  it('summarises a version’s changes', () => {
    const diff = [
      { key: 'projets' as const, heading: 'Projets', changed: true, parts: [] },
      { key: 'suivi' as const, heading: 'Suivi', changed: false, parts: [] },
    ];
    expect(changeSummary(diff)).toBe('1 partie modifiée sur 2');
    expect(changeSummary([diff[1]!])).toBe('Aucune partie modifiée');
  });
});

describe('the difference as shown', () => {
  it('marks insertions and deletions with <ins>/<del> and words for screen readers, not colour alone', () => {
    const html = renderToStaticMarkup(
      createElement(DiffText, { parts: diffText('Devenir boulanger à Lyon.', 'Devenir pâtissier à Lyon.') }),
    );
    expect(html).toContain(
      '<del><span class="visually-hidden">[supprimé : </span>boulanger<span class="visually-hidden">]</span></del>',
    );
    expect(html).toContain(
      '<ins><span class="visually-hidden">[ajouté : </span>pâtissier<span class="visually-hidden">]</span></ins>',
    );
    expect(html.replace(/<[^>]+>/g, '')).toBe('Devenir [supprimé : boulanger][ajouté : pâtissier] à Lyon.');
  });

  it('lists the changed sections with their heading and the unchanged ones by name', () => {
    const html = renderToStaticMarkup(
      createElement(VersionDiff, {
        diff: [
          { key: 'projets', heading: 'Le ou les projets retenus', changed: true, parts: diffText('a', 'b') },
          { key: 'suivi', heading: 'Le suivi après le bilan', changed: false, parts: diffText('c', 'c') },
        ],
        fromNumber: 1,
        toNumber: 2,
        headingLevel: 3,
      }),
    );
    expect(html).toContain('<h3>Ce qui a changé de la version 1 à la version 2</h3>');
    expect(html).toContain('<h4>Le ou les projets retenus</h4>');
    expect(html).toContain('Sans changement : Le suivi après le bilan.');
    expect(html).not.toContain('<h4>Le suivi après le bilan</h4>');
  });
});
