import { createHash } from 'node:crypto';

/** What is stored of a random token a cookie carries (session, device, sign-in): its hash only. */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');
