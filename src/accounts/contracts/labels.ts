/** French labels of the roles. */
import type { Role } from '../domain/users.ts';

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Administrateur·rice',
  consultant: 'Consultant·e',
  beneficiary: 'Bénéficiaire',
};
