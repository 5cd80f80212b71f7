import { DEFAULT_SETTINGS } from '@xloop/shared-core';
import { describe, expect, it } from 'vitest';
import { freshInstance } from '../../../test/app-instance';
import { zonedTime } from '../glide-zoned-time';
import { PROPERTY } from '../tables';
import { PropertySettingsStore } from './property-settings-store';

describe('PropertySettingsStore', () => {
  it('falls back to the defaults on a broken property and says so in the log', () => {
    const instance = freshInstance();
    const store = new PropertySettingsStore(zonedTime(undefined, () => true));
    instance.setProperty(PROPERTY.settings, '{not json');
    expect(store.settings()).toEqual(DEFAULT_SETTINGS);
    instance.setProperty(PROPERTY.settings, JSON.stringify({ minimumSample: -3 }));
    expect(store.settings()).toEqual(DEFAULT_SETTINGS);
    expect(instance.logs.filter((line) => line.startsWith('error'))).toHaveLength(2);
  });

  it('makes the keyring once and keeps it', () => {
    freshInstance();
    const store = new PropertySettingsStore(zonedTime(undefined, () => true));
    const first = store.keyring();
    expect(first.keys[first.currentKeyId]).toMatch(/^[A-Za-z0-9]{43}$/);
    expect(new PropertySettingsStore(zonedTime(undefined, () => true)).keyring()).toEqual(first);
  });
});
