/**
 * Surfaces: `Card` (a bordered block with an optional title and actions) and `EmptyState` (what an
 * empty section is for, and its first action).
 */
import type { ReactNode } from 'react';
import type { LucideIcon } from 'lucide-react';
import { Inbox } from 'lucide-react';

type HeadingLevel = 2 | 3 | 4;

export function Card({
  title,
  headingLevel = 2,
  actions,
  muted = false,
  children,
}: {
  title?: ReactNode;
  headingLevel?: HeadingLevel;
  /** Buttons or links beside the title. */
  actions?: ReactNode;
  /** On the grey surface rather than white (secondary information). */
  muted?: boolean;
  children: ReactNode;
}) {
  const Heading = `h${headingLevel}` as const;
  return (
    <div className={`ui-card${muted ? ' ui-card-muted' : ''}`}>
      {title || actions ? (
        <div className="ui-card-head">
          {title ? <Heading>{title}</Heading> : <span />}
          {actions ? <div className="row-actions">{actions}</div> : null}
        </div>
      ) : null}
      {children}
    </div>
  );
}

/**
 * An empty section says what it is for and offers the first action:
 *   <EmptyState title="Aucune séance pour l’instant" action={<Button …>Planifier une séance</Button>}>
 *     Les séances planifiées avec la ou le bénéficiaire apparaîtront ici, avec leur émargement.
 *   </EmptyState>
 */
export function EmptyState({
  title,
  children,
  action,
  icon: Icon = Inbox,
  headingLevel = 2,
}: {
  title: string;
  children: ReactNode;
  action?: ReactNode;
  icon?: LucideIcon;
  headingLevel?: HeadingLevel;
}) {
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="empty-state">
      <Icon aria-hidden="true" className="empty-state-icon" />
      <Heading className="empty-state-title">{title}</Heading>
      <div className="empty-state-text">{children}</div>
      {action ? <div>{action}</div> : null}
    </div>
  );
}
