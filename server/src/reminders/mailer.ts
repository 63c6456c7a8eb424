import nodemailer from 'nodemailer';

// Reminders by e-mail over SMTP (decision 018), configured only from the environment: no address,
// user or password is ever in the repository. Without SMTP_URL or SMTP_HOST there is no mailer,
// and the reminders are shown in the app only.

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  send: (mail: Mail) => Promise<void>;
  close: () => void;
}

export interface SmtpSettings {
  /** smtp://user:pass@host:587 or smtps://…:465; or host/port/user/pass below. */
  url?: string;
  host?: string;
  port?: number;
  secure?: boolean;
  user?: string;
  pass?: string;
  /** The sender, e.g. "Målbild <malbild@kommun.se>". */
  from: string;
}

/** SMTP_URL or SMTP_HOST (+ SMTP_PORT, SMTP_SECURE, SMTP_USER, SMTP_PASS) and SMTP_FROM; or none. */
export function smtpSettingsFrom(env: NodeJS.ProcessEnv): SmtpSettings | null {
  const url = env.SMTP_URL || undefined;
  const host = env.SMTP_HOST || undefined;
  if (!url && !host) return null;
  const from = env.SMTP_FROM;
  if (!from) throw new Error('SMTP_FROM must name the sender when SMTP_URL or SMTP_HOST is set');
  const port = env.SMTP_PORT ? Number(env.SMTP_PORT) : undefined;
  if (port !== undefined && !(Number.isInteger(port) && port > 0 && port < 65_536)) {
    throw new Error(`SMTP_PORT must be a port number, not ${env.SMTP_PORT}`);
  }
  return {
    ...(url ? { url } : { host }),
    ...(port !== undefined && { port }),
    secure: env.SMTP_SECURE === 'true',
    ...(env.SMTP_USER && { user: env.SMTP_USER }),
    ...(env.SMTP_PASS && { pass: env.SMTP_PASS }),
    from,
  };
}

export function createMailer(settings: SmtpSettings): Mailer {
  const { url, host, port, secure, user, pass, from } = settings;
  const transport = nodemailer.createTransport(
    url ?? {
      host,
      port: port ?? (secure ? 465 : 587),
      secure,
      ...(user && { auth: { user, pass } }),
    },
  );
  return {
    send: async ({ to, subject, text }) => {
      await transport.sendMail({ from, to, subject, text });
    },
    close: () => transport.close(),
  };
}
