import { Link } from 'react-router';
import type { Organisation } from '@malbild/shared';
import { ContactList, hasContact } from '../../components/contact-list';
import { LicenceLink } from '../../components/licence-link';
import { useOrganisation } from '../../lib/api/get-organisation';
import { paths } from '../../lib/paths';
import { useShownPeriodId } from '../../lib/use-shown-period';
import { strings } from '../strings';

export function SiteFooter() {
  const organisation = useOrganisation().data;
  // The downloads are of the period the page shows.
  const periodId = useShownPeriodId();
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        {organisation && <Contact organisation={organisation} />}
        <p>{strings.footerAbout}</p>
        <p>
          <Link to={paths.method()}>{strings.footerMethod}</Link>
        </p>
        <p>
          {strings.footerOpenData}
          {organisation && (
            <>
              {' '}
              <LicenceLink licence={organisation.licence} />.
            </>
          )}
        </p>
        <ul className="site-footer__links" aria-label={strings.openDataLinksLabel}>
          {strings.openDataLinks.map(({ file, label }) => (
            <li key={file}>
              <a href={paths.openData(file, periodId)}>{label}</a>
            </li>
          ))}
          <li>
            <Link to={paths.apiDocs}>{strings.apiDocsLink}</Link>
          </li>
          <li>
            <Link to={paths.accessibility}>{strings.accessibilityLink}</Link>
          </li>
        </ul>
      </div>
    </footer>
  );
}

/** Whom to contact, as the profile gives it; nothing when it gives nothing. */
function Contact({ organisation }: { organisation: Organisation }) {
  if (!hasContact(organisation)) return null;
  return (
    <section className="site-footer__contact" aria-labelledby="footer-contact">
      <h2 id="footer-contact">{strings.contactHeading(organisation.name)}</h2>
      <ContactList {...organisation} />
    </section>
  );
}
