import Button from '@atlaskit/button/new';
import { Checkbox } from '@atlaskit/checkbox';
import { ErrorMessage, HelperMessage, Label } from '@atlaskit/form';
import Heading from '@atlaskit/heading';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import Select from '@atlaskit/select';
import TextArea from '@atlaskit/textarea';
import Textfield from '@atlaskit/textfield';
import { ENGLISH_MESSAGES, type Weekday } from '@xloop/shared-core';
import { type ReactNode, useId, useMemo, useState } from 'react';
import { type FieldErrors, RULES, rangeText, type SettingsDraft } from './settings-draft';
import { timeZones } from './time-zones';

/** A change to the draft, and the field (the core's path) it is about, so a stale server message can go. */
export type DraftChange = (patch: Partial<SettingsDraft>, field: string) => void;

export interface SettingsFormProps {
  readonly draft: SettingsDraft;
  readonly errors: FieldErrors;
  readonly onChange: DraftChange;
}

const WEEKDAYS: readonly { readonly day: Weekday; readonly name: string }[] = [
  { day: 1, name: 'Monday' },
  { day: 2, name: 'Tuesday' },
  { day: 3, name: 'Wednesday' },
  { day: 4, name: 'Thursday' },
  { day: 5, name: 'Friday' },
  { day: 6, name: 'Saturday' },
  { day: 7, name: 'Sunday' },
];

// A fieldset without its default frame: the legend still names the group for screen readers.
const fieldset = { border: 0, padding: 0, margin: 0, minWidth: 0 } as const;
const section = xcss({
  borderBlockStartWidth: 'border.width',
  borderBlockStartStyle: 'solid',
  borderBlockStartColor: 'color.border',
  paddingBlockStart: 'space.200',
});
const narrow = xcss({ maxWidth: '16rem' });
const wide = xcss({ maxWidth: '24rem' });
const unit = xcss({ paddingInlineEnd: 'space.100', color: 'color.text.subtle', whiteSpace: 'nowrap' });
const holidayList = xcss({ margin: 'space.0', paddingInlineStart: 'space.0', listStyle: 'none' });

/** The ids a field's input points at with `aria-describedby`: its help, then its problem when it has one. */
const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;

const fieldId = (base: string, field: string) => `${base}-${field.replace(/\./g, '-')}`;

/** A problem shown under its field, with the id the field's `aria-describedby` names. */
function FieldError({ id, message }: { readonly id: string; readonly message: string | undefined }) {
  return message ? (
    <div id={id}>
      <ErrorMessage>{message}</ErrorMessage>
    </div>
  ) : null;
}

function Help({ id, children }: { readonly id: string; readonly children: ReactNode }) {
  return (
    <div id={id}>
      <HelperMessage>{children}</HelperMessage>
    </div>
  );
}

interface NumberFieldProps {
  readonly base: string;
  readonly field: keyof typeof RULES;
  readonly label: string;
  readonly unitLabel: string;
  readonly help?: ReactNode;
  readonly value: string;
  readonly error: string | undefined;
  readonly disabled?: boolean;
  onChange(value: string): void;
}

/** A number with its unit after it; the core's range as the input's min and max. */
function NumberField({
  base,
  field,
  label,
  unitLabel,
  help,
  value,
  error,
  disabled,
  onChange,
}: NumberFieldProps) {
  const id = fieldId(base, field);
  const rule = RULES[field];
  return (
    <Stack space="space.050">
      <Label htmlFor={id}>{label}</Label>
      <Box xcss={narrow}>
        <Textfield
          id={id}
          name={field}
          type="number"
          inputMode={rule.whole ? 'numeric' : 'decimal'}
          min={rule.min}
          {...(Number.isFinite(rule.max) ? { max: rule.max } : {})}
          step={rule.whole ? 1 : 'any'}
          value={value}
          isInvalid={error !== undefined}
          isDisabled={disabled}
          aria-describedby={describedBy(
            help !== undefined && `${id}-help`,
            error !== undefined && `${id}-error`,
          )}
          onChange={(event) => onChange(event.currentTarget.value)}
          elemAfterInput={
            <Box as="span" xcss={unit} aria-hidden>
              {unitLabel}
            </Box>
          }
        />
      </Box>
      {help !== undefined ? <Help id={`${id}-help`}>{help}</Help> : null}
      <FieldError id={`${id}-error`} message={error} />
    </Stack>
  );
}

