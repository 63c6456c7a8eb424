import { useState } from 'react';
import { Link } from 'react-router';
import {
  may,
  SETUP_STEPS,
  type Permission,
  type SetupStatus,
  type SetupStep,
  type User,
} from '@malbild/shared';
import { QueryState } from '../../../components/query-state';
import { useSetupStatus } from '../../../lib/api/get-setup-status';
import { paths } from '../../../lib/paths';
import { useSession } from '../../../lib/session';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { strings } from '../strings';
import { FirstAdminForm } from './first-admin-form';
import './setup.css';

/** Where each step is done (the existing pages), and who may do it there. */
const STEP_PAGES: Record<
  Exclude<SetupStep, 'admin'>,
  { to: (status: SetupStatus) => string; permission: Permission }
> = {
  profile: { to: () => paths.adminProfile, permission: 'administer' },
  period: { to: () => paths.adminPeriods(), permission: 'editStructure' },
  structure: {
    to: ({ periodId }) => paths.adminPeriods(periodId ?? undefined),
    permission: 'editStructure',
  },
  units: { to: () => paths.adminUnits, permission: 'manageUnits' },
  published: {
    to: ({ periodId }) => paths.adminPeriods(periodId ?? undefined),
    permission: 'editStructure',
  },
};

/**
 * /kom-igang – the first run: while there is no account, the first administrator; then every
 * step of setting up the municipality, done or not as the database says, each linking to the
 * page where it is done.
 */
export function SetupPage() {
  useDocumentTitle(strings.title);
  const status = useSetupStatus();
  const session = useSession();
  const [notice, setNotice] = useState('');
  return (
    <div className="page">
      <h1>{strings.title}</h1>
      <p>{strings.intro}</p>
      <p className="admin-notice" role="status">
        {notice}
      </p>
      <QueryState query={status} label={strings.label}>
        {(setup) => (
          <Steps
            setup={setup}
            user={session.data?.user ?? null}
            onAdminCreated={(name) => setNotice(strings.form.created(name))}
          />
        )}
      </QueryState>
    </div>
  );
}

function Steps({
  setup,
  user,
  onAdminCreated,
}: {
  setup: SetupStatus;
  user: User | null;
  onAdminCreated: (name: string) => void;
}) {
  const next = SETUP_STEPS.find((step) => !setup.steps[step]);
  return (
    <section aria-labelledby="setup-steps">
      <h2 id="setup-steps" className="visually-hidden">
        {strings.stepsHeading}
      </h2>
      <ol className="setup-steps">
        {SETUP_STEPS.map((step) => {
          const done = setup.steps[step];
          const state = done ? 'done' : step === next ? 'next' : 'todo';
          return (
            <li
              key={step}
              className={`setup-step setup-step--${state}`}
              aria-current={state === 'next' ? 'step' : undefined}
            >
              <h3 className="setup-step__title">
                <StepMark state={state} />
                {strings.steps[step].title}
              </h3>
              <p>{strings.steps[step].text}</p>
              {!done && step === 'admin' && (
                <FirstAdminForm
                  onCreated={(session) => onAdminCreated(session.user?.displayName ?? '')}
                />
              )}
              {step !== 'admin' && <StepLink step={step} setup={setup} user={user} />}
            </li>
          );
        })}
      </ol>
      {next === undefined ? (
        <p className="setup-finished">
          {strings.allDone} <Link to={paths.start()}>{strings.toStart}</Link>
        </p>
      ) : (
        setup.steps.admin &&
        !user && (
          <div className="setup-sign-in">
            <h2>{strings.signInHeading}</h2>
            <p>{strings.signInText}</p>
            <p>
              <Link to={paths.signIn(paths.setup)}>{strings.signIn}</Link>
            </p>
          </div>
        )
      )}
    </section>
  );
}

/** The step's state in words beside a shape, never by colour alone. */
function StepMark({ state }: { state: 'done' | 'next' | 'todo' }) {
  const label = state === 'done' ? strings.done : state === 'next' ? strings.next : strings.todo;
  return (
    <span className={`setup-step__mark setup-step__mark--${state}`}>
      <span aria-hidden="true">{state === 'done' ? '✓' : state === 'next' ? '→' : '○'}</span>{' '}
      {label}
      <span className="visually-hidden">:</span>
    </span>
  );
}

function StepLink({
  step,
  setup,
  user,
}: {
  step: Exclude<SetupStep, 'admin'>;
  setup: SetupStatus;
  user: User | null;
}) {
  // Until there is someone to sign in as, nobody can take the later steps.
  if (!user || !setup.steps.admin) return null;
  const page = STEP_PAGES[step];
  if (!may(user, page.permission)) return <p>{strings.adminOnly}</p>;
  return (
    <p>
      <Link to={page.to(setup)}>{strings.steps[step].link}</Link>
    </p>
  );
}
