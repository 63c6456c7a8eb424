/**
 * A DELETE's address: the version the removal was based on (a stale one is a 409 with the
 * current value) and why, if the user said, for the history (RemovalQuerySchema).
 */
export function removalPath(path: string, version: number, reason: string): string {
  const query = new URLSearchParams({ version: String(version) });
  if (reason.trim()) query.set('reason', reason.trim());
  return `${path}?${query.toString()}`;
}
