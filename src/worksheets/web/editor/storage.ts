/**
 * Unsaved edits of a worksheet, kept in this browser at every change (synchronously, so a reload,
 * a closed tab or a visit to another page loses nothing), with the version they were made on, for
 * the signed-in consultant only. Removed once that version is saved or the edits are given up.
 */
import { useMemo } from 'react';
import { useDrafts } from '../../../ui/drafts.ts';
import type { Draft } from './draft.ts';

export interface StoredDraft {
  /** The saved version the edits started from (the optimistic check sends it). */
  baseVersion: number;
  draft: Draft;
  /** When the edits were last typed (ISO), to tell the consultant. */
  editedAt: string;
}

const isStoredDraft = (value: unknown): value is StoredDraft => {
  const stored = value as Partial<StoredDraft> | null;
  return typeof stored?.baseVersion === 'number' && Array.isArray(stored.draft?.sections);
};

/** The signed-in consultant's worksheet drafts in this browser (`ui/drafts.ts`). */
export function useWorksheetDrafts() {
  const drafts = useDrafts('cahier');
  return useMemo(
    () => ({
      readDraft: (worksheetId: string) => drafts.read(worksheetId, isStoredDraft),
      /** False when the browser refuses to store (full or disabled): the page then says so. */
      writeDraft: (worksheetId: string, stored: StoredDraft) => drafts.write(worksheetId, stored),
      forgetDraft: (worksheetId: string) => drafts.forget(worksheetId),
    }),
    [drafts],
  );
}
