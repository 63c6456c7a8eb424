import { describe, expect, it } from 'vitest';
import { controlCharacterPaths } from '../src/plugins/control-characters';
import { asUser, useSignedInController } from './session-helpers';

const RISK = {
  year: 2021,
  unit: null,
  process: null,
  regulation: null,
  period: null,
  method: null,
  sannolikhet: 2,
  konsekvens: 2,
  controlPoint: false,
};

describe('control characters in a request', () => {
  const signedIn = useSignedInController();
  const risks = (db: ReturnType<typeof signedIn>['db']) =>
    (db.prepare('SELECT count(*) AS n FROM control_risks').get() as { n: number }).n;

  it('finds each text that holds one, by its path, and leaves tabs, line breaks and bytes alone', () => {
    expect(
      controlCharacterPaths({
        text: 'a\u0000',
        list: ['ok', 'b\u001b'],
        nested: { note: 'rad ett\nrad två\tflik\r\n', bell: '\u0007' },
        file: Buffer.from([0, 1, 2]),
        count: 3,
      }),
    ).toEqual(['/text', '/list/1', '/nested/bell']);
  });

  it('refuses a NUL in a risk with a Swedish message on the field, and stores nothing', async () => {
    const { app, db, session } = signedIn();
    const before = risks(db);
    const response = await asUser(app, session, {
      method: 'POST',
      url: '/api/internal-control/risks',
      payload: { ...RISK, text: '\u0000' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().fields).toEqual([
      { path: 'text', message: expect.stringContaining('styrtecken') },
    ]);
    expect(risks(db)).toBe(before);
  });

  it('stores a text with line breaks and a tab', async () => {
    const { app, session } = signedIn();
    const response = await asUser(app, session, {
      method: 'POST',
      url: '/api/internal-control/risks',
      payload: { ...RISK, text: 'Första raden\nandra\traden' },
    });
    expect(response.statusCode).toBe(201);
    expect(response.json().text).toBe('Första raden\nandra\traden');
  });
});
