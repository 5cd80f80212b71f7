/** A refusal from a resolver, as the Forge app and the sandbox both send it. */
export interface ResolverError {
  readonly status: number;
  readonly code: string;
  readonly message: string;
  readonly details?: unknown;
}

export class CallError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;
  constructor(error: ResolverError) {
    super(error.message);
    this.name = 'CallError';
    this.status = error.status;
    this.code = error.code;
    this.details = error.details;
  }
}