interface ListFieldProps {
  readonly base: string;
  readonly field: string;
  readonly label: string;
  readonly help: ReactNode;
  readonly value: string;
  readonly error: string | undefined;
  onChange(value: string): void;
}

/** A list of words, one per line. */
function ListField({ base, field, label, help, value, error, onChange }: ListFieldProps) {
  const id = fieldId(base, field);
  return (
    <Stack space="space.050">
      <Label htmlFor={id}>{label}</Label>
      <TextArea
        id={id}
        name={field}
        value={value}
        minimumRows={Math.min(8, Math.max(3, value.split('\n').length))}
        resize="vertical"
        isInvalid={error !== undefined}
        aria-describedby={describedBy(`${id}-help`, error !== undefined && `${id}-error`)}
        onChange={(event) => onChange(event.currentTarget.value)}
      />
      <Help id={`${id}-help`}>{help}</Help>
      <FieldError id={`${id}-error`} message={error} />
    </Stack>
  );
}

function Section({ title, children }: { readonly title: string; readonly children: ReactNode }) {
  const id = useId();
  return (
    <Box as="section" xcss={section} aria-labelledby={id}>
      <Stack space="space.200">
        <Heading size="small" as="h2" id={id}>
          {title}
        </Heading>
        {children}
      </Stack>
    </Box>
  );
}

const formatDay = (day: string) => {
  const date = new Date(`${day}T12:00:00Z`);
  return Number.isNaN(date.getTime())
    ? day
    : new Intl.DateTimeFormat('en', {
        weekday: 'short',
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        timeZone: 'UTC',
      }).format(date);
};

/**
 * Every setting of the timing policy and of scores, each with its own control, label, help and problem. It only
 * edits the draft; reading, saving and previewing are the screen's.
 */
