import Button from '@atlaskit/button/new';
import { ErrorMessage, HelperMessage, Label } from '@atlaskit/form';
import Heading from '@atlaskit/heading';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import TextArea from '@atlaskit/textarea';
import Textfield from '@atlaskit/textfield';
import { type FormEvent, useId, useState } from 'react';
import { type CallError, call } from '../bridge/call';
import { Problem } from '../shared/Problem';
import { asCallError, useLoad } from '../shared/use-call';

/**
 * The Forge app's own settings (`getForgeConfig`): how surveys reach customers, the CSI managers' groups (agents and
 * admins come from Jira's permissions), the CSI project and the service projects surveyed.
 */
export interface ForgeConfig {
  readonly delivery: 'comment' | 'notify';
  readonly roleGroups: {
    readonly agent?: readonly string[];
    readonly csiManager: readonly string[];
    readonly admin?: readonly string[];
  };
  readonly csiProject?: { readonly key: string; readonly issueType: string };
  readonly serviceProjects?: readonly string[];
}

interface ForgeDraft {
  readonly delivery: 'comment' | 'notify';
  readonly csiManager: string;
  readonly projectKey: string;
  readonly issueType: string;
  readonly serviceProjects: string;
}

const draftOf = (config: ForgeConfig): ForgeDraft => ({
  delivery: config.delivery,
  csiManager: config.roleGroups.csiManager.join('\n'),
  projectKey: config.csiProject?.key ?? '',
  issueType: config.csiProject?.issueType ?? '',
  serviceProjects: (config.serviceProjects ?? []).join(', '),
});

const groups = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);

/**
 * The config the draft stands for, or its problems by field, as `validateForgeConfig` in the Forge app reads it.
 * @example readForgeDraft({ …, projectKey: 'csi' }).errors.projectKey // 'A project key is …'
 */
export function readForgeDraft(draft: ForgeDraft): {
  config: Record<string, unknown>;
  errors: Record<string, string>;
} {
  const errors: Record<string, string> = {};
  const key = draft.projectKey.trim();
  const issueType = draft.issueType.trim();
  if (key && !/^[A-Z][A-Z0-9_]{1,9}$/.test(key))
    errors.projectKey =
      'A project key is 2 to 10 capital letters, digits or _, starting with a letter, such as CSI.';
  if (key && !issueType) errors.issueType = 'Give the issue type initiatives are created as, such as Task.';
  if (!key && issueType) errors.projectKey = 'Give the project for this issue type, or clear both.';
  const roleGroups = { csiManager: groups(draft.csiManager) };
  if (roleGroups.csiManager.some((name) => name.length > 255))
    errors.csiManager = 'A group name is at most 255 characters.';
  const serviceProjects = draft.serviceProjects
    .split(/[\s,]+/)
    .map((k) => k.trim().toUpperCase())
    .filter((k) => k.length > 0);
  if (serviceProjects.some((k) => !/^[A-Z][A-Z0-9_]{1,9}$/.test(k)))
    errors.serviceProjects =
      'Give project keys such as HELP, separated by commas; leave empty for every service project.';
  return {
    config: {
      delivery: draft.delivery,
      roleGroups,
      csiProject: key ? { key, issueType } : null,
      serviceProjects,
    },
    errors,
  };
}

const fieldset = { border: 0, padding: 0, margin: 0, minWidth: 0 } as const;
const section = xcss({
  borderBlockStartWidth: 'border.width',
  borderBlockStartStyle: 'solid',
  borderBlockStartColor: 'color.border',
  paddingBlockStart: 'space.300',
  maxWidth: '48rem',
});
const narrow = xcss({ maxWidth: '16rem' });

/** The Forge section, shown only where `getForgeConfig` exists: the sandbox has none, and says nothing of it. */
export function ForgeSettings() {
  const loaded = useLoad(() => call<ForgeConfig>('getForgeConfig'), []);
  if (loaded.state === 'loading') return null;
  if (loaded.state === 'failed') {
    if (loaded.error.code === 'unknown-resolver' || loaded.error.status === 404) return null;
    return (
      <Box as="section" xcss={section} aria-label="Jira settings">
        <Problem error={loaded.error} title="The Jira settings could not be loaded" />
      </Box>
    );
  }
  return <ForgeSettingsForm initial={loaded.value} />;
}

