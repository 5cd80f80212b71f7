import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import Lozenge from '@atlaskit/lozenge';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import { useId, useState } from 'react';
import { type CallError, call } from '../bridge/call';
import { Problem } from '../shared/Problem';
import { asCallError } from '../shared/use-call';

/** One check of the site, as the Forge app's `checkSite` answers it. */
export interface SiteCheckResult {
  readonly id: string;
  readonly status: 'pass' | 'fail' | 'manual';
  readonly detail: string;
  readonly fix?: string;
}

const TITLES: Record<string, string> = {
  scopes: 'Granted scopes',
  'service-projects': 'Service projects and request types',
  'jsm-csat': 'JSM’s own satisfaction survey',
  'web-trigger': 'One-click web trigger',
  storage: 'SQL migrations and token keyring',
  trigger: 'Trigger sees resolutions',
  'dry-run': 'Dry-run decision',
  'test-invitation': 'Test invitation to you',
};

const LOZENGE = {
  pass: ['success', 'Pass'],
  fail: ['removed', 'Fail'],
  manual: ['moved', 'Check by hand'],
} as const;

const section = xcss({
  borderBlockStartWidth: 'border.width',
  borderBlockStartStyle: 'solid',
  borderBlockStartColor: 'color.border',
  paddingBlockStart: 'space.300',
  maxWidth: '48rem',
});

/**
 * "Check this site": the first step after `forge install`. Runs the Forge app's checks and shows each with pass or
 * fail and what to fix; the test invitation is sent only on its own button. Absent where the app has no such call.
 */
export function SiteCheck() {
  const base = useId().replace(/:/g, '');
  const [busy, setBusy] = useState(false);
  const [results, setResults] = useState<readonly SiteCheckResult[] | undefined>();
  const [error, setError] = useState<CallError | undefined>();
  const run = async (sendTest: boolean) => {
    setBusy(true);
    setError(undefined);
    try {
      setResults(await call<SiteCheckResult[]>('checkSite', { sendTest }));
    } catch (failure) {
      setError(asCallError(failure));
    } finally {
      setBusy(false);
    }
  };
  if (error && (error.code === 'unknown-resolver' || error.code === 'no-check')) return null;
  return (
    <Box as="section" xcss={section} aria-labelledby={`${base}-heading`}>
      <Stack space="space.200">
        <Heading size="medium" as="h2" id={`${base}-heading`}>
          Check this site
        </Heading>
        <Text as="p">
          The first step after installing: what holds on this site, and what to fix where it does not.
        </Text>
        <Inline space="space.100">
          <Button onClick={() => run(false)} isLoading={busy}>
            Check this site
          </Button>
          <Button appearance="subtle" onClick={() => run(true)} isDisabled={busy}>
            Check and send me a test invitation
          </Button>
        </Inline>
        {error ? <Problem error={error} title="The site could not be checked" /> : null}
        <div role="status">
          {results ? (
            <ul aria-label="Site checks">
              {results.map((result) => {
                const [appearance, label] = LOZENGE[result.status];
                return (
                  <li key={result.id}>
                    <Stack space="space.050">
                      <Inline space="space.100" alignBlock="center">
                        <Lozenge appearance={appearance}>{label}</Lozenge>
                        <Text weight="bold">{TITLES[result.id] ?? result.id}</Text>
                      </Inline>
                      <Text as="p">{result.detail}</Text>
                      {result.fix && result.status !== 'pass' ? (
                        <Text as="p">To fix: {result.fix}</Text>
                      ) : null}
                    </Stack>
                  </li>
                );
              })}
            </ul>
          ) : null}
        </div>
      </Stack>
    </Box>
  );
}
