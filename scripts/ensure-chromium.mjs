// Run by `npm test` before anything else: the browser tests need Chromium, and a machine
// without it should hear so at once, not from deep inside Playwright minutes later. As root
// with apt-get (a fresh container, CI) it installs Debian's chromium; anywhere else it stops
// with the exact command to run.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { delimiter, join } from "node:path";
import { pathToFileURL } from "node:url";
import { findChromium } from "./chromium.mjs";

export const APT_UPDATE = ["apt-get", "update"];
export const APT_INSTALL = ["apt-get", "install", "-y", "chromium"];

/** True when `name` is an executable file on the PATH (existence is enough here). */
export function onPath(name, env, exists) {
  return (env.PATH ?? "").split(delimiter).some((dir) => dir && exists(join(dir, name)));
}

/**
 * What to do on this machine: "found" (the path the tests will launch), "install" (root with
 * apt-get) or "stop" with the message that says what to run.
 */
export function decide({ env, exists, uid }) {
  const wanted = env.CHROMIUM_PATH;
  if (wanted) {
    if (exists(wanted)) return { kind: "found", path: wanted };
    return {
      kind: "stop",
      message: `CHROMIUM_PATH is ${wanted}, which does not exist. Point it at a Chromium binary, or unset it to use Debian's chromium.`,
    };
  }
  const path = findChromium(env, exists);
  if (path) return { kind: "found", path };
  const apt = onPath("apt-get", env, exists);
  if (apt && uid === 0) return { kind: "install" };
  const command = apt
    ? "sudo apt-get update && sudo apt-get install -y chromium"
    : "CHROMIUM_PATH=/path/to/chromium npm test";
  const how = apt
    ? "Install Debian's chromium with:"
    : "This machine has no apt-get: install Chromium with its own package manager, then run:";
  return {
    kind: "stop",
    message: `The browser tests need Chromium, and none was found (looked for CHROMIUM_PATH, /usr/lib/chromium/chromium, /usr/bin/chromium). ${how}\n\n    ${command}\n`,
  };
}

/**
 * Decides, installs when it may, and answers the process's exit code. `run` runs one command
 * and answers its exit status; everything the machine is asked is injected, for the tests.
 */
export function ensureChromium({ env, exists, uid, run, log, fail }) {
  const decision = decide({ env, exists, uid });
  if (decision.kind === "found") return 0;
  if (decision.kind === "stop") {
    fail(decision.message);
    return 1;
  }
  log("Chromium not found: installing Debian's chromium with apt-get (running as root).");
  const noPrompts = { ...env, DEBIAN_FRONTEND: "noninteractive" };
  for (const command of [APT_UPDATE, APT_INSTALL]) {
    const status = run(command, noPrompts);
    if (status !== 0) {
      fail(`\`${command.join(" ")}\` failed (exit ${status}); the browser tests need Chromium.`);
      return 1;
    }
  }
  const installed = findChromium(env, exists);
  if (!installed) {
    fail(
      "apt-get installed chromium, yet neither /usr/lib/chromium/chromium nor /usr/bin/chromium exists.",
    );
    return 1;
  }
  log(`Installed Debian's chromium: ${installed}`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = ensureChromium({
    env: process.env,
    exists: existsSync,
    uid: process.getuid?.(),
    // No stdin: nothing may stop to ask a question, with or without a terminal.
    run: ([command, ...args], env) =>
      spawnSync(command, args, { env, stdio: ["ignore", "inherit", "inherit"] }).status ?? 1,
    log: (line) => console.log(line),
    fail: (message) => console.error(message),
  });
}
