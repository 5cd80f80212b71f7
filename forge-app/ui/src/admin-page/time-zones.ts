/**
 * Whether the browser knows an IANA time zone, as the server's zone port checks it.
 * @example isValidTimeZone('Europe/Helsinki') // true
 */
export function isValidTimeZone(zone: string): boolean {
  if (zone.trim() === '') return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * The zones an admin can choose from: the browser's IANA list with `UTC` first, and the saved one even if the
 * browser does not list it.
 * @example timeZones('UTC')[0] // 'UTC'
 */
export function timeZones(current?: string): string[] {
  const known =
    typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : ['Europe/London'];
  const all = ['UTC', ...known.filter((zone) => zone !== 'UTC')];
  return current && !all.includes(current) ? [current, ...all] : all;
}
