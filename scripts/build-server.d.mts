// Types of scripts/build-server.mjs (plain JavaScript so that bin/inspraak.js runs it without tsx).
export declare const root: string;
export declare const bundleFile: string;
export declare function buildServer(): Promise<void>;
export declare function bundleIsCurrent(): boolean;
