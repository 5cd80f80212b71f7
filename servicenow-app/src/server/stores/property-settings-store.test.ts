import { DEFAULT_SETTINGS } from '@xloop/shared-core';
import { describe, expect, it } from 'vitest';
import { freshInstance } from '../../../test/app-instance';
import { GlideRecord, gs } from '../../../test/glide-stand-in';
import { zonedTime } from '../glide-zoned-time';
import { PROPERTY, TABLE } from '../tables';
import {
  ensureKeyring,
  KEYRING_SECRET,
  keyringReady,
  PropertySettingsStore,
} from './property-settings-store';

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

  it('makes the keyring once, as an encrypted secret no property and no list shows in clear', () => {
    const instance = freshInstance();
    const store = new PropertySettingsStore(zonedTime(undefined, () => true));
    const first = ensureKeyring();
    expect(store.keyring()).toEqual(first);
    const key = first.keys[first.currentKeyId] ?? '';
    expect(key).toMatch(/^[A-Za-z0-9]{43}$/);
    expect(new PropertySettingsStore(zonedTime(undefined, () => true)).keyring()).toEqual(first);
    expect(instance.rows(TABLE.secret)).toHaveLength(1);
    expect(JSON.stringify(instance.rows(TABLE.secret))).not.toContain(key);
    expect(instance.rows(TABLE.secret)[0]?.value).toMatch(/^enc:/);
    expect(gs.getProperty(PROPERTY.legacyTokenKeyring, '')).toBe('');
  });

  it('moves an older install’s keyring out of its property, so links in inboxes keep working', () => {
    freshInstance();
    const old = { currentKeyId: 'k7', keys: { k6: 'old', k7: 'current' } };
    gs.setProperty(PROPERTY.legacyTokenKeyring, JSON.stringify(old));
    // Before the job moves it, links are still checked against it, and reading moves nothing.
    expect(new PropertySettingsStore(zonedTime(undefined, () => true)).keyring()).toEqual(old);
    expect(gs.getProperty(PROPERTY.legacyTokenKeyring, '')).not.toBe('');
    expect(ensureKeyring()).toEqual(old);
    expect(gs.getProperty(PROPERTY.legacyTokenKeyring, '')).toBe('');
    expect(new PropertySettingsStore(zonedTime(undefined, () => true)).keyring()).toEqual(old);
  });

  it('reads the keyring without ever writing it: before the job makes it, it is not ready', () => {
    const instance = freshInstance();
    expect(keyringReady()).toBe(false);
    expect(() => new PropertySettingsStore(zonedTime(undefined, () => true)).keyring()).toThrow(
      /not made yet/,
    );
    expect(instance.rows(TABLE.secret)).toHaveLength(0);
    ensureKeyring();
    expect(keyringReady()).toBe(true);
  });

  it('never replaces a keyring that does not read: every link out there would break', () => {
    freshInstance();
    const row = new GlideRecord(TABLE.secret);
    row.initialize();
    row.setValue('name', KEYRING_SECRET);
    row.setValue('value', '{broken');
    row.insert();
    expect(() => new PropertySettingsStore(zonedTime(undefined, () => true)).keyring()).toThrow(
      /not a keyring/,
    );
    expect(() => ensureKeyring()).toThrow(/not a keyring/);
  });
});
