import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Stack, Text } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import Spinner from '@atlaskit/spinner';
import { useState } from 'react';
import { type CallError, call } from '../bridge/call';
import { Problem } from '../shared/Problem';
import { asCallError, useLoad } from '../shared/use-call';
import { type Answer, type InstrumentView, textOf } from './instrument-view';
import { RatingForm } from './RatingForm';

interface StoredAnswer {
  readonly score: number;
  readonly factors: readonly string[];
  readonly lostTimeOption?: string;
  readonly comment?: string;
}

/** What `getMyTicketSurvey` answers for the viewing customer's request, or `null` when there is no survey. */
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

/**
 * The rating on a resolved request for the customer who raised it: the questions, or the answer already given with
 * the way to change it while the survey is open.
 */
export function RatingScreen({ ticketId, locale }: { readonly ticketId: string; readonly locale: string }) {
  const survey = useLoad(async () => {
    const mine = await call<MySurvey | null>('getMyTicketSurvey', { ticketId, locale });
    // No survey: say so in the customer's language, which only the instrument knows.
    return mine ?? { none: await call<InstrumentView>('getInstrument', { locale }) };
  }, [ticketId, locale]);
  const [saved, setSaved] = useState<StoredAnswer | undefined>();
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<CallError | undefined>();

  if (survey.state === 'loading') return <Spinner label="Loading" />;
  if (survey.state === 'failed') return <Problem error={survey.error} />;
  if ('none' in survey.value) return <Text as="p">{textOf(survey.value.none, 'survey.none')}</Text>;

  const { instrument, surveyId, open, deadline } = survey.value;
  const t = (key: string, values?: Record<string, string>) => textOf(instrument, key, values);
  const answer = saved ?? survey.value.response ?? undefined;

  const submit = async (value: Answer) => {
    setBusy(true);
    setFailure(undefined);
    try {
      const result = await call<{ response: StoredAnswer }>('submitMyResponse', { surveyId, answer: value });
      setSaved(result.response);
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
            {...(answer ? { initial: asAnswer(answer) } : {})}
            busy={busy}
            errors={failure ? fieldErrors(failure) : {}}
            onSubmit={submit}
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
