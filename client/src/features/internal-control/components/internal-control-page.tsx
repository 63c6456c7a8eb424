import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import {
  KONCERN,
  may,
  mayEditControlOf,
  mayReadControl,
  type ControlPlan,
  type Risk,
  type User,
} from '@malbild/shared';
import { ErrorAlert } from '../../../components/error-alert';
import { QueryState } from '../../../components/query-state';
import { StatusMessage } from '../../../components/status-message';
import { getUnitsQueryOptions } from '../../../lib/api/get-units';
import { parseIdParam, paths, searchParamNames } from '../../../lib/paths';
import { useSession } from '../../../lib/session';
import { useDocumentTitle } from '../../../lib/use-document-title';
import {
  controlFileUrl,
  useControlPlans,
  useControlSummary,
  useControlYears,
  useRisks,
} from '../api/get-internal-control';
import { usePublishYear } from '../api/publish-year';
import { conflictingRisk, useRemoveRisk } from '../api/write-plans';
import { strings } from '../strings';
import { useFocusAfterRemoval, useNotices, type Notices } from '../use-notices';
import { ControlPlans } from './control-plans';
import { ControlSummaryTable } from './control-summary';
import { NewPlanForm } from './new-plan-form';
import { RemoveControlItem } from './remove-control-item';
import { RISK_FIELDS, RiskForm } from './risk-form';
import { RiskMatrix } from './risk-matrix';
import { RiskTable } from './risk-table';
import '../internal-control.css';

/** /intern-kontroll?ar=YYYY – the year's risk analyses, plans and the koncern's follow-up. */
export function InternalControlPage() {
  useDocumentTitle(strings.title);
  const years = useControlYears();
  const session = useSession();
  const [search] = useSearchParams();
  const asked = parseIdParam(search.get(searchParamNames.year));
  return (
    <div className="page internal-control">
      <h1>{strings.title}</h1>
      <p className="lead">{strings.intro}</p>
      <QueryState query={years} label={strings.label}>
        {(list) => {
          const year = asked ?? list.at(-1)?.year;
          if (year === undefined) return <p className="empty">{strings.noYears}</p>;
          const published = list.find((y) => y.year === year)?.published ?? false;
          return (
            <>
              <nav aria-label={strings.chooseYear} className="year-links">
                <span>{strings.year}:</span>
                {list.map((y) => (
                  <Link
                    key={y.year}
                    to={paths.internalControl(y.year)}
                    aria-current={y.year === year ? 'page' : undefined}
                  >
                    {y.year}
                  </Link>
                ))}
              </nav>
              <p>{published ? strings.published : strings.notPublished}</p>
              <QueryState query={session} label={strings.label}>
                {({ user }) =>
                  mayReadControl(user, published) ? (
                    <>
                      <SignedInTools user={user} year={year} published={published} />
                      {/* Another year starts afresh: no open form or message from the last. */}
                      <YearContent key={year} year={year} user={user} />
                    </>
                  ) : (
                    <SignInFirst />
                  )
                }
              </QueryState>
            </>
          );
        }}
      </QueryState>
    </div>
  );
}

const levelName = (unit: string | null) => unit ?? KONCERN;

function SignInFirst() {
  const { pathname, search } = useLocation();
  return (
    <p>
      <Link to={paths.signIn(pathname + search)}>{strings.signIn}</Link>
    </p>
  );
}

