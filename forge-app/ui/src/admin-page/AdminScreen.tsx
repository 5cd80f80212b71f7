import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import Lozenge from '@atlaskit/lozenge';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import Spinner from '@atlaskit/spinner';
import type { Settings, SettingsError } from '@xloop/shared-core';
import { type FormEvent, useMemo, useRef, useState } from 'react';
import { type CallError, call } from '../bridge/call';
import { Problem } from '../shared/Problem';
import { asCallError, useLoad } from '../shared/use-call';
import { ForgeSettings } from './ForgeSettings';
import { PreviewPanel } from './PreviewPanel';
import { type DraftChange, SettingsForm } from './SettingsForm';
import { SiteCheck } from './SiteCheck';
import {
  draftOf,
  errorsByField,
  type FieldErrors,
  payloadOf,
  readDraft,
  type SettingsDraft,
  sameDraft,
} from './settings-draft';
import { isValidTimeZone } from './time-zones';
import { usePreviews } from './use-preview';

const columns = xcss({ display: 'flex', flexWrap: 'wrap', gap: 'space.400', alignItems: 'flex-start' });
const formColumn = xcss({ flexGrow: 3, flexShrink: 1, flexBasis: '28rem', minWidth: '0' });
const previewColumn = xcss({
  flexGrow: 2,
  flexShrink: 1,
  flexBasis: '22rem',
  minWidth: '0',
  position: 'sticky',
  insetBlockStart: 'space.200',
  padding: 'space.200',
  borderRadius: 'radius.large',
  backgroundColor: 'elevation.surface.sunken',
});
const footer = xcss({
  paddingBlock: 'space.150',
  borderBlockStartWidth: 'border.width',
  borderBlockStartStyle: 'solid',
  borderBlockStartColor: 'color.border',
});

type Outcome =
  | { readonly kind: 'saved' }
  | { readonly kind: 'invalid'; readonly count: number }
  | { readonly kind: 'refused'; readonly error: CallError };

/** The admin's settings page once the saved settings are in: the form, its preview, save and reset. */
export function SettingsEditor({ initial }: { readonly initial: Settings }) {
  const [saved, setSaved] = useState(initial);
  const [draft, setDraft] = useState<SettingsDraft>(() => draftOf(initial));
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const [reported, setOutcome] = useState<Outcome | undefined>();
  const form = useRef<HTMLFormElement>(null);

  const read = useMemo(() => readDraft(draft, isValidTimeZone, saved), [draft, saved]);
  const clientInvalid = Object.keys(read.errors).length > 0;
  // "Fix the problems" goes once they are fixed.
  const outcome = reported?.kind === 'invalid' && !clientInvalid ? undefined : reported;
  const errors = { ...serverErrors, ...read.errors };
  const changed = !sameDraft(draft, draftOf(saved));
  const previews = usePreviews(saved, clientInvalid ? undefined : read.settings);

  const change: DraftChange = (patch, field) => {
    setDraft((current) => ({ ...current, ...patch }));
    // The server's word on this field (or on the group it belongs to, or on anything not about one field) goes.
    setServerErrors((current) => {
      const stale = (key: string) =>
        key === '' || key === field || field.startsWith(`${key}.`) || key.startsWith(`${field}.`);
      return Object.keys(current).some(stale)
        ? Object.fromEntries(Object.entries(current).filter(([key]) => !stale(key)))
        : current;
    });
    if (outcome?.kind === 'saved') setOutcome(undefined);
  };

  const focusFirstProblem = () =>
    requestAnimationFrame(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (clientInvalid) {
      setOutcome({ kind: 'invalid', count: Object.keys(read.errors).length });
      focusFirstProblem();
      return;
    }
    setBusy(true);
    setOutcome(undefined);
    try {
      const stored = await call<Settings>('saveSettings', { settings: payloadOf(read.settings) });
      setSaved(stored);
      setDraft(draftOf(stored));
      setServerErrors({});
      setOutcome({ kind: 'saved' });
    } catch (failure) {
      const error = asCallError(failure);
      const details = Array.isArray(error.details) ? (error.details as Partial<SettingsError>[]) : [];
      setServerErrors(errorsByField(details));
      setOutcome({ kind: 'refused', error });
      if (details.length > 0) focusFirstProblem();
    } finally {
      setBusy(false);
    }
  };

  const reset = () => {
    setDraft(draftOf(saved));
    setServerErrors({});
    setOutcome(undefined);
  };

  return (
    <Box xcss={columns}>
      <Box xcss={formColumn}>
        <form ref={form} onSubmit={save} noValidate aria-label="Timing rules and scores">
          <Stack space="space.300">
            <SettingsForm draft={draft} errors={errors} onChange={change} />
            {errors[''] ? (
              <SectionMessage appearance="error" title="Other problems">
                <Text as="p">{errors['']}</Text>
              </SectionMessage>
            ) : null}
            <Box xcss={footer}>
              <Stack space="space.150">
                <div role="alert">
                  {outcome?.kind === 'invalid' ? (
                    <SectionMessage appearance="error" title="The settings were not saved">
                      <Text as="p">
                        {outcome.count === 1
                          ? 'Fix the problem shown beside its field, then save again.'
                          : `Fix the ${outcome.count} problems shown beside their fields, then save again.`}
                      </Text>
                    </SectionMessage>
                  ) : outcome?.kind === 'refused' ? (
                    <SectionMessage appearance="error" title="The settings were not saved">
                      <Text as="p">
                        {Array.isArray(outcome.error.details) && outcome.error.details.length > 0
                          ? `${outcome.error.message} Each is shown beside its field.`
                          : outcome.error.message}
                      </Text>
                    </SectionMessage>
                  ) : null}
                </div>
                <div role="status">
                  {outcome?.kind === 'saved' ? (
                    <SectionMessage appearance="success" title="Settings saved">
                      <Text as="p">New resolutions follow these rules from now on.</Text>
                    </SectionMessage>
                  ) : null}
                </div>
                <Inline space="space.100" alignBlock="center">
                  <Button type="submit" appearance="primary" isLoading={busy}>
                    Save settings
                  </Button>
                  <Button onClick={reset} isDisabled={!changed || busy}>
                    Reset to saved
                  </Button>
                  {changed ? <Lozenge appearance="inprogress">Unsaved changes</Lozenge> : null}
                </Inline>
              </Stack>
            </Box>
          </Stack>
        </form>
      </Box>
      <Box xcss={previewColumn}>
        <PreviewPanel
          edited={previews.edited}
          saved={previews.saved}
          changed={previews.changed}
          invalid={clientInvalid}
          onRun={previews.run}
        />
      </Box>
    </Box>
  );
}

/** The admin page: XLoop's settings, and the Jira ones when the app runs on Forge. */
export function AdminScreen() {
  const settings = useLoad(() => call<Settings>('getSettings'), []);
  return (
    <Stack space="space.300">
      <Stack space="space.100">
        <Heading size="large" as="h1">
          XLoop settings
        </Heading>
        <Text as="p" color="color.text.subtle">
          When customers are asked to rate their resolved tickets, and how scores are shown.
        </Text>
      </Stack>
      {settings.state === 'loading' ? (
        <Spinner label="Loading the settings" />
      ) : settings.state === 'failed' ? (
        <Problem error={settings.error} title="The settings could not be loaded" />
      ) : (
        <SettingsEditor initial={settings.value} />
      )}
      <SiteCheck />
      <ForgeSettings />
    </Stack>
  );
}
