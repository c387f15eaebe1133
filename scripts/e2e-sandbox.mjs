// The sandbox as the browser tests start it (playwright.config.ts, webServer). Playwright
// starts its web server in a process group of its own and stops it when the run ends; but a
// runner that is killed (`timeout`, a closed terminal, a CI job cancelled) cannot, and the
// sandbox kept the port: the next run then failed at once (CI, "already used") or quietly
// tested against the old server. Playwright keeps a pipe on this process's stdin, which closes
// when the runner goes away, however it goes: then the sandbox goes too.
// Not for use by hand: with nothing on stdin it would stop at once. Use `npm run sandbox`.
process.stdin.on("end", () => process.exit(0));
process.stdin.on("error", () => process.exit(0));
process.stdin.resume();

await import("../build/sandbox/server.js");