/** The way to the unit's follow-up, and the admin's publication of the year. */
function SignedInTools({
  user,
  year,
  published,
}: {
  user: User | null;
  year: number;
  published: boolean;
}) {
  const publish = usePublishYear();
  const levels = useEditableLevels(user);
  const navigate = useNavigate();
  const [startingPlan, setStartingPlan] = useState(false);
  if (!user) return null;
  return (
    <>
      {levels.length > 0 && (
        <div className="add-risk">
          <button
            type="button"
            className="button button--secondary"
            aria-expanded={startingPlan}
            onClick={() => setStartingPlan(!startingPlan)}
          >
            {startingPlan ? strings.close : strings.newPlanHeading}
          </button>
          {startingPlan && (
            <NewPlanForm
              levels={levels}
              year={year + 1}
              onCreated={(plan) => {
                setStartingPlan(false);
                void navigate(paths.internalControl(plan.year));
              }}
            />
          )}
        </div>
      )}
      {may(user, 'followUpControl') && (
        <p>
          <Link to={paths.internalControlFollowUp(year)}>{strings.toFollowUp}</Link>
        </p>
      )}
      {may(user, 'publishControl') && (
        <div className="form-actions">
          <button
            type="button"
            className="button button--secondary"
            disabled={publish.isPending}
            onClick={() => publish.mutate({ year, published: !published })}
          >
            {published ? strings.unpublish(year) : strings.publish(year)}
          </button>
          {publish.isError && <ErrorAlert message={publish.error.message} />}
        </div>
      )}
    </>
  );
}

function YearContent({ year, user }: { year: number; user: User | null }) {
  const risks = useRisks(year);
  const plans = useControlPlans(year);
  const summary = useControlSummary(year);
  const notices = useNotices();
  return (
    <>
      <section aria-labelledby="risks-heading">
        <h2 id="risks-heading" tabIndex={-1}>
          {strings.risksHeading(year)}
        </h2>
        <QueryState query={risks} label={strings.label}>
          {(list) => (
            <RiskLevels
              risks={list}
              plans={plans.data ?? []}
              user={user}
              year={year}
              notices={notices}
            />
          )}
        </QueryState>
        <StatusMessage message={notices.at(RISKS)} />
        {user && <AddRisk user={user} year={year} notices={notices} />}
      </section>
      <section aria-labelledby="plans-heading">
        <h2 id="plans-heading">{strings.plansHeading(year)}</h2>
        <QueryState query={plans} label={strings.label}>
          {(list) => (
            <ControlPlans
              plans={list}
              risks={risks.data ?? []}
              year={year}
              user={user}
              notices={notices}
            />
          )}
        </QueryState>
      </section>
      <section aria-labelledby="summary-heading">
        <h2 id="summary-heading">{strings.summaryHeading(year)}</h2>
        <QueryState query={summary} label={strings.label}>
          {(data) => <ControlSummaryTable summary={data} />}
        </QueryState>
      </section>
      <Downloads year={year} />
    </>
  );
}

/** The risk analysis as a whole: a risk added, or the last of a level removed, is told here. */
const RISKS = 'risks';

/** The levels (null: the kommunkoncern) whose risk analysis and plan the user keeps. */
function useEditableLevels(user: User | null) {
  const units = useQuery(getUnitsQueryOptions());
  return [
    ...(mayEditControlOf(user, null) ? [null] : []),
    ...(units.data ?? []).filter((unit) => mayEditControlOf(user, unit.code)),
  ];
}

/** The form for a new risk at a level the user keeps. */
function AddRisk({ user, year, notices }: { user: User; year: number; notices: Notices }) {
  const [open, setOpen] = useState(false);
  const levels = useEditableLevels(user);
  if (levels.length === 0) return null;
  return (
    <div className="add-risk">
      <button
        type="button"
        className="button button--secondary"
        aria-expanded={open}
        onClick={() => {
          notices.clear();
          setOpen(!open);
        }}
      >
        {open ? strings.close : strings.newRisk}
      </button>
      {open && (
        <RiskForm
          year={year}
          levels={levels}
          onAdded={() => {
            setOpen(false);
            notices.say(RISKS, strings.riskAdded);
          }}
        />
      )}
    </div>
  );
}

type RiskAction = { kind: 'edit' | 'remove'; risk: Risk } | null;

