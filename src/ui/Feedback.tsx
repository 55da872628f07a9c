/** Loading, error and confirmation messages, announced to screen readers. */
import type { ReactNode } from 'react';
import { ApiError } from './api.ts';

export function Loading({ label = 'Chargement en cours…' }: { label?: string }) {
  return (
    <p role="status" className="loading">
      {label}
    </p>
  );
}

export function LoadError({ error }: { error: unknown }) {
  const message =
    error instanceof ApiError
      ? error.message
      : 'Impossible d’afficher ces informations pour le moment. Réessayez dans un instant.';
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

/**
 * An inline confirmation: a question (and what follows from it), the action and « Annuler ».
 * The action takes focus when the box appears. `tone="danger"` is the editor's outlined red
 * button for removals; `primary` is the page's main action.
 */
export function Confirm({
  id,
  question,
  detail,
  confirmLabel,
  onConfirm,
  onCancel,
  error = null,
  pending = false,
  tone = 'primary',
}: {
  id: string;
  question: ReactNode;
  detail?: ReactNode;
  confirmLabel: ReactNode;
  onConfirm: () => void;
  onCancel: () => void;
  error?: string | null;
  pending?: boolean;
  tone?: 'primary' | 'danger';
}) {
  return (
    <div className="confirm" role="group" aria-labelledby={id}>
      {error ? (
        <div role="alert" className="notice notice-error">
          <p>{error}</p>
        </div>
      ) : null}
      <p id={id}>
        <strong>{question}</strong>
        {detail ? <> {detail}</> : null}
      </p>
      <div className={tone === 'danger' ? 'button-row' : 'form-actions'}>
        <button
          type="button"
          className={`button ${tone}`}
          onClick={onConfirm}
          aria-disabled={pending || undefined}
          autoFocus
        >
          {confirmLabel}
        </button>
        <button type="button" className="button secondary" onClick={onCancel}>
          Annuler
        </button>
      </div>
    </div>
  );
}
