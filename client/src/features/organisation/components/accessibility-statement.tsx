import type { Organisation } from '@malbild/shared';
import { ContactList, hasContact } from '../../../components/contact-list';
import { statementBlocks } from '../statement-text';
import { strings } from '../strings';

/**
 * The tillgänglighetsredogörelse: the administrator's text, or until there is one an outline of
 * what the law asks a statement to say; with the profile's contact and Digg's supervision always.
 */
export function AccessibilityStatement({ organisation }: { organisation: Organisation }) {
  const { accessibilityStatement, name } = organisation;
  return (
    <>
      {accessibilityStatement === null ? (
        <Outline name={name} />
      ) : (
        statementBlocks(accessibilityStatement).map((block, index) =>
          block.kind === 'heading' ? (
            <h2 key={index}>{block.text}</h2>
          ) : (
            <p key={index} className="statement__paragraph">
              {block.text}
            </p>
          ),
        )
      )}
      <h2>{strings.contactHeading}</h2>
      {hasContact(organisation) ? (
        <ContactList {...organisation} />
      ) : (
        <p>{strings.contactMissing}</p>
      )}
      <h2>{strings.supervisionHeading}</h2>
      <p>
        {strings.supervision} <a href={strings.supervisionUrl}>{strings.supervisionLink}</a>.
      </p>
    </>
  );
}

function Outline({ name }: { name: string | null }) {
  return (
    <>
      <p>{strings.outlineIntro(name)}</p>
      <p className="statement__notice">{strings.outlineNotice}</p>
      {strings.outline.map(({ heading, paragraphs }) => (
        <section key={heading} aria-label={heading}>
          <h2>{heading}</h2>
          {paragraphs.map((text) => (
            <p key={text}>{text}</p>
          ))}
        </section>
      ))}
    </>
  );
}