function RiskLevels({
  risks,
  plans,
  user,
  year,
  notices,
}: {
  risks: readonly Risk[];
  /** The year's plans: a decided plan's risk analysis is its basis and stays as it is. */
  plans: readonly ControlPlan[];
  user: User | null;
  year: number;
  notices: Notices;
}) {
  const [action, setAction] = useState<RiskAction>(null);
  const focusAfterRemoval = useFocusAfterRemoval(risks.map((r) => r.id));
  if (risks.length === 0) return <p className="empty">{strings.noRisks}</p>;
  const levels = [...new Set(risks.map((r) => r.unit))];
  const open = (kind: 'edit' | 'remove') => (risk: Risk) => {
    notices.clear();
    setAction({ kind, risk });
  };
  return levels.map((unit) => {
    const level = levelName(unit);
    const place = `risks-${level}`;
    const regionId = `risk-table-${level}`;
    const ofLevel = risks.filter((r) => r.unit === unit);
    const editable = mayEditControlOf(user, unit);
    const decided = plans.some((p) => p.unit === unit && p.status === 'decided');
    const shown = action?.risk.unit === unit ? action : null;
    return (
      <section key={level} aria-labelledby={`level-${level}`}>
        <h3 id={`level-${level}`}>{strings.levelHeading(level)}</h3>
        <p className="form-field__hint">{strings.matrixHint}</p>
        <RiskMatrix risks={ofLevel} level={level} />
        <RiskTable
          risks={ofLevel}
          level={level}
          regionId={regionId}
          onEdit={editable ? open('edit') : undefined}
          onRemove={editable && !decided ? open('remove') : undefined}
        />
        <StatusMessage message={notices.at(place)} />
        {shown?.kind === 'edit' && (
          <RiskForm
            key={shown.risk.id}
            year={year}
            levels={[]}
            stored={shown.risk}
            onAdded={() => {
              setAction(null);
              notices.say(place, strings.riskSaved);
            }}
          />
        )}
        {shown?.kind === 'remove' && (
          <RemoveRisk
            key={shown.risk.id}
            risk={shown.risk}
            level={level}
            onRemoved={() => {
              setAction(null);
              // The level's analysis goes with its last risk: then the analysis as a whole.
              const last = ofLevel.length === 1;
              notices.say(last ? RISKS : place, strings.riskRemoved(shown.risk.position));
              focusAfterRemoval(shown.risk.id, regionId, 'risks-heading');
            }}
            onCancel={() => setAction(null)}
          />
        )}
      </section>
    );
  });
}

function RemoveRisk({
  risk,
  level,
  onRemoved,
  onCancel,
}: {
  risk: Risk;
  level: string;
  onRemoved: () => void;
  onCancel: () => void;
}) {
  return (
    <RemoveControlItem
      name={strings.riskName(risk.position, level)}
      question={strings.removeRiskQuestion}
      item={risk}
      subject={strings.riskSubject}
      notRemoved={strings.riskNotRemoved}
      fields={RISK_FIELDS}
      conflictOf={conflictingRisk}
      remove={useRemoveRisk(risk.id)}
      onRemoved={onRemoved}
      onCancel={onCancel}
    />
  );
}

function Downloads({ year }: { year: number }) {
  const files = [
    ['risks', strings.fileRisks],
    ['plans', strings.filePlans],
    ['follow-ups', strings.fileFollowUps],
    ['summary', strings.fileSummary],
  ] as const;
  return (
    <section aria-labelledby="downloads-heading">
      <h2 id="downloads-heading">{strings.downloads}</h2>
      <ul className="download-links">
        {files.flatMap(([table, what]) =>
          (['pdf', 'docx', 'xlsx', 'csv'] as const).map((format) => (
            <li key={`${table}-${format}`}>
              <a href={controlFileUrl(table, format, year)} download>
                {strings.fileLink(what, strings.fileFormats[format])}
              </a>
            </li>
          )),
        )}
      </ul>
    </section>
  );
}
