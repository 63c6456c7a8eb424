import { useId, useState } from 'react';
import { paths } from '../../../lib/paths';
import { useHydrated } from '../../../lib/use-hydrated';
import { useShownPeriodId } from '../../../lib/use-shown-period';
import { strings } from '../strings';

interface MeasureShareProps {
  number: number;
  name: string;
}

/** The chart as PNG and SVG, and the code that puts the embed page into another site. */
export function MeasureShare({ number, name }: MeasureShareProps) {
  const period = useShownPeriodId();
  const snippetId = useId();
  const hydrated = useHydrated();
  const [copied, setCopied] = useState(false);
  // The site's address is known in the browser only; the server's HTML has the path.
  const origin = hydrated ? window.location.origin : '';
  const snippet = `<iframe src="${origin}${paths.measureEmbed(number, period)}" title="${strings.imageTitle(number, name).replaceAll('"', '&quot;')}" width="100%" height="640" style="border:0" loading="lazy"></iframe>`;
  return (
    <section aria-labelledby="share-heading">
      <h2 id="share-heading">{strings.shareHeading}</h2>
      <p className="document-links">
        <a
          className="button button--secondary"
          href={paths.measureChart(number, 'png', period)}
          download={`resultatmatt-${number}.png`}
        >
          {strings.downloadPng}
        </a>
        <a
          className="button button--secondary"
          href={paths.measureChart(number, 'svg', period)}
          download={`resultatmatt-${number}.svg`}
        >
          {strings.downloadSvg}
        </a>
      </p>
      <label htmlFor={snippetId}>{strings.embedLabel}</label>
      <p className="field-hint">{strings.embedHint}</p>
      <textarea id={snippetId} className="embed-snippet" readOnly rows={3} value={snippet} />
      <p>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            void navigator.clipboard.writeText(snippet).then(() => {
              setCopied(true);
            });
          }}
        >
          {strings.embedCopy}
        </button>{' '}
        <span role="status">{copied ? strings.embedCopied : ''}</span>
      </p>
    </section>
  );
}
