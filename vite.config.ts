/// <reference types="vitest/config" />
import { defineConfig } from "vite";

const jsx = { runtime: "automatic", importSource: "preact" } as const;

// Used by vitest. The bundles are built by scripts/build.mjs, one vite pass per output.
export default defineConfig({
  oxc: { jsx },
  test: {
    restoreMocks: true,
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["test/unit/**/*.test.ts"], environment: "node" },
      },
      {
        extends: true,
        test: {
          name: "component",
          include: ["test/component/**/*.test.tsx"],
          environment: "jsdom",
        },
      },
    ],
  },
});
