import { GlideRecord, GlideSecureRandomUtil, gs } from '@servicenow/glide';
import {
  DEFAULT_SETTINGS,
  type Settings,
  type SettingsStore,
  type TokenKeyring,
  validateSettings,
  type ZonedTime,
} from '../core/xloop-core.js';
import { PROPERTY, TABLE } from '../tables';

/** The `x_xloop_secret` row that holds the one-click keyring. */
export const KEYRING_SECRET = 'token_keyring';

const isKeyring = (value: unknown): value is TokenKeyring => {
  const ring = value as TokenKeyring | null;
  return (
    typeof ring === 'object' &&
    ring !== null &&
    typeof ring.currentKeyId === 'string' &&
    typeof ring.keys === 'object' &&
    ring.keys !== null &&
    typeof ring.keys[ring.currentKeyId] === 'string'
  );
};

/** The keyring stored under the secret's name, decrypted; `undefined` when there is none. */
function storedKeyring(): TokenKeyring | undefined {
  const row = new GlideRecord(TABLE.secret);
  row.addQuery('name', KEYRING_SECRET);
  row.setLimit(1);
  row.query();
  if (!row.next()) return undefined;
  const clear = row.getElement('value')?.getDecryptedValue() ?? '';
  try {
    const ring: unknown = JSON.parse(clear);
    if (isKeyring(ring)) return ring;
  } catch {
    // Reported below: a keyring that does not read is never replaced silently, or every link would break.
  }
  throw new Error(`XLoop: the ${KEYRING_SECRET} secret is not a keyring; fix or delete it.`);
}

/** Thrown when the one-click keyring has not been made yet: nothing can be signed or checked until the job runs. */
export class KeyringNotReady extends Error {
  constructor() {
    super('XLoop: the one-click keyring is not made yet; the XLoop job makes it on its first run.');
    this.name = 'KeyringNotReady';
  }
}

/**
 * Whether the one-click keyring exists (made by the job, or left in a property by an older install). Reads only.
 * @example if (!keyringReady()) answer503()
 */
export function keyringReady(): boolean {
  return storedKeyring() !== undefined || legacyKeyring() !== undefined;
}

/**
 * Makes the one-click keyring if there is none, and answers it: from an older install's property if there is one (so
 * links in inboxes keep working, and the property is emptied), else a new random key. It is stored under a unique
 * name, so two transactions making it at once both go on with the one that was kept; no install ships it, so no
 * upgrade overwrites it. Only the scheduled job and admins' own actions call this: a request from a link never writes.
 * @example ensureKeyring().currentKeyId // 'k1'
 */
export function ensureKeyring(): TokenKeyring {
  const stored = storedKeyring();
  if (stored) return stored;
  const made = legacyKeyring() ?? {
    currentKeyId: 'k1',
    keys: { k1: GlideSecureRandomUtil.getSecureRandomString(43) },
  };
  const row = new GlideRecord(TABLE.secret);
  row.initialize();
  row.setValue('name', KEYRING_SECRET);
  row.setValue('value', JSON.stringify(made));
  // Refused by the unique name when another transaction made it first: both go on with the one kept.
  row.insert();
  const kept = storedKeyring();
  if (!kept) throw new Error('XLoop: the keyring could not be stored.');
  if (gs.getProperty(PROPERTY.legacyTokenKeyring, '')) gs.setProperty(PROPERTY.legacyTokenKeyring, '');
  return kept;
}

/**
 * Settings and the one-click keyring. Settings are a system property, the platform's habit for configuration that
 * rarely changes: the core's settings as JSON in `x_xloop.settings`, checked on read (a broken value falls back to
 * the defaults and is logged). The keyring is a secret: a row of `x_xloop_secret`, whose `value` is a Password
 * (2 way encrypted) field, read in clear only by this code and by no role (its ACLs deny everyone, admins too).
 * Reading it never writes: `ensureKeyring` makes it, from the job. Before that, `keyring()` throws `KeyringNotReady`.
 */
export class PropertySettingsStore implements SettingsStore {
  constructor(private readonly zoned: Pick<ZonedTime, 'isValidTimeZone'>) {}

  settings(): Settings {
    const stored = gs.getProperty(PROPERTY.settings, '');
    if (!stored) return DEFAULT_SETTINGS;
    try {
      const checked = validateSettings(JSON.parse(stored), this.zoned, DEFAULT_SETTINGS);
      if (checked.ok) return checked.value;
      gs.error(`XLoop: ${PROPERTY.settings} is not valid settings; using the defaults.`);
    } catch {
      gs.error(`XLoop: ${PROPERTY.settings} is not JSON; using the defaults.`);
    }
    return DEFAULT_SETTINGS;
  }

  saveSettings(settings: Settings): void {
    gs.setProperty(PROPERTY.settings, JSON.stringify(settings));
  }

  keyring(): TokenKeyring {
    const ring = storedKeyring() ?? legacyKeyring();
    if (!ring) throw new KeyringNotReady();
    return ring;
  }
}

/** The keyring an install before 0.2 kept in clear in a property, if it is there and reads. */
function legacyKeyring(): TokenKeyring | undefined {
  const stored = gs.getProperty(PROPERTY.legacyTokenKeyring, '');
  if (!stored) return undefined;
  try {
    const ring: unknown = JSON.parse(stored);
    return isKeyring(ring) ? ring : undefined;
  } catch {
    return undefined;
  }
}
