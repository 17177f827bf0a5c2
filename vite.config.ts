import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

export default defineConfig({
  publicDir: 'assets/public',
  plugins: [
    // Installable and playable offline once loaded (solo, hot-seat, the tutorial): the built app is
    // precached by a Workbox service worker. 'prompt': a new version waits until the player takes
    // it from the menu (src/ui/app-update.ts), so an update never swaps the code under a game in
    // progress. No service worker in dev (`npm start`): devOptions stay off.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      devOptions: { enabled: false },
      manifest: {
        name: 'Trust & Leverage',
        short_name: 'Trust & Leverage',
        description: 'A two-player strategy game about alliances, cooperation and bloc disruption.',
        lang: 'en',
        start_url: '.',
        scope: '.',
        display: 'standalone',
        background_color: '#f6f3ec',
        theme_color: '#1d1f24',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        // Every file of the build but source maps; Phaser's chunk is ~1.4 MB.
        globPatterns: ['**/*.{js,css,html,svg,png,json,webmanifest,woff2}'],
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        cleanupOutdatedCaches: true,
        // The worker's own source map only slows the build.
        sourcemap: false,
        // A reload of any in-app address (#/local/ID is a hash, but keep deep paths working) gets the app shell;
        // the server's own routes never do.
        navigateFallback: 'index.html',
        navigateFallbackDenylist: [/^\/games/, /^\/socket\.io/, /^\/classes/],
        // Web Push reminders of Daily turns (assets/public/push-sw.js).
        importScripts: ['push-sw.js'],
      },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: true,
    // Phaser alone is ~1.37 MB minified (~357 kB gzip), in its own lazily loaded chunk.
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        // Phaser is large and changes rarely: keep it in its own cacheable chunk.
        codeSplitting: {
          groups: [{ name: 'phaser', test: /node_modules[\\/]phaser/ }],
        },
      },
    },
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
});
