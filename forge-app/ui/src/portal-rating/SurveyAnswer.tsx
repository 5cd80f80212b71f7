import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Stack, Text } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import { useState } from 'react';
import type { CallError } from '../bridge/call-error';
import { Problem } from '../shared/Problem';
import { asCallError } from '../shared/use-call';
import { type Answer, type InstrumentView, textOf } from './instrument-view';
import { RatingForm } from './RatingForm';

/** An answer as the core stores it. */
export interface StoredAnswer {
  readonly score: number;
  readonly factors: readonly string[];
  readonly lostTimeOption?: string;
  readonly comment?: string;
}

/** A survey as the requester sees it: `getMyTicketSurvey` in the portal, the token's follow-up on the one-click page. */
export interface MySurvey {
  readonly surveyId: string;
  readonly state: string;
  readonly open: boolean;
  readonly deadline: number;
  readonly response: StoredAnswer | null;
  readonly instrument: InstrumentView;
}

const asAnswer = (stored: StoredAnswer): Answer => ({
  score: stored.score,
  factors: stored.factors,
  ...(stored.lostTimeOption ? { lostTime: stored.lostTimeOption } : {}),
  ...(stored.comment ? { comment: stored.comment } : {}),
});

/** The core's validation errors, by the field they are about. */
function fieldErrors(error: CallError): Record<string, string> {
  const byField: Record<string, string> = {};
  if (!Array.isArray(error.details)) return byField;
  for (const detail of error.details as { field?: string; message?: string }[]) {
    if (detail.field && detail.message && !byField[detail.field]) byField[detail.field] = detail.message;
  }
  return byField;
}

function formatDate(instant: number, locale: string): string {
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(instant);
  } catch {
    return new Date(instant).toISOString();
  }
}

export interface SurveyAnswerProps {
  readonly survey: MySurvey;
  /** Saves the answer and gives back the stored one; a `CallError` when refused. */
  submit(answer: Answer): Promise<StoredAnswer>;
  /** Open on the questions at once: the one-click page, where the click chose the score but recorded nothing. */
  readonly asking?: boolean;
  /** The score to start the form at when nothing is stored: the score of the link that was clicked. */
  readonly preselected?: number;
}

/**
 * A requester's survey: the questions, or the answer already given with the way to change it while the survey is open.
 */
export function SurveyAnswer({ survey, submit, asking = false, preselected }: SurveyAnswerProps) {
  const [saved, setSaved] = useState<StoredAnswer | undefined>();
  const [editing, setEditing] = useState(asking && survey.open);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<CallError | undefined>();
  const { instrument, open, deadline } = survey;
  const t = (key: string, values?: Record<string, string>) => textOf(instrument, key, values);
  const answer = saved ?? survey.response ?? undefined;

  const send = async (value: Answer) => {
    setBusy(true);
    setFailure(undefined);
    try {
      setSaved(await submit(value));
      setEditing(false);
    } catch (error) {
      setFailure(asCallError(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack space="space.200">
      <Heading size="medium" as="h2">
        {t('survey.title')}
      </Heading>
      {answer && !editing ? (
        <Stack space="space.150">
          <div role="status">
            <SectionMessage appearance="success" title={t('answer.saved')}>
              <Text as="p">{t('thanks')}</Text>
            </SectionMessage>
          </div>
          <AnswerSummary answer={answer} instrument={instrument} />
          {open ? (
            <Stack space="space.100">
              <Text as="p">{t('answer.change', { date: formatDate(deadline, instrument.locale) })}</Text>
              <div>
                <Button onClick={() => setEditing(true)}>{t('answer.edit')}</Button>
              </div>
            </Stack>
          ) : null}
        </Stack>
      ) : open ? (
        <Stack space="space.200">
          {failure && failure.code !== 'invalid-answer' ? <Problem error={failure} /> : null}
          <RatingForm
            instrument={instrument}
            {...(answer
              ? { initial: asAnswer(answer) }
              : preselected !== undefined
                ? { initial: { score: preselected, factors: [] } }
                : {})}
            busy={busy}
            errors={failure ? fieldErrors(failure) : {}}
            onSubmit={send}
          />
        </Stack>
      ) : (
        <Text as="p">{t('survey.closed')}</Text>
      )}
    </Stack>
  );
}

/** The answer given, as the customer chose it. The comment is text: React escapes it. */
export function AnswerSummary({ answer, instrument }: { answer: StoredAnswer; instrument: InstrumentView }) {
  const t = (key: string) => textOf(instrument, key);
  const labels = [
    ...instrument.factors.positive,
    ...instrument.factors.neutral,
    ...instrument.factors.negative,
  ];
  const lost = instrument.lostTimeOptions.find((o) => o.id === answer.lostTimeOption);
  return (
    <dl>
      <dt>{t('score.question')}</dt>
      <dd>{answer.score} / 10</dd>
      {answer.factors.length > 0 ? (
        <>
          <dt>
            {t(
              `factors.question.${answer.score >= 9 ? 'positive' : answer.score >= 7 ? 'neutral' : 'negative'}`,
            )}
          </dt>
          <dd>
            <ul>
              {answer.factors.map((id) => (
                <li key={id}>{labels.find((f) => f.id === id)?.label ?? id}</li>
              ))}
            </ul>
          </dd>
        </>
      ) : null}
      {lost ? (
        <>
          <dt>{t('lostTime.question')}</dt>
          <dd>{lost.label}</dd>
        </>
      ) : null}
      {answer.comment ? (
        <>
          <dt>{t('comment.label')}</dt>
          <dd>{answer.comment}</dd>
        </>
      ) : null}
    </dl>
  );
}
