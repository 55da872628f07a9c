import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PHASES, availableTransitions, checkTransition, isOpen, type Phase } from './phases.ts';

const SYNTHESIS = { code: 'synthesis_delivered', label: 'Document de synthèse remis au ou à la bénéficiaire' };
/** `blocked`: the current phase's checklist still has the synthesis unmet. */
const facts = (phase: Phase, blocked = false) => ({ phase, unmetChecklist: blocked ? [SYNTHESIS] : [] });

describe('bilan phases', () => {
  it('moves forward one phase at a time', () => {
    expect(checkTransition(facts('preliminaire'), { to: 'investigation' })).toEqual({ allowed: true });
    expect(checkTransition(facts('investigation'), { to: 'conclusion' })).toEqual({ allowed: true });
  });

  it('refuses to skip a phase or to go back, naming the problem', () => {
    expect(checkTransition(facts('preliminaire'), { to: 'conclusion' })).toEqual({
      allowed: false,
      unmet: [{ code: 'not_next', from: 'preliminaire', to: 'conclusion' }],
    });
    expect(checkTransition(facts('conclusion'), { to: 'investigation' })).toMatchObject({ allowed: false });
  });

  it('blocks moving on while required checklist items are unmet, naming each of them', () => {
    expect(checkTransition(facts('conclusion', true), { to: 'cloture' })).toEqual({
      allowed: false,
      unmet: [{ code: 'checklist_item', item: 'synthesis_delivered', label: SYNTHESIS.label }],
    });
    expect(checkTransition(facts('conclusion'), { to: 'cloture' })).toEqual({ allowed: true });
  });

  it('never lets the checklist block an abandonment', () => {
    expect(checkTransition(facts('conclusion', true), { to: 'abandonne', reason: 'Déménagement' })).toEqual({
      allowed: true,
    });
  });

  it('allows abandonment from any open phase, with a reason', () => {
    for (const phase of ['preliminaire', 'investigation', 'conclusion'] as const) {
      expect(checkTransition(facts(phase), { to: 'abandonne', reason: 'Déménagement' })).toEqual({ allowed: true });
      expect(checkTransition(facts(phase), { to: 'abandonne', reason: '  ' })).toEqual({
        allowed: false,
        unmet: [{ code: 'reason_required' }],
      });
    }
  });

  it('never moves a closed or abandoned bilan', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<Phase>('cloture', 'abandonne'),
        fc.constantFrom(...PHASES),
        fc.boolean(),
        (from, to, s) => {
          const check = checkTransition(facts(from, s), { to, reason: 'x' });
          return !check.allowed && check.unmet[0]?.code === 'not_open';
        },
      ),
    );
  });

  it('only ever allows a transition to the next phase or to abandonment', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PHASES), fc.constantFrom(...PHASES), fc.boolean(), (from, to, s) => {
        const check = checkTransition(facts(from, s), { to, reason: 'raison' });
        if (!check.allowed) return true;
        const order = ['preliminaire', 'investigation', 'conclusion', 'cloture'];
        return isOpen(from) && (to === 'abandonne' || order.indexOf(to) === order.indexOf(from) + 1);
      }),
    );
  });

  it('offers the forward step with its check, and abandonment', () => {
    expect(availableTransitions(facts('conclusion', true)).map((t) => [t.to, t.check.allowed])).toEqual([
      ['cloture', false],
      ['abandonne', true],
    ]);
    expect(availableTransitions(facts('cloture'))).toEqual([]);
  });
});
