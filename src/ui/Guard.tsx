/** Pages for a role: signed-out people go to the login page, others to their own home. */
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { HOME_BY_ROLE, useSession } from './session.ts';
import { LoadError, Loading } from './Feedback.tsx';
import type { Role } from '../accounts/domain/users.ts';

export function RequireRole({ role, children }: { role: Role; children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <Loading />;
  if (session.isError) return <LoadError error={session.error} />;
  const user = session.data;
  if (!user) return <Navigate to={`/connexion?retour=${encodeURIComponent(location.pathname)}`} replace />;
  if (user.role !== role) return <Navigate to={HOME_BY_ROLE[user.role]} replace />;
  return <>{children}</>;
}

// Intake (issue 3): pages shared by several roles (leads: admins and consultants).
export function RequireAnyRole({ roles, children }: { roles: Role[]; children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <Loading />;
  if (session.isError) return <LoadError error={session.error} />;
  const user = session.data;
  if (!user) return <Navigate to={`/connexion?retour=${encodeURIComponent(location.pathname)}`} replace />;
  if (!roles.includes(user.role)) return <Navigate to={HOME_BY_ROLE[user.role]} replace />;
  return <>{children}</>;
}
