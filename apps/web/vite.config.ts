import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// In development the API server runs on API_PORT and Vite proxies to it, so the browser sees
// one origin, exactly as in production where the server serves this build itself.
const apiTarget = `http://localhost:${process.env.API_PORT ?? "3001"}`;

export default defineConfig({
  plugins: [react()],
  server: {
    port: Number(process.env.PORT ?? 3000),
    strictPort: true,
    proxy: { "/trpc": apiTarget, "/api": apiTarget, "/health": apiTarget },
  },
  build: { outDir: "dist", emptyOutDir: true },
});
