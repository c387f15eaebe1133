type Env = Record<string, string | undefined>;
type Exists = (path: string) => boolean;

export declare const APT_UPDATE: string[];
export declare const APT_INSTALL: string[];
export declare function onPath(name: string, env: Env, exists: Exists): boolean;
export declare function decide(machine: {
  env: Env;
  exists: Exists;
  uid: number | undefined;
}): { kind: "found"; path: string } | { kind: "install" } | { kind: "stop"; message: string };
export declare function ensureChromium(machine: {
  env: Env;
  exists: Exists;
  uid: number | undefined;
  run: (command: string[], env: Env) => number;
  log: (line: string) => void;
  fail: (message: string) => void;
}): number;
