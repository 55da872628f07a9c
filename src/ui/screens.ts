/**
 * How a capability gives its pages to the web app (decision 021): each lists its screens (path,
 * who may open it, the page) and its entries in the main navigation in `web/screens.ts`; the app
 * gathers them in `app/web/screens.ts`, one line per capability.
 */
import { createElement, useEffect, useState, type ComponentType } from 'react';
import { LoadError, Loading } from './Feedback.tsx';
import { ApiError } from './api.ts';
import type { LucideIcon } from 'lucide-react';
import type { Role } from '../accounts/domain/users.ts';

export interface Screen {
  path: string;
  /** Who may open it (others go to their home, signed-out people to the login page); public if absent. */
  roles?: Role[];
  page: ComponentType;
  /**
   * Starts what the page will need as soon as its address is known (on the first load, before the
   * session is even checked): its first answers (`preload` in ui/api.ts) and the chunks under it,
   * so they arrive in parallel with the page's own chunk rather than one after another.
   */
  prefetch?: (params: Readonly<Record<string, string | undefined>>) => void;
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
export function lazyPage<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K): LazyPage {
  return lazyWithPreload(load, name);
}

/** A lazily loaded component whose chunk can be asked for before it renders. */
export type LazyPage<P = object> = ComponentType<P> & { preload: () => Promise<unknown> };

const CHUNK_FAILED = new ApiError(
  0,
  'network',
  'Cette page n’a pas pu être chargée. Vérifiez votre connexion Internet puis rechargez la page.',
);

/**
 * A component in its own chunk, with a `preload()` that starts the same import (one request
 * either way). Until the chunk is there it shows « Chargement en cours… », then the component;
 * if the chunk cannot be fetched, a French message instead of a blank screen. It holds its state
 * itself rather than suspending (`React.lazy`): React keeps a Suspense fallback on screen for at
 * least 300 ms, which made every first visit of a page a third of a second slower.
 */
export function lazyWithPreload<K extends string, P extends object = object>(
  load: () => Promise<Record<K, ComponentType<P>>>,
  name: K,
): LazyPage<P> {
  let loading: Promise<ComponentType<P>> | undefined;
  let loaded: ComponentType<P> | undefined;
  const once = () =>
    (loading ??= load().then(
      (module) => (loaded = module[name]),
      (error: unknown) => {
        loading = undefined; // a later visit tries again
        throw error;
      },
    ));
  function Preloadable(props: P) {
    const [state, setState] = useState<{ component?: ComponentType<P>; failed?: boolean }>(() =>
      loaded ? { component: loaded } : {},
    );
    useEffect(() => {
      if (state.component) return;
      let live = true;
      once().then(
        (component) => live && setState({ component }),
        () => live && setState({ failed: true }),
      );
      return () => {
        live = false;
      };
    }, [state.component]);
    if (state.component) return createElement(state.component, props);
    return state.failed ? createElement(LoadError, { error: CHUNK_FAILED }) : createElement(Loading);
  }
  return Object.assign(Preloadable, {
    preload: () => once().catch(() => undefined),
  });
}
