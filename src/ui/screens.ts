/**
 * How a capability gives its pages to the web app (decision 021): each lists its screens (path,
 * who may open it, the page) and its entries in the main navigation in `web/screens.ts`; the app
 * gathers them in `app/web/screens.ts`, one line per capability.
 */
import { lazy, type ComponentType } from 'react';
import type { LucideIcon } from 'lucide-react';
import type { Role } from '../accounts/domain/users.ts';

export interface Screen {
  path: string;
  /** Who may open it (others go to their home, signed-out people to the login page); public if absent. */
  roles?: Role[];
  page: ComponentType;
}

export interface NavEntry {
  roles: Role[];
  to: string;
  label: string;
  /** Only this exact path marks the link as current. */
  end?: boolean;
  /** Paths that mark the link as current instead of its own (e.g. a list and the pages of its items). */
  current?: RegExp;
  /** Place in the bar, lowest first. */
  order: number;
  /** A lucide icon shown before the label (decorative: the label is the link's name). */
  icon?: LucideIcon;
}

export interface Screens {
  pages: Screen[];
  nav?: NavEntry[];
}

/**
 * A page that loads on first visit, in its own chunk, so that a beneficiary on a slow connection
 * does not download the consultant's editor or the admin screens.
 */
export function lazyPage<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K): ComponentType {
  return lazy(async (): Promise<{ default: ComponentType }> => ({ default: (await load())[name] }));
}
