import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { User } from '@malbild/shared';
import { createRepositories } from '../src/db/repositories';
import { createMailer, smtpSettingsFrom, type Mailer } from '../src/reminders/mailer';
import { runReminders } from '../src/reminders/run';
import { addUser, asUser, createTestContext, signIn } from './session-helpers';

interface Received {
  to: string[];
  subject: string;
  text: string;
}

/** A real SMTP server on a free local port, keeping what it receives. */
async function startSmtpServer() {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push({
            to: session.envelope.rcptTo.map((r) => r.address),
            subject: mail.subject ?? '',
            text: mail.text ?? '',
          });
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return { received, port, close: () => new Promise<void>((resolve) => server.close(resolve)) };
}

describe('reminders by e-mail', () => {
  let context: Awaited<ReturnType<typeof createTestContext>>;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let mailer: Mailer;
  let repositories: ReturnType<typeof createRepositories>;
  let sara: User;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    context = await createTestContext();
    repositories = createRepositories(context.db);
    const settings = smtpSettingsFrom({
      SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
      SMTP_FROM: 'Målbild <malbild@kommun.example>',
    })!;
    mailer = createMailer(settings);
    const created = await addUser(context.db, 'sara', ['unit_editor'], ['VBK']);
    sara = repositories.users.update(created.id, created.version, {
      email: 'sara@kommun.example',
    });
    // Another unit's editor, without an address: theirs are shown in the app only.
    await addUser(context.db, 'olle', ['unit_editor'], ['SOU']);
    await addUser(context.db, 'kontroller', ['controller']);
    const controller = await signIn(context.app, 'kontroller');
    const set = await asUser(context.app, controller, {
      method: 'PUT',
      url: '/api/deadlines',
      payload: { year: 2024, kind: 'annual_follow_ups', dueDate: '2025-01-31', version: 0 },
    });
    expect(set.statusCode).toBe(200);
  });
  afterAll(async () => {
    mailer.close();
    await context.app.close();
    await smtp.close();
  });

  const run = (now: string, withMailer = true) =>
    runReminders({ repositories, mailer: withMailer ? mailer : null, now: new Date(now) });

  it('sends nothing more than a week before the deadline', async () => {
    expect(await run('2025-01-20T08:00:00Z')).toEqual({ emailed: 0, inApp: 0, failed: 0 });
    expect(smtp.received).toEqual([]);
  });

  it('e-mails the unit editor in Swedish a week before, once, and a second run sends nothing', async () => {
    const first = await run('2025-01-25T08:00:00Z');
    expect(first.emailed).toBe(1);
    expect(smtp.received).toHaveLength(1);
    const [mail] = smtp.received;
    expect(mail!.to).toEqual(['sara@kommun.example']);
    expect(mail!.subject).toBe(
      'Påminnelse: Uppföljning av målaktiviteter ska vara klart senast 31 januari 2025',
    );
    expect(mail!.text).toContain('Hej sara!');
    expect(mail!.text).toContain('Det här ska vara klart i Målbild senast 31 januari 2025:');
    const vbkActivities = repositories.activities.list({
      periodId: 1,
      year: 2024,
      unit: 'VBK',
      view: 'working',
    });
    expect(vbkActivities.length).toBeGreaterThan(0);
    for (const activity of vbkActivities) expect(mail!.text).toContain(activity.text.slice(0, 40));

    // Later the same day, and after a restart (a new repository on the same database).
    expect((await run('2025-01-25T15:00:00Z')).emailed).toBe(0);
    const restarted = createRepositories(context.db);
    const again = await runReminders({
      repositories: restarted,
      mailer,
      now: new Date('2025-01-28T08:00:00Z'),
    });
    expect(again).toEqual({ emailed: 0, inApp: 0, failed: 0 });
    expect(smtp.received).toHaveLength(1);
  });

  it('reminds again, once, after the deadline while follow-ups are still missing', async () => {
    expect((await run('2025-02-03T08:00:00Z')).emailed).toBe(1);
    expect((await run('2025-02-04T08:00:00Z')).emailed).toBe(0);
    expect(smtp.received).toHaveLength(2);
    expect(smtp.received[1]!.subject).toBe(
      'Försenat: Uppföljning av målaktiviteter skulle ha varit klart 31 januari 2025',
    );
  });

  it('shows every reminder in the app, also to users without an address', async () => {
    const olle = repositories.users.list().find((u) => u.username === 'olle')!;
    const reminders = repositories.reminders.ofUser(olle.id);
    expect(reminders.map((r) => [r.channel, r.subject.split(':')[0]])).toEqual([
      ['app', 'Försenat'],
      ['app', 'Påminnelse'],
    ]);
    const session = await signIn(context.app, 'sara');
    const own = await asUser(context.app, session, { method: 'GET', url: '/api/reminders' });
    expect(own.json()).toMatchObject([
      { channel: 'email', sentAt: expect.any(String) },
      { channel: 'email', dueDate: '2025-01-31' },
    ]);
    expect(repositories.reminders.ofUser(sara.id)).toHaveLength(2);
    expect((await context.app.inject({ url: '/api/reminders' })).statusCode).toBe(401);
  });

  it('keeps a reminder whose e-mail could not be sent for the next run', async () => {
    const failing: Mailer = {
      send: () => Promise.reject(new Error('SMTP nere')),
      close: () => {},
    };
    await addUser(context.db, 'kim', ['unit_editor'], ['VBK']);
    const kim = repositories.users.list().find((u) => u.username === 'kim')!;
    repositories.users.update(kim.id, kim.version, { email: 'kim@kommun.example' });
    const now = new Date('2025-02-05T08:00:00Z');
    expect(await runReminders({ repositories, mailer: failing, now })).toEqual({
      emailed: 0,
      inApp: 0,
      failed: 1,
    });
    expect(await runReminders({ repositories, mailer, now })).toEqual({
      emailed: 1,
      inApp: 0,
      failed: 0,
    });
    expect(smtp.received.at(-1)!.to).toEqual(['kim@kommun.example']);
  });
});

