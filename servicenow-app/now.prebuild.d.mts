export declare function refusal(state: 'missing' | 'stale' | 'current'): string | undefined;
export default function prebuild(task: { logger: { info(message: string): void } }): Promise<void>;
