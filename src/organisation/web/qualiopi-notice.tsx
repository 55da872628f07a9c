/** The Qualiopi certificate's warning (expiring soon, expired, missing date), for admins. */
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { OrganisationProfileView } from '../contracts/schemas.ts';
import { call } from '../../ui/api.ts';
import { organisationEndpoints } from '../contracts/endpoints.ts';
import { organisationKeys } from './query-keys.ts';

export function QualiopiNotice({
  qualiopi,
  withLink = false,
}: {
  qualiopi: OrganisationProfileView['qualiopi'];
  withLink?: boolean;
}) {
  if (!qualiopi.message) return null;
  return (
    <div className={`notice ${qualiopi.level === 'expired' ? 'notice-error' : 'notice-warning'}`}>
      <p>
        <strong>Certificat Qualiopi : </strong>
        {qualiopi.message}
        {withLink ? (
          <>
            {' '}
            <Link to="/admin/organisme">Mettre à jour le profil de l’organisme</Link>
          </>
        ) : null}
      </p>
    </div>
  );
}

/** On the admin's home: loads the profile and shows the warning, if any. */
export function AdminQualiopiWarning() {
  const profile = useQuery({
    queryKey: organisationKeys.profile,
    queryFn: () => call(organisationEndpoints.profile),
  });
  if (!profile.data) return null;
  return <QualiopiNotice qualiopi={profile.data.qualiopi} withLink />;
}
