import type { Organisation } from '@malbild/shared';
import { strings } from './strings';

type Contact = Pick<Organisation, 'contactEmail' | 'contactPhone' | 'webAddress'>;

export const hasContact = ({ contactEmail, contactPhone, webAddress }: Contact): boolean =>
  Boolean(contactEmail || contactPhone || webAddress);

/** The municipality's e-mail, phone and web address as the profile gives them, as links. */
export function ContactList({ contactEmail, contactPhone, webAddress }: Contact) {
  return (
    <ul className="contact-list">
      {contactEmail && (
        <li>
          {strings.contactEmail} <a href={`mailto:${contactEmail}`}>{contactEmail}</a>
        </li>
      )}
      {contactPhone && (
        <li>
          {strings.contactPhone}{' '}
          <a href={`tel:${contactPhone.replace(/[^+0-9]/g, '')}`}>{contactPhone}</a>
        </li>
      )}
      {webAddress && (
        <li>
          {strings.contactWeb} <a href={webAddress}>{webAddress.replace(/^https?:\/\//, '')}</a>
        </li>
      )}
    </ul>
  );
}
