/**
 * The signed-in person, from the session endpoint of accounts (null when signed out).
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { SessionUser } from '../accounts/contracts/schemas.ts';
import { accountEndpoints } from '../accounts/contracts/endpoints.ts';
import { accountKeys } from '../accounts/web/query-keys.ts';
import { call } from './api.ts';
import type { Role } from '../accounts/domain/users.ts';

export function useSession() {
  return useQuery({
    queryKey: accountKeys.session,
    queryFn: async () => (await call(accountEndpoints.session)).user,
    staleTime: 60_000,
  });
}

export function useSetSession() {
  const client = useQueryClient();
  return (user: SessionUser | null) => {
    client.clear();
    client.setQueryData(accountKeys.session, user);
  };
}

export const HOME_BY_ROLE: Record<Role, string> = {
  admin: '/admin',
  consultant: '/consultant',
  beneficiary: '/mon-bilan',
};
