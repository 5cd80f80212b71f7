import Heading from '@atlaskit/heading';
import { Box, Stack, xcss } from '@atlaskit/primitives';
import Tabs, { Tab, TabList, TabPanel } from '@atlaskit/tabs';
import { useState } from 'react';
import { Board } from './Board';
import { Dashboard } from './Dashboard';
import { useFactorLabels } from './factor-labels';
import { Opportunities } from './Opportunities';

const panel = xcss({ paddingBlockStart: 'space.200', width: '100%' });

export const TABS = ['Dashboard', 'Opportunities', 'Improvement board'] as const;

/** The CSI manager's page: how the service is experienced, where to improve, and the improvements under way. */
export function CsiPage({
  locale = 'en',
  initialTab = 0,
}: {
  readonly locale?: string;
  readonly initialTab?: number;
}) {
  const [tab, setTab] = useState(initialTab);
  const factorLabel = useFactorLabels(locale);
  return (
    <Stack space="space.200">
      <Heading size="large" as="h1">
        Experience improvement
      </Heading>
      <Tabs id="csi-page-tabs" selected={tab} onChange={setTab}>
        <TabList>
          {TABS.map((name) => (
            <Tab key={name}>{name}</Tab>
          ))}
        </TabList>
        <TabPanel>
          <Box xcss={panel}>
            <Dashboard factorLabel={factorLabel} />
          </Box>
        </TabPanel>
        <TabPanel>
          <Box xcss={panel}>
            <Opportunities factorLabel={factorLabel} onShowBoard={() => setTab(2)} />
          </Box>
        </TabPanel>
        <TabPanel>
          <Box xcss={panel}>
            <Board />
          </Box>
        </TabPanel>
      </Tabs>
    </Stack>
  );
}
