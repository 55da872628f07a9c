/** Loading, error and confirmation messages, announced to screen readers. */
import type { ReactNode } from 'react';
import { ApiError } from '../api.ts';

export function Loading({ label = 'Chargement en cours…' }: { label?: string }) {
  return (
    <p role="status" className="loading">
      {label}
    </p>
  );
}

export function LoadError({ error }: { error: unknown }) {
  const message = error instanceof ApiError ? error.message : 'Impossible d’afficher ces informations pour le moment. Réessayez dans un instant.';
  return (
    <div role="alert" className="notice notice-error">
      <p>{message}</p>
    </div>
  );
}

export function Notice({ children, tone = 'info' }: { children: ReactNode; tone?: 'info' | 'success' | 'warning' }) {
  return (
    <div role="status" className={`notice notice-${tone}`}>
      {children}
    </div>
  );
}
