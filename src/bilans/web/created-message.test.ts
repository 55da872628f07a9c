import { describe, expect, it } from 'vitest';
import { createdMessage } from './created-message.ts';

describe('the outcome shown on a new bilan’s page', () => {
  it('names the beneficiary when arriving from its creation, and nothing otherwise', () => {
    expect(createdMessage({ created: 'Bruno Lefèvre' })).toBe(
      'Le bilan de Bruno Lefèvre est créé et son invitation envoyée.',
    );
    expect(createdMessage(null)).toBeNull();
    expect(createdMessage({ created: 42 })).toBeNull();
  });
});
