/**
 * `npm run build` into `outDir` (client/dist when omitted): the browser's files, then the
 * server's bundle of the same app in `<outDir>/ssr`, which the server renders pages with.
 */
export declare function buildClient({ outDir, manifest, }?: {
    outDir?: string;
    manifest?: boolean;
}): void;
/**
 * Builds the client when client/dist is missing or older than its sources, and copies it to
 * `target`: a rebuild by another test run then cannot pull files from under this one.
 */
export declare function copyBuiltClient(target: string): void;
