import { QueryState } from '../../../components/query-state';
import { useOrganisation } from '../../../lib/api/get-organisation';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { profileStrings as strings } from '../profile-strings';
import { AdminNav } from './admin-nav';
import { LogoForm } from './logo-form';
import { ProfileForm } from './profile-form';
import '../admin.css';

/** /admin/kommun – the municipality's name, kommunkod, contact, licence, statement and logo. */
export function ProfilePage() {
  useDocumentTitle(strings.title);
  const query = useOrganisation();
  return (
    <div className="page">
      <h1>{strings.title}</h1>
      <AdminNav />
      <p>{strings.intro}</p>
      <QueryState query={query} label={strings.label}>
        {(organisation) => (
          <>
            <ProfileForm organisation={organisation} />
            <section aria-labelledby="logo-heading">
              <h2 id="logo-heading">{strings.logoHeading}</h2>
              <LogoForm organisation={organisation} />
            </section>
          </>
        )}
      </QueryState>
    </div>
  );
}
