export declare const CORE_MODULE: string;
export declare function coreBundle(): { text: string; ms: number };
export declare function coreState(text: string, path?: string): 'missing' | 'stale' | 'current';
export declare function bundleCore(): { bytes: number; ms: number };