export function SettingsForm({ draft, errors, onChange }: SettingsFormProps) {
  const base = useId().replace(/:/g, '');
  const id = (field: string) => fieldId(base, field);
  const zones = useMemo(
    () => timeZones(draft.timeZone).map((zone) => ({ label: zone, value: zone })),
    [draft.timeZone],
  );
  const [holiday, setHoliday] = useState('');
  const error = (field: string) => errors[field];
  const windowError = errors['policy.businessHours'];

  const addHoliday = () => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(holiday)) return;
    if (!draft.holidays.includes(holiday))
      onChange({ holidays: [...draft.holidays, holiday].sort() }, 'policy.holidays');
    setHoliday('');
  };

  return (
    <Stack space="space.300">
      <Section title="When to invite">
        <NumberField
          base={base}
          field="policy.graceMinutes"
          label="Wait after resolution"
          unitLabel="minutes"
          help={`A reopen within this time cancels the survey. ${rangeText(RULES['policy.graceMinutes'])} minutes (a week).`}
          value={draft.graceMinutes}
          error={error('policy.graceMinutes')}
          onChange={(graceMinutes) => onChange({ graceMinutes }, 'policy.graceMinutes')}
        />

        <fieldset
          style={fieldset}
          aria-describedby={describedBy(
            `${id('days')}-help`,
            error('policy.businessHours.days') && `${id('days')}-error`,
          )}
        >
          <legend>
            <Text weight="bold" size="small">
              Days surveys may go out
            </Text>
          </legend>
          <Stack space="space.050">
            <Inline space="space.100" shouldWrap>
              {WEEKDAYS.map(({ day, name }) => (
                <Checkbox
                  key={day}
                  id={`${id('days')}-${day}`}
                  name="policy.businessHours.days"
                  value={String(day)}
                  label={name}
                  isChecked={draft.days.includes(day)}
                  isInvalid={error('policy.businessHours.days') !== undefined}
                  onChange={(event) =>
                    onChange(
                      {
                        days: event.target.checked
                          ? [...draft.days, day].sort()
                          : draft.days.filter((d) => d !== day),
                      },
                      'policy.businessHours.days',
                    )
                  }
                />
              ))}
            </Inline>
            <Help id={`${id('days')}-help`}>In the requester’s own time zone.</Help>
            <FieldError id={`${id('days')}-error`} message={error('policy.businessHours.days')} />
          </Stack>
        </fieldset>

        <Inline space="space.300" shouldWrap>
          <Stack space="space.050">
            <Label htmlFor={id('start')}>Sending starts at</Label>
            <Box xcss={narrow}>
              <Textfield
                id={id('start')}
                name="policy.businessHours.start"
                type="time"
                value={draft.start}
                isInvalid={error('policy.businessHours.start') !== undefined || windowError !== undefined}
                aria-describedby={describedBy(
                  error('policy.businessHours.start') && `${id('start')}-error`,
                  windowError && `${id('end')}-error`,
                )}
                onChange={(event) =>
                  onChange({ start: event.currentTarget.value }, 'policy.businessHours.start')
                }
              />
            </Box>
            <FieldError id={`${id('start')}-error`} message={error('policy.businessHours.start')} />
          </Stack>
          <Stack space="space.050">
            <Label htmlFor={id('end')}>Sending stops at</Label>
            <Box xcss={narrow}>
              <Textfield
                id={id('end')}
                name="policy.businessHours.end"
                type="time"
                value={draft.end === '24:00' ? '' : draft.end}
                isDisabled={draft.end === '24:00'}
                isInvalid={error('policy.businessHours.end') !== undefined || windowError !== undefined}
                aria-describedby={describedBy(
                  (error('policy.businessHours.end') || windowError) && `${id('end')}-error`,
                )}
                onChange={(event) => onChange({ end: event.currentTarget.value }, 'policy.businessHours.end')}
              />
            </Box>
            <Checkbox
              id={`${id('end')}-midnight`}
              label="Until midnight (24:00)"
              isChecked={draft.end === '24:00'}
              onChange={(event) =>
                onChange({ end: event.target.checked ? '24:00' : '17:00' }, 'policy.businessHours.end')
              }
            />
            <FieldError
              id={`${id('end')}-error`}
              message={
                [error('policy.businessHours.end'), windowError].filter(Boolean).join(' ') || undefined
              }
            />
          </Stack>
        </Inline>

        <Stack space="space.050">
          <Label htmlFor={id('timeZone')}>Time zone for requesters whose own is unknown</Label>
          <Box xcss={wide}>
            <Select
              inputId={id('timeZone')}
              options={zones}
              value={{ label: draft.timeZone, value: draft.timeZone }}
              isInvalid={error('policy.timeZone') !== undefined}
              descriptionId={describedBy(
                `${id('timeZone')}-help`,
                error('policy.timeZone') && `${id('timeZone')}-error`,
              )}
              onChange={(option) => option && onChange({ timeZone: option.value }, 'policy.timeZone')}
            />
          </Box>
          <Help id={`${id('timeZone')}-help`}>Type to search, for example “Helsinki”.</Help>
          <FieldError id={`${id('timeZone')}-error`} message={error('policy.timeZone')} />
        </Stack>

        <Stack space="space.100">
          <Label htmlFor={id('holiday')}>Holidays (nothing is sent on these days)</Label>
          <Inline space="space.100" alignBlock="center">
            <Box xcss={narrow}>
              <Textfield
                id={id('holiday')}
                type="date"
                value={holiday}
                isInvalid={error('policy.holidays') !== undefined}
                aria-describedby={describedBy(error('policy.holidays') && `${id('holiday')}-error`)}
                onChange={(event) => setHoliday(event.currentTarget.value)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter') {
                    event.preventDefault();
                    addHoliday();
                  }
                }}
              />
            </Box>
            <Button onClick={addHoliday} isDisabled={holiday === ''}>
              Add holiday
            </Button>
          </Inline>
          <FieldError id={`${id('holiday')}-error`} message={error('policy.holidays')} />
          {draft.holidays.length === 0 ? (
            <Text size="small" color="color.text.subtle">
              No holidays.
            </Text>
          ) : (
            <Box as="ul" xcss={holidayList} aria-label="Holidays">
              {draft.holidays.map((day) => (
                <li key={day}>
                  <Inline space="space.100" alignBlock="center">
                    <Text>
                      <time dateTime={day}>{formatDay(day)}</time>
                    </Text>
                    <Button
                      appearance="subtle"
                      spacing="compact"
                      aria-label={`Remove ${day}`}
                      onClick={() =>
                        onChange({ holidays: draft.holidays.filter((d) => d !== day) }, 'policy.holidays')
                      }
                    >
                      Remove
                    </Button>
                  </Inline>
                </li>
              ))}
            </Box>
          )}
        </Stack>
      </Section>

      <Section title="Reminder and expiry">
        <Checkbox
          id={id('remind')}
          label="Send one reminder to requesters who have not answered"
          isChecked={draft.remind}
          onChange={(event) => onChange({ remind: event.target.checked }, 'policy.reminderAfterHours')}
        />
        <NumberField
          base={base}
          field="policy.reminderAfterHours"
          label="Remind after"
          unitLabel="hours"
          help={`After the invitation was sent; ${rangeText(RULES['policy.reminderAfterHours'])} hours.`}
          value={draft.reminderAfterHours}
          disabled={!draft.remind}
          error={draft.remind ? error('policy.reminderAfterHours') : undefined}
          onChange={(reminderAfterHours) => onChange({ reminderAfterHours }, 'policy.reminderAfterHours')}
        />
        <NumberField
          base={base}
          field="policy.expireAfterDays"
          label="Unanswered surveys expire after"
          unitLabel="days"
          help={`${rangeText(RULES['policy.expireAfterDays'])} days after sending.`}
          value={draft.expireAfterDays}
          error={error('policy.expireAfterDays')}
          onChange={(expireAfterDays) => onChange({ expireAfterDays }, 'policy.expireAfterDays')}
        />
      </Section>

      <Section title="Survey fatigue">
        <NumberField
          base={base}
          field="policy.minDaysBetweenSurveys"
          label="Minimum days between surveys"
          unitLabel="days"
          help={`Per requester; ${rangeText(RULES['policy.minDaysBetweenSurveys'])}, fractions allowed.`}
          value={draft.minDaysBetweenSurveys}
          error={error('policy.minDaysBetweenSurveys')}
          onChange={(minDaysBetweenSurveys) =>
            onChange({ minDaysBetweenSurveys }, 'policy.minDaysBetweenSurveys')
          }
        />
        <NumberField
          base={base}
          field="policy.maxSurveysPer30Days"
          label="Most surveys per requester in 30 days"
          unitLabel="surveys"
          help={`${rangeText(RULES['policy.maxSurveysPer30Days'])}.`}
          value={draft.maxSurveysPer30Days}
          error={error('policy.maxSurveysPer30Days')}
          onChange={(maxSurveysPer30Days) => onChange({ maxSurveysPer30Days }, 'policy.maxSurveysPer30Days')}
        />
      </Section>

      <Section title="Who is surveyed">
        <NumberField
          base={base}
          field="policy.samplingRate"
          label="Sampling rate"
          unitLabel="%"
          help={`Share of eligible resolutions surveyed, chosen by ticket so a replay decides the same; ${rangeText(RULES['policy.samplingRate'])} %.`}
          value={draft.samplingPercent}
          error={error('policy.samplingRate')}
          onChange={(samplingPercent) => onChange({ samplingPercent }, 'policy.samplingRate')}
        />
        <fieldset
          style={fieldset}
          aria-describedby={describedBy(error('policy.surveyKinds') && `${id('kinds')}-error`)}
        >
          <legend>
            <Text weight="bold" size="small">
              Kinds of ticket surveyed
            </Text>
          </legend>
          <Stack space="space.050">
            <Inline space="space.200">
              <Checkbox
                id={`${id('kinds')}-incident`}
                label="Incidents"
                isChecked={draft.surveyIncidents}
                onChange={(event) =>
                  onChange({ surveyIncidents: event.target.checked }, 'policy.surveyKinds')
                }
              />
              <Checkbox
                id={`${id('kinds')}-request`}
                label="Requests"
                isChecked={draft.surveyRequests}
                onChange={(event) => onChange({ surveyRequests: event.target.checked }, 'policy.surveyKinds')}
              />
            </Inline>
            {!draft.surveyIncidents && !draft.surveyRequests ? (
              <Text size="small" color="color.text.warning">
                With neither, no survey is sent.
              </Text>
            ) : null}
            <FieldError id={`${id('kinds')}-error`} message={error('policy.surveyKinds')} />
          </Stack>
        </fieldset>
        <ListField
          base={base}
          field="policy.excludedResolutionCodes"
          label="Resolution codes never surveyed"
          help="One per line, compared without case, for example Duplicate."
          value={draft.excludedResolutionCodes}
          error={error('policy.excludedResolutionCodes')}
          onChange={(excludedResolutionCodes) =>
            onChange({ excludedResolutionCodes }, 'policy.excludedResolutionCodes')
          }
        />
        <ListField
          base={base}
          field="policy.excludedRequestTypes"
          label="Request types never surveyed"
          help="One per line, compared without case."
          value={draft.excludedRequestTypes}
          error={error('policy.excludedRequestTypes')}
          onChange={(excludedRequestTypes) =>
            onChange({ excludedRequestTypes }, 'policy.excludedRequestTypes')
          }
        />
        <ListField
          base={base}
          field="policy.serviceAccounts"
          label="Service accounts never surveyed"
          help="Account ids or e-mail addresses of integrations and monitoring, one per line."
          value={draft.serviceAccounts}
          error={error('policy.serviceAccounts')}
          onChange={(serviceAccounts) => onChange({ serviceAccounts }, 'policy.serviceAccounts')}
        />
      </Section>

      <Section title="Scores">
        <NumberField
          base={base}
          field="minimumSample"
          label="Fewest answers to show a score"
          unitLabel="answers"
          help={`Below this a score reads “${ENGLISH_MESSAGES.notEnoughAnswers.toLowerCase()}”; ${rangeText(RULES.minimumSample)}.`}
          value={draft.minimumSample}
          error={error('minimumSample')}
          onChange={(minimumSample) => onChange({ minimumSample }, 'minimumSample')}
        />
        <fieldset
          style={fieldset}
          aria-describedby={describedBy(
            `${id('reference')}-help`,
            error('reference') && `${id('reference')}-error`,
          )}
        >
          <legend>
            <Text weight="bold" size="small">
              Benchmark
            </Text>
          </legend>
          <Stack space="space.150">
            <Help id={`${id('reference')}-help`}>
              Opportunities are compared with these values; leave all empty to compare with your own
              organisation.
            </Help>
            <Stack space="space.050">
              <Label htmlFor={id('reference.name')}>Benchmark name</Label>
              <Box xcss={wide}>
                <Textfield
                  id={id('reference.name')}
                  value={draft.referenceName}
                  onChange={(event) => onChange({ referenceName: event.currentTarget.value }, 'reference')}
                />
              </Box>
            </Stack>
            <NumberField
              base={base}
              field="reference.happiness"
              label="Benchmark happiness"
              unitLabel="points"
              help={`${rangeText(RULES['reference.happiness'])}.`}
              value={draft.referenceHappiness}
              error={error('reference.happiness')}
              onChange={(referenceHappiness) => onChange({ referenceHappiness }, 'reference.happiness')}
            />
            <NumberField
              base={base}
              field="reference.lostMinutes"
              label="Benchmark lost time per ticket"
              unitLabel="minutes"
              help={`${rangeText(RULES['reference.lostMinutes'])}.`}
              value={draft.referenceLostMinutes}
              error={error('reference.lostMinutes')}
              onChange={(referenceLostMinutes) => onChange({ referenceLostMinutes }, 'reference.lostMinutes')}
            />
            <FieldError id={`${id('reference')}-error`} message={error('reference')} />
          </Stack>
        </fieldset>
      </Section>
    </Stack>
  );
}
