import { describe, expect, it } from "vitest";
import { ensureChromium } from "../../../scripts/ensure-chromium.mjs";

/**
 * A pretend machine: the files that exist, who runs the tests, and what apt-get does. Nothing
 * is installed for real; `run` records the commands and apt-get's install adds the binary.
 */
function machine({
  files = [] as string[],
  uid = 1000 as number | undefined,
  env = {} as Record<string, string>,
  aptInstalls = "/usr/bin/chromium" as string | null,
  failing = null as string | null,
} = {}) {
  const existing = new Set(files);
  const ran: { command: string; frontend: string | undefined }[] = [];
  const out: string[] = [];
  const errors: string[] = [];
  const code = ensureChromium({
    env: { PATH: "/usr/local/bin:/usr/bin:/bin", ...env },
    exists: (path) => existing.has(path),
    uid,
    run: (command, runEnv) => {
      ran.push({ command: command.join(" "), frontend: runEnv.DEBIAN_FRONTEND });
      if (command.join(" ") === failing) return 100;
      if (command.includes("install") && aptInstalls) existing.add(aptInstalls);
      return 0;
    },
    log: (line) => out.push(line),
    fail: (message) => errors.push(message),
  });
  return { code, ran, out, errors };
}

const APT = "/usr/bin/apt-get";

describe("making sure the browser tests have Chromium", () => {
  it("does nothing when Debian's chromium is there", () => {
    for (const binary of ["/usr/lib/chromium/chromium", "/usr/bin/chromium"]) {
      const result = machine({ files: [binary, APT], uid: 0 });
      expect(result).toEqual({ code: 0, ran: [], out: [], errors: [] });
    }
  });

  it("takes CHROMIUM_PATH when it exists, even where Debian's is missing", () => {
    const result = machine({
      files: ["/opt/chrome/chrome", APT],
      uid: 0,
      env: { CHROMIUM_PATH: "/opt/chrome/chrome" },
    });
    expect(result).toEqual({ code: 0, ran: [], out: [], errors: [] });
  });

  it("stops at a CHROMIUM_PATH that does not exist rather than installing or using another", () => {
    const result = machine({
      files: ["/usr/bin/chromium", APT],
      uid: 0,
      env: { CHROMIUM_PATH: "/opt/chrome/chrome" },
    });
    expect(result.code).toBe(1);
    expect(result.ran).toEqual([]);
    expect(result.errors).toEqual([
      expect.stringContaining("CHROMIUM_PATH is /opt/chrome/chrome, which does not exist"),
    ]);
  });

  it("as root with apt-get, says so and installs Debian's chromium without prompts", () => {
    const result = machine({ files: [APT], uid: 0 });
    expect(result.code).toBe(0);
    expect(result.out[0]).toBe(
      "Chromium not found: installing Debian's chromium with apt-get (running as root).",
    );
    expect(result.ran).toEqual([
      { command: "apt-get update", frontend: "noninteractive" },
      { command: "apt-get install -y chromium", frontend: "noninteractive" },
    ]);
    expect(result.errors).toEqual([]);
  });

  it("fails at once when apt-get fails, and does not go on to install", () => {
    const result = machine({ files: [APT], uid: 0, failing: "apt-get update" });
    expect(result.code).toBe(1);
    expect(result.ran.map((run) => run.command)).toEqual(["apt-get update"]);
    expect(result.errors).toEqual([
      "`apt-get update` failed (exit 100); the browser tests need Chromium.",
    ]);
  });

  it("fails when the install left no binary where the tests look", () => {
    const result = machine({ files: [APT], uid: 0, aptInstalls: null });
    expect(result.code).toBe(1);
    expect(result.errors[0]).toContain(
      "neither /usr/lib/chromium/chromium nor /usr/bin/chromium exists",
    );
  });

  it("as another user, stops at once with the exact command to run", () => {
    for (const uid of [1000, undefined]) {
      const result = machine({ files: [APT], uid });
      expect(result.code).toBe(1);
      expect(result.ran).toEqual([]);
      expect(result.errors).toHaveLength(1);
      expect(result.errors[0]).toContain(
        "\n    sudo apt-get update && sudo apt-get install -y chromium\n",
      );
    }
  });

  it("without apt-get, even as root, stops and says to set CHROMIUM_PATH", () => {
    const result = machine({ files: [], uid: 0 });
    expect(result.code).toBe(1);
    expect(result.ran).toEqual([]);
    expect(result.errors[0]).toContain("This machine has no apt-get");
    expect(result.errors[0]).toContain("\n    CHROMIUM_PATH=/path/to/chromium npm test\n");
  });

  it("finds apt-get on any directory of the PATH", () => {
    const result = machine({ files: ["/sbin/apt-get"], uid: 0, env: { PATH: "/bin:/sbin" } });
    expect(result.ran).toHaveLength(2);
  });
});