export function ForgeSettingsForm({ initial }: { readonly initial: ForgeConfig }) {
  const base = useId().replace(/:/g, '');
  const [draft, setDraft] = useState(() => draftOf(initial));
  const [shown, setShown] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ saved: true } | { saved: false; error: CallError } | undefined>();
  const read = readForgeDraft(draft);
  const errors = { ...shown, ...read.errors };
  const edit = (patch: Partial<ForgeDraft>) => {
    setDraft((current) => ({ ...current, ...patch }));
    setShown({});
    setOutcome(undefined);
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (Object.keys(read.errors).length > 0) {
      setShown(read.errors);
      return;
    }
    setBusy(true);
    setOutcome(undefined);
    try {
      const stored = await call<ForgeConfig>('saveForgeConfig', { config: read.config });
      setDraft(draftOf(stored));
      setOutcome({ saved: true });
    } catch (failure) {
      setOutcome({ saved: false, error: asCallError(failure) });
    } finally {
      setBusy(false);
    }
  };

  const id = (name: string) => `${base}-${name}`;
  const area = (name: 'csiManager', label: string) => (
    <Stack space="space.050">
      <Label htmlFor={id(name)}>{label}</Label>
      <TextArea
        id={id(name)}
        value={draft[name]}
        minimumRows={2}
        isInvalid={errors[name] !== undefined}
        aria-describedby={[`${id('groups-help')}`, errors[name] ? id(`${name}-error`) : ''].join(' ').trim()}
        onChange={(event) => edit({ [name]: event.currentTarget.value })}
      />
      {errors[name] ? (
        <div id={id(`${name}-error`)}>
          <ErrorMessage>{errors[name]}</ErrorMessage>
        </div>
      ) : null}
    </Stack>
  );
  const details =
    outcome && !outcome.saved && Array.isArray(outcome.error.details) ? outcome.error.details : [];

  return (
    <Box as="section" xcss={section} aria-labelledby={id('heading')}>
      <form onSubmit={save} noValidate>
        <Stack space="space.200">
          <Heading size="medium" as="h2" id={id('heading')}>
            Jira settings
          </Heading>
          <fieldset style={fieldset}>
            <legend>
              <Text weight="bold" size="small">
                How surveys reach customers
              </Text>
            </legend>
            <Stack space="space.050">
              {(
                [
                  ['comment', 'A public comment on the request (customers get Jira’s usual e-mail)'],
                  ['notify', 'A Jira notification e-mail only, without a comment'],
                ] as const
              ).map(([value, label]) => (
                <label key={value}>
                  <Inline space="space.100" alignBlock="center">
                    <input
                      type="radio"
                      name={id('delivery')}
                      value={value}
                      checked={draft.delivery === value}
                      onChange={() => edit({ delivery: value })}
                    />
                    <Text>{label}</Text>
                  </Inline>
                </label>
              ))}
            </Stack>
          </fieldset>
          <Stack space="space.050">
            <Label htmlFor={id('serviceProjects')}>Service projects surveyed</Label>
            <Textfield
              id={id('serviceProjects')}
              value={draft.serviceProjects}
              isInvalid={errors.serviceProjects !== undefined}
              aria-describedby={`${id('projects-help')}${errors.serviceProjects ? ` ${id('serviceProjects-error')}` : ''}`}
              onChange={(event) => edit({ serviceProjects: event.currentTarget.value })}
            />
            {errors.serviceProjects ? (
              <div id={id('serviceProjects-error')}>
                <ErrorMessage>{errors.serviceProjects}</ErrorMessage>
              </div>
            ) : null}
            <div id={id('projects-help')}>
              <HelperMessage>
                Project keys, separated by commas; empty: every service project. Only customer requests
                (issues with a request type) are surveyed.
              </HelperMessage>
            </div>
          </Stack>
          <div id={id('groups-help')}>
            <HelperMessage>
              Agents and administrators come from Jira’s own permissions (JSM agent, Administer Jira). Name
              the Jira groups of CSI managers, one per line.
            </HelperMessage>
          </div>
          {area('csiManager', 'CSI managers’ groups')}
          <SectionMessage appearance="information" title="Turn off JSM’s own satisfaction survey">
            <Text as="p">
              In each surveyed service project, open Project settings › Customer satisfaction and turn it off,
              or requesters get two surveys for one request.
            </Text>
          </SectionMessage>
          <Inline space="space.300" shouldWrap>
            <Stack space="space.050">
              <Label htmlFor={id('projectKey')}>CSI project key</Label>
              <Box xcss={narrow}>
                <Textfield
                  id={id('projectKey')}
                  value={draft.projectKey}
                  isInvalid={errors.projectKey !== undefined}
                  aria-describedby={`${id('project-help')}${errors.projectKey ? ` ${id('projectKey-error')}` : ''}`}
                  onChange={(event) => edit({ projectKey: event.currentTarget.value.toUpperCase() })}
                />
              </Box>
              {errors.projectKey ? (
                <div id={id('projectKey-error')}>
                  <ErrorMessage>{errors.projectKey}</ErrorMessage>
                </div>
              ) : null}
            </Stack>
            <Stack space="space.050">
              <Label htmlFor={id('issueType')}>Issue type of initiatives</Label>
              <Box xcss={narrow}>
                <Textfield
                  id={id('issueType')}
                  value={draft.issueType}
                  isInvalid={errors.issueType !== undefined}
                  aria-describedby={`${id('project-help')}${errors.issueType ? ` ${id('issueType-error')}` : ''}`}
                  onChange={(event) => edit({ issueType: event.currentTarget.value })}
                />
              </Box>
              {errors.issueType ? (
                <div id={id('issueType-error')}>
                  <ErrorMessage>{errors.issueType}</ErrorMessage>
                </div>
              ) : null}
            </Stack>
          </Inline>
          <div id={id('project-help')}>
            <HelperMessage>
              Initiatives are also created as issues there; leave both empty to keep them in XLoop only.
            </HelperMessage>
          </div>
          <div role="alert">
            {outcome && !outcome.saved ? (
              <SectionMessage appearance="error" title="The Jira settings were not saved">
                <Text as="p">{outcome.error.message}</Text>
                {details.length > 0 ? (
                  <ul>
                    {details.map((detail) => (
                      <li key={String(detail)}>
                        {typeof detail === 'string' ? detail : JSON.stringify(detail)}
                      </li>
                    ))}
                  </ul>
                ) : null}
              </SectionMessage>
            ) : null}
          </div>
          <div role="status">
            {outcome?.saved ? (
              <SectionMessage appearance="success" title="Jira settings saved">
                <Text as="p">They apply from the next call on.</Text>
              </SectionMessage>
            ) : null}
          </div>
          <div>
            <Button type="submit" isLoading={busy}>
              Save Jira settings
            </Button>
          </div>
        </Stack>
      </form>
    </Box>
  );
}
