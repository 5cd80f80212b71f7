import Heading from '@atlaskit/heading';
import Lozenge from '@atlaskit/lozenge';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import Spinner from '@atlaskit/spinner';
import type { StoredResponse, Survey, TicketExperience } from '@xloop/shared-core';
import { call } from '../bridge/call';
import type { InstrumentView } from '../portal-rating/instrument-view';
import { Problem } from '../shared/Problem';
import { useLoad } from '../shared/use-call';
import { happinessText, minutesText, trendPoints } from './format';
import { Sparkline } from './Sparkline';

const card = xcss({
  borderColor: 'color.border',
  borderWidth: 'border.width',
  borderStyle: 'solid',
  borderRadius: 'radius.small',
  padding: 'space.150',
});

const STATE_TEXT: Record<Survey['state'], string> = {
  scheduled: 'Survey scheduled',
  sent: 'Survey sent, no answer yet',
  reminded: 'Reminder sent, no answer yet',
  answered: 'Answered',
  expired: 'Survey expired without an answer',
  cancelled: 'Survey cancelled',
};

const scoreAppearance = (score: number) => (score >= 9 ? 'success' : score >= 7 ? 'default' : 'removed');

/** The ticket's experience for agents: its answer, then the team's and the agent's last 90 days. */
export function AgentView({ ticketId, locale }: { readonly ticketId: string; readonly locale: string }) {
  const loaded = useLoad(async () => {
    const experience = await call<TicketExperience>('getTicketExperience', { ticketId });
    const latest = [...experience.surveys].sort((a, b) => b.resolvedAt - a.resolvedAt)[0];
    const instrument = await call<InstrumentView>('getInstrument', {
      locale,
      kind: latest?.kind ?? 'incident',
    });
    return { experience, latest, instrument };
  }, [ticketId, locale]);

  if (loaded.state === 'loading') return <Spinner label="Loading the experience" />;
  if (loaded.state === 'failed') return <Problem error={loaded.error} />;
  const { experience, latest, instrument } = loaded.value;
  const response = latest ? experience.responses.find((r) => r.surveyId === latest.id) : undefined;

  return (
    <Stack space="space.200">
      <Stack space="space.100">
        <Heading size="xsmall" as="h2">
          This ticket
        </Heading>
        {response ? (
          <TicketResponse response={response} instrument={instrument} />
        ) : latest ? (
          <Text as="p">{STATE_TEXT[latest.state]}</Text>
        ) : (
          <Text as="p">No survey for this ticket.</Text>
        )}
      </Stack>
      {experience.team ? (
        <Period title={`Team ${experience.team.name}, last 90 days`} view={experience.team} />
      ) : null}
      {experience.agent ? (
        <Period title={`Agent ${experience.agent.name}, last 90 days`} view={experience.agent} />
      ) : null}
    </Stack>
  );
}

function TicketResponse({ response, instrument }: { response: StoredResponse; instrument: InstrumentView }) {
  const labels = [
    ...instrument.factors.positive,
    ...instrument.factors.neutral,
    ...instrument.factors.negative,
  ];
  const lost = instrument.lostTimeOptions.find((o) => o.id === response.lostTimeOption);
  return (
    <Stack space="space.100">
      <Inline space="space.100" alignBlock="center">
        <Text weight="bold">Score</Text>
        <Lozenge appearance={scoreAppearance(response.score)} isBold>
          {response.score} / 10
        </Lozenge>
      </Inline>
      {response.factors.length > 0 ? (
        <ul aria-label="Factors">
          {response.factors.map((id) => (
            <li key={id}>{labels.find((f) => f.id === id)?.label ?? id}</li>
          ))}
        </ul>
      ) : null}
      <Text as="p">
        Lost time:{' '}
        {lost
          ? `${lost.label}${response.lostTimeMinutes !== undefined ? ` (counted as ${minutesText(response.lostTimeMinutes)})` : ''}`
          : 'not answered'}
      </Text>
      {response.comment ? (
        <Box as="blockquote" xcss={card}>
          {/* A customer's words, shown as text. */}
          <Text>{response.comment}</Text>
        </Box>
      ) : null}
    </Stack>
  );
}

type PeriodView = NonNullable<TicketExperience['team']>;

function Period({ title, view }: { readonly title: string; readonly view: PeriodView }) {
  const { happiness, lostTime, responseRate } = view.scorecard;
  const points = trendPoints(view.trend);
  const scored = points.filter((p): p is number => p !== null);
  return (
    <Box xcss={card}>
      <Stack space="space.100">
        <Heading size="xxsmall" as="h3">
          {title}
        </Heading>
        <Text as="p">Happiness {happinessText(happiness)}</Text>
        {lostTime.kind === 'scored' ? (
          <Text as="p">Lost time {minutesText(lostTime.meanMinutes)} per answer on average</Text>
        ) : null}
        {responseRate.rate !== null ? (
          <Text as="p">
            Response rate {Math.round(responseRate.rate * 100)} % ({responseRate.answered} of{' '}
            {responseRate.sent})
          </Text>
        ) : null}
        {scored.length > 0 ? (
          <Sparkline
            points={points}
            label={`Weekly happiness over ${points.length} weeks, from ${Math.round(scored[0] ?? 0)} to ${Math.round(scored[scored.length - 1] ?? 0)}`}
          />
        ) : null}
      </Stack>
    </Box>
  );
}