describe('reminders of analyses', () => {
  it('go to the editors of the measure’s responsible unit before the deadline, like the other checks', async () => {
    const context = await createTestContext();
    const repositories = createRepositories(context.db);
    const editor = await addUser(context.db, 'vbk', ['unit_editor'], ['VBK']);
    await addUser(context.db, 'kontroller', ['controller']);
    const controller = await signIn(context.app, 'kontroller');
    const definition = (
      await asUser(context.app, controller, { method: 'GET', url: '/api/measures/9/definition' })
    ).json<{ version: number }>();
    const changed = await asUser(context.app, controller, {
      method: 'PATCH',
      url: '/api/measures/9/definition',
      payload: { responsibleUnit: 'VBK', version: definition.version },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    const set = await asUser(context.app, controller, {
      method: 'PUT',
      url: '/api/deadlines',
      payload: { year: 2024, kind: 'annual_analyses', dueDate: '2025-02-15', version: 0 },
    });
    expect(set.statusCode).toBe(200);

    await runReminders({ repositories, mailer: null, now: new Date('2025-02-10T08:00:00Z') });
    const [reminder, ...others] = repositories.reminders
      .ofUser(editor.id)
      .filter((r) => r.subject.includes('Analyser'));
    expect(others).toEqual([]);
    expect(reminder).toMatchObject({
      channel: 'app',
      subject: 'Påminnelse: Analyser ska vara klart senast 15 februari 2025',
    });
    expect(reminder!.body).toContain('- Analys, helår 2024: 9. Antal arbetstillfällen (VBK)');
    // The measures without a responsible unit are the controllers'.
    const controllers = repositories.users.list().find((u) => u.username === 'kontroller')!;
    const theirs = repositories.reminders.ofUser(controllers.id);
    expect(theirs.find((r) => r.subject.includes('Analyser'))!.body).toContain(
      '- Analys, helår 2024: 8. Antal invånare',
    );
    await context.app.close();
  });
});

describe('SMTP settings', () => {
  it('are none without SMTP_URL or SMTP_HOST, and need a sender with them', () => {
    expect(smtpSettingsFrom({})).toBeNull();
    expect(() => smtpSettingsFrom({ SMTP_HOST: 'smtp.kommun.example' })).toThrow(/SMTP_FROM/);
    expect(
      smtpSettingsFrom({
        SMTP_HOST: 'smtp.kommun.example',
        SMTP_PORT: '465',
        SMTP_SECURE: 'true',
        SMTP_USER: 'malbild',
        SMTP_PASS: 'hemligt',
        SMTP_FROM: 'malbild@kommun.example',
      }),
    ).toEqual({
      host: 'smtp.kommun.example',
      port: 465,
      secure: true,
      user: 'malbild',
      pass: 'hemligt',
      from: 'malbild@kommun.example',
    });
    expect(() => smtpSettingsFrom({ SMTP_HOST: 'x', SMTP_PORT: 'abc', SMTP_FROM: 'a@b' })).toThrow(
      /SMTP_PORT/,
    );
  });
});

describe("an account's e-mail address", () => {
  it('is kept when given, checked, and cleared by a blank', async () => {
    const context = await createTestContext();
    await addUser(context.db, 'admin', ['admin']);
    const admin = await signIn(context.app, 'admin');
    const create = (email: string) =>
      asUser(context.app, admin, {
        method: 'POST',
        url: '/api/users',
        payload: {
          username: `u${email.length}`,
          displayName: 'Ny',
          password: 'ett-långt-lösenord-för-test',
          roles: ['unit_editor'],
          units: ['SOU'],
          email,
        },
      });
    const bad = await create('inte en adress');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields).toEqual([
      { path: 'email', message: 'Skriv en e-postadress, t.ex. anna.andersson@kommun.se' },
    ]);
    const created = await create(' sara@kommun.example ');
    expect(created.json<User>()).toMatchObject({ email: 'sara@kommun.example' });
    const { id, version } = created.json<User>();
    const cleared = await asUser(context.app, admin, {
      method: 'PATCH',
      url: `/api/users/${id}`,
      payload: { email: '', version },
    });
    expect(cleared.json<User>()).toMatchObject({ email: null, version: version + 1 });
    await context.app.close();
  });
});
