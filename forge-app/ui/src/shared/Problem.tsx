import SectionMessage from '@atlaskit/section-message';
import type { CallError } from '../bridge/call-error';

/** A refusal or failure, said plainly: what happened and, for bad input, what to fix. */
export function Problem({ error, title }: { readonly error: CallError; readonly title?: string }) {
  const details = Array.isArray(error.details) ? (error.details as { message?: string }[]) : [];
  return (
    <SectionMessage appearance={error.status === 403 ? 'warning' : 'error'} title={title ?? error.message}>
      {title ? <p>{error.message}</p> : null}
      {details.length > 0 ? (
        <ul>
          {details.map((d, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the list is static for one error.
            <li key={i}>{d.message ?? JSON.stringify(d)}</li>
          ))}
        </ul>
      ) : null}
    </SectionMessage>
  );
}
