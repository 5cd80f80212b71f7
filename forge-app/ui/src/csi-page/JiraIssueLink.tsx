import { token } from '@atlaskit/tokens';
import { router } from '@forge/bridge';

const link = { color: token('color.link') } as const;

/**
 * The Jira issue that tracks an initiative, as a link that Forge opens in Jira (`router.open`); a Custom UI lives in
 * an iframe, so a plain link would open inside it.
 */
export function JiraIssueLink({ issueKey }: { readonly issueKey: string }) {
  return (
    <a
      href={`/browse/${encodeURIComponent(issueKey)}`}
      style={link}
      onClick={(event) => {
        event.preventDefault();
        void router.open({ target: 'issue', issueKey }).catch(() => undefined);
      }}
    >
      {issueKey}
    </a>
  );
}
