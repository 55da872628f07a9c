/**
 * What a person typed and the server has not yet acknowledged, kept in this browser (decision 021):
 * the answers of a questionnaire, the edits of a worksheet, the préliminaire record. Written at
 * once (synchronously, so a reload, a closed tab, a lost network or an expired session loses
 * nothing), keyed by the signed-in person so that nobody else signing in on this browser sees it,
 * removed once the server has it, and every draft of a person removed when they sign out.
 */
import { useMemo, useRef } from 'react';
import { useSession } from './session.ts';

const PREFIX = 'sillage:brouillon:';

export interface Drafts {
  read<T>(id: string, check?: (value: unknown) => value is T): T | null;
  /** False when the browser refuses to store (full or disabled): the page then says so. */
  write(id: string, value: unknown): boolean;
  forget(id: string): void;
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The drafts of one person in one scope (`reponses`, `cahier`, `preliminaire`). */
export function draftsOf(userId: string, scope: string): Drafts {
  const key = (id: string) => `${PREFIX}${userId}:${scope}:${id}`;
  return {
    read<T>(id: string, check?: (value: unknown) => value is T): T | null {
      try {
        const raw = storage()?.getItem(key(id));
        if (!raw) return null;
        const value: unknown = JSON.parse(raw);
        return !check || check(value) ? (value as T) : null;
      } catch {
        return null;
      }
    },
    write(id, value) {
      try {
        storage()?.setItem(key(id), JSON.stringify(value));
        return storage() !== null;
      } catch {
        return false;
      }
    },
    forget(id) {
      try {
        storage()?.removeItem(key(id));
      } catch {
        // Nothing to forget.
      }
    },
  };
}

const NOWHERE: Drafts = { read: () => null, write: () => false, forget: () => undefined };

/**
 * The signed-in person's drafts in a scope. Once the page knows who is signed in, it keeps writing
 * under that person even if the session expires meanwhile: they find their text after signing in again.
 */
export function useDrafts(scope: string): Drafts {
  const userId = useSession().data?.id;
  const known = useRef(userId);
  if (userId) known.current = userId;
  const owner = userId ?? known.current;
  return useMemo(() => (owner ? draftsOf(owner, scope) : NOWHERE), [owner, scope]);
}

/** At sign-out: every draft of this person, and any draft kept before drafts were per person. */
export function forgetDraftsOf(userId: string): void {
  const store = storage();
  if (!store) return;
  const legacy = /^sillage:(reponses|cahier|preliminaire):/;
  const keys = Array.from({ length: store.length }, (_, i) => store.key(i) ?? '');
  for (const key of keys) {
    if (key.startsWith(`${PREFIX}${userId}:`) || legacy.test(key)) store.removeItem(key);
  }
}
