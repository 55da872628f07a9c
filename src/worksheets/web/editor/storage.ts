/**
 * Unsaved edits of a worksheet, kept in this browser's localStorage at every change (synchronously,
 * so a reload, a closed tab or a visit to another page loses nothing), with the version they
 * were made on. Removed once that version is saved or the edits are given up.
 */
import type { Draft } from './draft.ts';

export interface StoredDraft {
  /** The saved version the edits started from (the optimistic check sends it). */
  baseVersion: number;
  draft: Draft;
  /** When the edits were last typed (ISO), to tell the consultant. */
  editedAt: string;
}

const storageKey = (worksheetId: string) => `sillage:cahier:${worksheetId}`;

export function readDraft(worksheetId: string): StoredDraft | null {
  try {
    const raw = window.localStorage.getItem(storageKey(worksheetId));
    if (!raw) return null;
    const stored = JSON.parse(raw) as StoredDraft;
    return typeof stored.baseVersion === 'number' && stored.draft && Array.isArray(stored.draft.sections)
      ? stored
      : null;
  } catch {
    return null;
  }
}

/** False when the browser refuses to store (full or disabled): the page then says so. */
export function writeDraft(worksheetId: string, stored: StoredDraft): boolean {
  try {
    window.localStorage.setItem(storageKey(worksheetId), JSON.stringify(stored));
    return true;
  } catch {
    return false;
  }
}

export function forgetDraft(worksheetId: string): void {
  try {
    window.localStorage.removeItem(storageKey(worksheetId));
  } catch {
    // Nothing to forget.
  }
}
