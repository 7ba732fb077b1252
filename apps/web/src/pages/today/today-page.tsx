import { useSignedInUser } from '../../auth/signed-in-user';
import { PageHeader } from '../../components/page-header';
import { CLINICAL_NAV_ROLES } from '../../layout/nav-items';
import { ClinicalToday } from './clinical-today';
import { NonClinicalToday } from './non-clinical-today';

/** `/`, the landing page: what needs the signed-in clinician today across their care teams. */
export function TodayPage() {
  const user = useSignedInUser();
  const clinical = user.roles.some((role) => CLINICAL_NAV_ROLES.includes(role));
  return (
    <>
      <PageHeader
        title="Today"
        description={clinical ? 'What needs you today across your care teams.' : 'Where your work is.'}
      />
      {clinical ? <ClinicalToday /> : <NonClinicalToday user={user} />}
    </>
  );
}
