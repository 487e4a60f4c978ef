// Bundles the server and CLI with the workspace packages (TypeScript source) inlined;
// third-party packages stay in node_modules, where their wasm and data files live.
import { build } from "esbuild";

await build({
  entryPoints: ["src/main.ts", "src/cli.ts"],
  outdir: "dist",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  sourcemap: true,
  logLevel: "warning",
  plugins: [
    {
      name: "external-node-modules",
      setup(b) {
        b.onResolve({ filter: /^[^./]/ }, (args) =>
          args.path.startsWith("@opsdash/") ? undefined : { external: true },
        );
      },
    },
  ],
  // Bundled CommonJS dependencies may call require().
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
});
