/** The Qualiopi certificate's warning (expiring soon, expired, missing date), for admins. */
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { OrganisationProfileView } from '../../intake/contracts/schemas.ts';
import { api } from '../../ui/api.ts';

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
    queryKey: ['admin', 'organisation'],
    queryFn: () => api.get<OrganisationProfileView>('/admin/organisation'),
  });
  if (!profile.data) return null;
  return <QualiopiNotice qualiopi={profile.data.qualiopi} withLink />;
}
