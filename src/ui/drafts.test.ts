import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { draftsOf, forgetDraftsOf } from './drafts.ts';

class MemoryStorage {
  private readonly items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

describe('drafts kept in the browser', () => {
  beforeEach(() => {
    (globalThis as unknown as { window: unknown }).window = { localStorage: new MemoryStorage() };
  });
  afterEach(() => {
    delete (globalThis as unknown as { window?: unknown }).window;
  });

  it('belong to the person who typed them', () => {
    draftsOf('lea', 'preliminaire').write('b1', { needAnalysis: 'Texte de Léa' });
    expect(draftsOf('lea', 'preliminaire').read('b1')).toEqual({ needAnalysis: 'Texte de Léa' });
    expect(draftsOf('marc', 'preliminaire').read('b1')).toBeNull();
    expect(draftsOf('lea', 'cahier').read('b1')).toBeNull();
  });

  it('are all gone when their person signs out, with the drafts kept before they were per person', () => {
    const store = (globalThis as unknown as { window: { localStorage: MemoryStorage } }).window.localStorage;
    draftsOf('lea', 'reponses').write('a1', { unsent: true });
    draftsOf('lea', 'cahier').write('w1', { draft: {} });
    draftsOf('marc', 'cahier').write('w2', { draft: {} });
    store.setItem('sillage:reponses:old', '{}');
    forgetDraftsOf('lea');
    expect(draftsOf('lea', 'reponses').read('a1')).toBeNull();
    expect(draftsOf('lea', 'cahier').read('w1')).toBeNull();
    expect(store.getItem('sillage:reponses:old')).toBeNull();
    expect(draftsOf('marc', 'cahier').read('w2')).toEqual({ draft: {} });
  });

  it('refuse what their check refuses and survive unreadable text', () => {
    const store = (globalThis as unknown as { window: { localStorage: MemoryStorage } }).window.localStorage;
    store.setItem('sillage:brouillon:lea:cahier:w1', '{pas du JSON');
    expect(draftsOf('lea', 'cahier').read('w1')).toBeNull();
    draftsOf('lea', 'cahier').write('w2', { baseVersion: 'x' });
    const isDraft = (v: unknown): v is { baseVersion: number } =>
      typeof (v as { baseVersion?: unknown }).baseVersion === 'number';
    expect(draftsOf('lea', 'cahier').read('w2', isDraft)).toBeNull();
  });
});
