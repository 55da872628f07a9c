/**
 * The signed-in person, from GET /api/session (null when signed out).
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { SessionUser } from '../accounts/contracts/schemas.ts';
import { api } from './api.ts';
import type { Role } from '../accounts/domain/users.ts';

export const SESSION_KEY = ['session'] as const;

export function useSession() {
  return useQuery({
    queryKey: SESSION_KEY,
    queryFn: async () => (await api.get<{ user: SessionUser | null }>('/session')).user,
    staleTime: 60_000,
  });
}

export function useSetSession() {
  const client = useQueryClient();
  return (user: SessionUser | null) => {
    client.clear();
    client.setQueryData(SESSION_KEY, user);
  };
}

export const HOME_BY_ROLE: Record<Role, string> = {
  admin: '/admin',
  consultant: '/consultant',
  beneficiary: '/mon-bilan',
};
