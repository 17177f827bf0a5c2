import { defineConfig } from 'vite';

export default defineConfig({
  publicDir: 'assets/public',
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
