import { Text } from '@atlaskit/primitives';
import Spinner from '@atlaskit/spinner';
import { call } from '../bridge/call';
import { Problem } from '../shared/Problem';
import { useLoad } from '../shared/use-call';
import { type InstrumentView, textOf } from './instrument-view';
import { type MySurvey, type StoredAnswer, SurveyAnswer } from './SurveyAnswer';

export type { MySurvey } from './SurveyAnswer';

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

  if (survey.state === 'loading') return <Spinner label="Loading" />;
  if (survey.state === 'failed') return <Problem error={survey.error} />;
  if ('none' in survey.value) return <Text as="p">{textOf(survey.value.none, 'survey.none')}</Text>;
  const { surveyId } = survey.value;
  return (
    <SurveyAnswer
      survey={survey.value}
      submit={async (answer) =>
        (await call<{ response: StoredAnswer }>('submitMyResponse', { surveyId, answer })).response
      }
    />
  );
}
