import Button from '@atlaskit/button/new';
import { ErrorMessage, HelperMessage } from '@atlaskit/form';
import Heading from '@atlaskit/heading';
import { Box, Inline, Stack, xcss } from '@atlaskit/primitives';
import TextArea from '@atlaskit/textarea';
import TextField from '@atlaskit/textfield';
import { type InitiativeError, validateInitiativeFields } from '@xloop/shared-core';
import { type FormEvent, useId, useRef, useState } from 'react';
import { type CallError, call } from '../bridge/call';
import { Problem } from '../shared/Problem';
import { asCallError } from '../shared/use-call';
import { segmentLabel } from './format';
import { NativeSelect } from './NativeSelect';
import type { Initiative, Opportunity } from './types';

/** The relative effort points the board orders by (cost of delay ÷ effort). */
export const EFFORTS = [1, 2, 3, 5, 8, 13, 20, 40] as const;

const form = xcss({
  borderWidth: 'border.width',
  borderStyle: 'solid',
  borderColor: 'color.border.accent.blue',
  borderRadius: 'radius.large',
  backgroundColor: 'elevation.surface.sunken',
  padding: 'space.200',
  maxWidth: '40rem',
});

/** The core's field errors from a refusal, by field. */
function refusedFields(error: CallError): Record<string, string> {
  const details = error.details as { errors?: readonly InitiativeError[] } | undefined;
  const byField: Record<string, string> = {};
  for (const e of details?.errors ?? []) byField[e.field] ??= e.message;
  return byField;
}

/** A new, unique initiative id; one per form, so sending the form again after a failure creates one initiative. */
function newId(): string {
  return (
    globalThis.crypto?.randomUUID?.() ?? `initiative-${Date.now()}-${Math.random().toString(36).slice(2)}`
  );
}

/**
 * The small form that turns an opportunity into an initiative: the title (prefilled from the opportunity), the
 * hypothesis and the effort. Checked with the core's own rules before it is sent.
 */
export function CreateInitiativeForm({
  opportunity,
  onCreated,
  onCancel,
}: {
  readonly opportunity: Pick<Opportunity, 'key' | 'segment'>;
  onCreated(initiative: Initiative): void;
  onCancel(): void;
}) {
  const id = useId();
  const initiativeId = useRef(newId());
  const [title, setTitle] = useState(`Improve ${segmentLabel(opportunity.segment)}`);
  const [hypothesis, setHypothesis] = useState('');
  const [effort, setEffort] = useState(3);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<CallError | undefined>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = validateInitiativeFields({ title, hypothesis, effort });
    const byField: Record<string, string> = {};
    for (const p of problems) byField[p.field] ??= p.message;
    setErrors(byField);
    setFailure(undefined);
    if (problems.length > 0) return;
    setBusy(true);
    try {
      const created = await call<Initiative>('createInitiative', {
        id: initiativeId.current,
        title: title.trim(),
        opportunityKey: opportunity.key,
        ...(hypothesis.trim() ? { hypothesis: hypothesis.trim() } : {}),
        effort,
      });
      onCreated(created);
    } catch (error) {
      const refusal = asCallError(error);
      setErrors(refusedFields(refusal));
      setFailure(refusal);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box xcss={form}>
      <form onSubmit={submit} noValidate aria-labelledby={`${id}-heading`}>
        <Stack space="space.200">
          <Heading size="xsmall" as="h4" id={`${id}-heading`}>
            New initiative for {segmentLabel(opportunity.segment)}
          </Heading>
          {failure && Object.keys(refusedFields(failure)).length === 0 ? (
            <Problem error={failure} title="The initiative could not be created." />
          ) : null}
          <Stack space="space.050">
            <label htmlFor={`${id}-title`}>Title</label>
            <TextField
              id={`${id}-title`}
              name="title"
              value={title}
              isInvalid={errors.title !== undefined}
              aria-describedby={errors.title ? `${id}-title-error` : undefined}
              onChange={(event) => setTitle(event.currentTarget.value)}
            />
            {errors.title ? (
              <ErrorMessage>
                <span id={`${id}-title-error`}>{errors.title}</span>
              </ErrorMessage>
            ) : null}
          </Stack>
          <Stack space="space.050">
            <label htmlFor={`${id}-hypothesis`}>Hypothesis</label>
            <TextArea
              id={`${id}-hypothesis`}
              name="hypothesis"
              value={hypothesis}
              isInvalid={errors.hypothesis !== undefined}
              aria-describedby={`${id}-hypothesis-help`}
              onChange={(event) => setHypothesis(event.currentTarget.value)}
            />
            <HelperMessage>
              <span id={`${id}-hypothesis-help`}>What you will change, and what you expect it to do.</span>
            </HelperMessage>
            {errors.hypothesis ? <ErrorMessage>{errors.hypothesis}</ErrorMessage> : null}
          </Stack>
          <Box>
            <NativeSelect
              label="Effort (points)"
              value={String(effort)}
              options={EFFORTS.map((e) => ({ value: String(e), label: String(e) }))}
              onChange={(value) => setEffort(Number(value))}
            />
            {errors.effort ? <ErrorMessage>{errors.effort}</ErrorMessage> : null}
          </Box>
          <Inline space="space.100">
            <Button type="submit" appearance="primary" isLoading={busy}>
              Create initiative
            </Button>
            <Button onClick={onCancel}>Cancel</Button>
          </Inline>
        </Stack>
      </form>
    </Box>
  );
}
