import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import Lozenge from '@atlaskit/lozenge';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import Spinner from '@atlaskit/spinner';
import { token } from '@atlaskit/tokens';
import { useState } from 'react';
import { call } from '../bridge/call';
import { Problem } from '../shared/Problem';
import { useLoad } from '../shared/use-call';
import { CreateInitiativeForm } from './CreateInitiativeForm';
import { hours, interval, percent, segmentLabel, signed } from './format';
import { JiraIssueLink } from './JiraIssueLink';
import type { FactorLabel, Initiative, Opportunity } from './types';

const card = xcss({
  borderWidth: 'border.width',
  borderStyle: 'solid',
  borderColor: 'color.border',
  borderRadius: 'radius.large',
  backgroundColor: 'elevation.surface.raised',
  boxShadow: 'elevation.shadow.raised',
  padding: 'space.200',
});
const list = { listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: token('space.200') } as const;
const rank = xcss({
  minWidth: '2rem',
  textAlign: 'center',
  borderRadius: 'radius.full',
  backgroundColor: 'color.background.accent.blue.subtler',
  color: 'color.text.accent.blue',
  fontWeight: 'font.weight.bold',
});

const TREND: Record<
  Opportunity['trend']['direction'],
  { text: string; appearance: 'success' | 'removed' | 'default' }
> = {
  improving: { text: 'Improving', appearance: 'success' },
  worsening: { text: 'Worsening', appearance: 'removed' },
  stable: { text: 'Stable', appearance: 'default' },
  unknown: { text: 'Trend unknown', appearance: 'default' },
};

/** The last 4 weeks against the 12 before, in words: `happiness −7 (95 % CI −24 to +9), lost time +31 min …`. */
export function trendPhrase(trend: Opportunity['trend']): string {
  const parts: string[] = [];
  if (trend.happiness)
    parts.push(`happiness ${signed(trend.happiness.value)} (${interval(trend.happiness.ci95)})`);
  if (trend.lostMinutes)
    parts.push(
      `lost time ${signed(trend.lostMinutes.value)} min per ticket (${interval(trend.lostMinutes.ci95)})`,
    );
  return `${parts.join(', ')}: the last 4 weeks against the 12 before`;
}

/** The ranked opportunities: where improving makes the biggest difference, and why. */
export function Opportunities({
  factorLabel,
  onShowBoard,
}: {
  readonly factorLabel: FactorLabel;
  onShowBoard(): void;
}) {
  const ranked = useLoad(() => call<readonly Opportunity[]>('getOpportunities', { limit: 10 }), []);
  if (ranked.state === 'loading') return <Spinner label="Loading the opportunities" />;
  if (ranked.state === 'failed')
    return <Problem error={ranked.error} title="The opportunities could not be loaded." />;
  if (ranked.value.length === 0)
    return <Text as="p">No segment stands out yet: there are not enough answers to rank.</Text>;
  return (
    <Stack space="space.200">
      <Text as="p" color="color.text.subtle">
        Ranked by the conservative end of their 95 % intervals, so small, noisy segments do not top the list.
      </Text>
      <ol style={list} aria-label="Opportunities, highest impact first">
        {ranked.value.map((opportunity) => (
          <li key={opportunity.key}>
            <OpportunityCard opportunity={opportunity} factorLabel={factorLabel} onShowBoard={onShowBoard} />
          </li>
        ))}
      </ol>
    </Stack>
  );
}

export function OpportunityCard({
  opportunity,
  factorLabel,
  onShowBoard,
}: {
  readonly opportunity: Opportunity;
  readonly factorLabel: FactorLabel;
  onShowBoard(): void;
}) {
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<Initiative | undefined>();
  const trend = TREND[opportunity.trend.direction];
  const label = segmentLabel(opportunity.segment);
  return (
    <Box xcss={card} as="article" aria-label={`${opportunity.rank}. ${label}`}>
      <Stack space="space.150">
        <Inline space="space.100" alignBlock="center">
          <Box xcss={rank} aria-hidden="true">
            {opportunity.rank}
          </Box>
          <Heading size="small" as="h3">
            {label}
          </Heading>
          <Lozenge appearance={trend.appearance}>{trend.text}</Lozenge>
        </Inline>
        <Text as="p">{opportunity.explanation}</Text>
        <dl
          style={{
            display: 'grid',
            gridTemplateColumns: 'max-content 1fr',
            columnGap: token('space.200'),
            margin: 0,
            padding: 0,
          }}
        >
          <dt>Recoverable</dt>
          <dd style={{ margin: 0 }}>{hours(opportunity.recoverableHoursPerMonth)} a month</dd>
          <dt>Happiness gap</dt>
          <dd style={{ margin: 0 }}>
            {Math.round(opportunity.happinessGap)} points below {signed(opportunity.referenceHappiness)}
          </dd>
          <dt>Happiness</dt>
          <dd style={{ margin: 0 }}>
            {signed(opportunity.happiness.value)} ({interval(opportunity.happiness.ci95)},{' '}
            {opportunity.responses} answers)
          </dd>
          {opportunity.trend.happiness || opportunity.trend.lostMinutes ? (
            <>
              <dt>Trend</dt>
              <dd style={{ margin: 0 }}>{trendPhrase(opportunity.trend)}</dd>
            </>
          ) : null}
          <dt>Top drivers</dt>
          <dd style={{ margin: 0 }}>
            {opportunity.drivers.length === 0 ? (
              'None stands out'
            ) : (
              <ul style={{ margin: 0, paddingInlineStart: '1.2rem' }}>
                {opportunity.drivers.map((d) => (
                  <li key={d.factor}>
                    {factorLabel(d.factor)}: {percent(d.share)} of answers
                    {d.lift !== null ? `, ${d.lift.toFixed(1)}× as often as overall` : ''}
                  </li>
                ))}
              </ul>
            )}
          </dd>
          {opportunity.themes.length > 0 ? (
            <>
              <dt>In comments</dt>
              <dd style={{ margin: 0 }}>
                {opportunity.themes
                  .slice(0, 3)
                  .map((t) => `“${t.term}” (${t.count})`)
                  .join(', ')}
                {opportunity.themes[0]?.examples[0] ? (
                  <Text as="p" size="small" color="color.text.subtle">
                    e.g. “{opportunity.themes[0].examples[0]}”
                  </Text>
                ) : null}
              </dd>
            </>
          ) : null}
        </dl>
        {created ? (
          <div role="status">
            <SectionMessage appearance="success" title={`Initiative “${created.title}” created`}>
              <Stack space="space.100">
                <Text as="p">
                  It is on the improvement board in Identified, with its baseline frozen.
                  {created.externalKey ? (
                    <>
                      {' '}
                      Tracked in Jira as <JiraIssueLink issueKey={created.externalKey} />.
                    </>
                  ) : null}
                </Text>
                <Box>
                  <Button onClick={onShowBoard}>Show the board</Button>
                </Box>
              </Stack>
            </SectionMessage>
          </div>
        ) : creating ? (
          <CreateInitiativeForm
            opportunity={opportunity}
            onCreated={(initiative) => {
              setCreated(initiative);
              setCreating(false);
            }}
            onCancel={() => setCreating(false)}
          />
        ) : (
          <Box>
            <Button
              appearance="primary"
              onClick={() => setCreating(true)}
              aria-label={`Create initiative for ${label}`}
            >
              Create initiative
            </Button>
          </Box>
        )}
      </Stack>
    </Box>
  );
}
