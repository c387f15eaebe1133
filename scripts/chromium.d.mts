export declare const CHROMIUM_ARGS: string[];
export declare const DEBIAN_CHROMIUM: string[];
export declare function findChromium(
  env?: Record<string, string | undefined>,
  exists?: (path: string) => boolean,
): string | null;
export declare function chromiumPath(): string;
