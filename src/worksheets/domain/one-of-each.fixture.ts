/**
 * What the editor's "one question of each type" section becomes once saved: checked on the
 * browser's payload (web/editor/editor-payload.test.ts) and on the stored worksheet
 * (use-cases/worksheet-editor.db.test.ts), so both sides expect the same thing.
 */
export const SAVED_ONE_OF_EACH = {
  sectionId: 'pour-aller-plus-loin',
  questions: [
    ['votre-metier-reve', 'short_text'],
    ['racontez-une-journee-ideale', 'long_text'],
    ['votre-energie-en-ce-moment', 'scale'],
    ['votre-rythme-prefere', 'single_choice'],
    ['vos-environnements', 'multiple_choice'],
    ['classez-vos-priorites', 'ranking'],
    ['triez-ces-conditions-de-travail', 'card_sort'],
    ['vos-formations', 'table'],
  ],
  scale: {
    min: 0,
    max: 4,
    anchors: [
      { value: 0, label: 'À plat' },
      { value: 2, label: 'Moyenne' },
      { value: 4, label: 'Au top' },
    ],
  },
  cardSort: {
    piles: [{ id: 'indispensable' }, { id: 'accessoire' }],
    top: { count: 1, fromPiles: ['indispensable'] },
  },
} as const;
