import { GlideSecureRandomUtil, gs } from '@servicenow/glide';
import {
  DEFAULT_SETTINGS,
  type Settings,
  type SettingsStore,
  type TokenKeyring,
  validateSettings,
  type ZonedTime,
} from '../core/xloop-core.js';
import { PROPERTY } from '../tables';

/**
 * Settings as system properties, the platform's habit for configuration that rarely changes: the core's settings
 * as JSON in `x_xloop.settings` (checked on read; a broken value falls back to the defaults and is logged), the
 * one-click keyring in the private `x_xloop.token_keyring`, readable by experience admins only and left out of
 * update sets. The keyring is made on first use from GlideSecureRandomUtil.
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
    const stored = gs.getProperty(PROPERTY.tokenKeyring, '');
    if (stored) return JSON.parse(stored) as TokenKeyring;
    const made: TokenKeyring = {
      currentKeyId: 'k1',
      keys: { k1: GlideSecureRandomUtil.getSecureRandomString(43) },
    };
    gs.setProperty(PROPERTY.tokenKeyring, JSON.stringify(made));
    // Read back: if two transactions made a keyring at once, both go on with the one that was kept.
    return JSON.parse(gs.getProperty(PROPERTY.tokenKeyring, JSON.stringify(made))) as TokenKeyring;
  }
}
