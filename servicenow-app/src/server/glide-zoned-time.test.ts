import { dateFnsZonedTime } from '@xloop/shared-core/platform';
import { describe, expect, it } from 'vitest';
import { freshInstance } from '../../test/app-instance';
import { GlideRecord } from '../../test/glide-stand-in';
import { glideOffset, zonedTime } from './glide-zoned-time';

const zoned = zonedTime(glideOffset, () => true);
const local = (year: number, month: number, day: number, hour: number, minute = 0) => ({
  year,
  month,
  day,
  hour,
  minute,
});

describe('zonedTime over GlideDateTime offsets', () => {
  it('reads wall clocks as the Node implementation does, around DST changes too', () => {
    for (const zone of [
      'Europe/Helsinki',
      'America/New_York',
      'Australia/Lord_Howe',
      'Asia/Kolkata',
      'UTC',
    ]) {
      for (
        let instant = Date.UTC(2026, 2, 1);
        instant < Date.UTC(2026, 11, 1);
        instant += 7 * 3_600_000 + 13 * 60_000
      )
        expect(zoned.toLocal(instant, zone)).toEqual(dateFnsZonedTime.toLocal(instant, zone));
    }
  });

  it('moves a reading in a DST gap forward by the gap and takes the earlier of a repeated one, as the port says', () => {
    // Helsinki: 2026-03-29 03:00 → 04:00 (gap); 2026-10-25 04:00 → 03:00 (overlap).
    const gap = zoned.fromLocal(local(2026, 3, 29, 3, 30), 'Europe/Helsinki');
    expect(zoned.toLocal(gap, 'Europe/Helsinki')).toMatchObject({ hour: 4, minute: 30 });
    expect(zoned.fromLocal(local(2026, 10, 25, 3, 30), 'Europe/Helsinki')).toBe(Date.UTC(2026, 9, 25, 0, 30));
    for (const reading of [
      local(2026, 3, 29, 3, 30),
      local(2026, 10, 25, 3, 30),
      local(2026, 7, 1, 12),
      local(2026, 3, 8, 2, 30),
    ])
      for (const zone of ['Europe/Helsinki', 'America/New_York'])
        expect(zoned.fromLocal(reading, zone)).toBe(dateFnsZonedTime.fromLocal(reading, zone));
  });

  it('knows the zones the instance offers its users, and UTC', () => {
    freshInstance();
    const choice = new GlideRecord('sys_choice');
    choice.initialize();
    choice.setValue('name', 'sys_user');
    choice.setValue('element', 'time_zone');
    choice.setValue('value', 'Europe/Helsinki');
    choice.insert();
    const instanceZones = zonedTime();
    expect(instanceZones.isValidTimeZone('Europe/Helsinki')).toBe(true);
    expect(instanceZones.isValidTimeZone('UTC')).toBe(true);
    expect(instanceZones.isValidTimeZone('Mars/Olympus')).toBe(false);
  });
});
