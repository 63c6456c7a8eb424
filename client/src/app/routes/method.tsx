import { Breadcrumbs } from '../../components/breadcrumbs';
import { useCurrentPeriod } from '../../features/period/api/get-current-period';
import { MethodPage } from '../../features/method/components/method-page';
import { paths } from '../../lib/paths';
import { useDocumentTitle } from '../../lib/use-document-title';
import { strings } from '../strings';

/** /om-bedomningen – how the states and the period status are worked out. */
export default function MethodRoute() {
  useDocumentTitle(strings.methodTitle);
  const period = useCurrentPeriod();
  return (
    <div className="page">
      <Breadcrumbs
        trail={[{ label: strings.startTitle, to: paths.start() }]}
        current={strings.methodTitle}
      />
      <MethodPage endYear={period.data?.endYear} />
    </div>
  );
}
