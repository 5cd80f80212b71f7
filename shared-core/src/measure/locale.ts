/**
 * The instrument locale for a BCP 47 tag as platforms report it (`de-DE`, `pt_BR`, `EN`): the exact locale if
 * supported, else its language; `undefined` when neither is supported.
 * @example resolveLocale('de-AT', ['en', 'de']) // 'de'
 * @example resolveLocale('nb-NO', ['en', 'de']) // undefined
 */
export function resolveLocale(tag: string, supported: readonly string[]): string | undefined {
  const normal = tag.trim().replace(/_/g, '-').toLowerCase();
  if (normal === '') return undefined;
  const exact = supported.find((locale) => locale.toLowerCase() === normal);
  if (exact !== undefined) return exact;
  const language = normal.split('-')[0];
  return supported.find((locale) => locale.toLowerCase() === language);
}
