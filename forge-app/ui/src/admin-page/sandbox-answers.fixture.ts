import { DEFAULT_SETTINGS, type PolicyPreview, type Settings } from '@xloop/shared-core';

// Answers the sandbox gave (`xloop start --seed-days 45`), kept as they came, for the component tests.

/** `getSettings` on a fresh sandbox: the core's defaults. */
export const SAVED_SETTINGS: Settings = DEFAULT_SETTINGS;

/** `previewPolicy` for the saved settings. */
export const SAVED_PREVIEW: PolicyPreview = {
  from: '2026-10-26T18:30:00.468Z',
  to: '2026-11-25T18:30:00.468Z',
  days: 30,
  tickets: 2632,
  events: 6701,
  sent: 1533,
  suppressed: 1037,
  reminded: 1446,
  expired: 933,
  cancelled: 22,
  suppressionsByReason: [
    {
      code: 'fatigue-min-days',
      message: 'requester has a survey due in 5 days, minimum is 7 days apart',
      count: 897,
    },
    { code: 'excluded-resolution', message: 'resolution "Duplicate" is not surveyed', count: 107 },
    {
      code: 'fatigue-max-per-30-days',
      message: 'requester would get 4 surveys within 30 days, maximum is 3',
      count: 78,
    },
    { code: 'service-account', message: 'requester monitor-18@example.com is a service account', count: 66 },
  ],
  surveysPerWeek: [
    { week: '2026-W44', count: 446 },
    { week: '2026-W45', count: 266 },
    { week: '2026-W46', count: 323 },
    { week: '2026-W47', count: 317 },
    { week: '2026-W48', count: 181 },
  ],
  truncated: false,
};

/** `previewPolicy` with `minDaysBetweenSurveys: 1`. */
export const ONE_DAY_PREVIEW: PolicyPreview = {
  from: '2026-10-26T18:30:00.054Z',
  to: '2026-11-25T18:30:00.054Z',
  days: 30,
  tickets: 2632,
  events: 6701,
  sent: 1871,
  suppressed: 647,
  reminded: 1793,
  expired: 1239,
  cancelled: 73,
  suppressionsByReason: [
    {
      code: 'fatigue-max-per-30-days',
      message: 'requester would get 4 surveys within 30 days, maximum is 3',
      count: 388,
    },
    { code: 'fatigue-min-days', message: 'requester surveyed 0 days ago, minimum is 1', count: 141 },
    { code: 'excluded-resolution', message: 'resolution "Duplicate" is not surveyed', count: 107 },
    { code: 'service-account', message: 'requester monitor-18@example.com is a service account', count: 66 },
  ],
  surveysPerWeek: [
    { week: '2026-W44', count: 535 },
    { week: '2026-W45', count: 433 },
    { week: '2026-W46', count: 407 },
    { week: '2026-W47', count: 335 },
    { week: '2026-W48', count: 161 },
  ],
  truncated: false,
};

/** `saveSettings` refusing an unknown time zone and a window that ends before it starts (status 400). */
export const SAVE_REFUSAL = {
  code: 'bad-request',
  message: 'The settings have problems.',
  details: [
    { field: 'policy.timeZone', code: 'invalid-value', message: 'Unknown time zone "Mars/Base".' },
    {
      field: 'policy.businessHours',
      code: 'out-of-range',
      message: 'businessHours.start (18:00) must be before businessHours.end (17:00).',
    },
  ],
};
