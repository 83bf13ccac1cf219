import type { VitePWAOptions } from 'vite-plugin-pwa';

/**
 * Offline use and installation (vite-plugin-pwa + Workbox).
 * - Every built file of the app (both languages, all chapters, KaTeX fonts) is precached on the first visit.
 * - MNIST shards and models under /data/ and /models/ are cached the first time they are loaded; online, the
 *   network wins (so a rebuilt data set never meets a stale manifest), offline the cache answers.
 * - A new build waits for the reader: the app shows a "reload to update" prompt (registerType 'prompt').
 */
export const pwaOptions: Partial<VitePWAOptions> = {
  registerType: 'prompt',
  injectRegister: false,
  includeAssets: ['favicon.svg', 'favicon.ico', 'robots.txt', 'theme-boot.js'],
  manifest: {
    name: 'Neural Networks from Scratch · 밑바닥부터 배우는 신경망',
    short_name: 'NN from Scratch',
    description: 'An interactive textbook on how neural networks learn, in Korean and English.',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: '#fbfaf7',
    theme_color: '#1d4ed8',
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: '/icons/icon-512-maskable.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  workbox: {
    // KaTeX ships woff2, woff and ttf; every browser that runs this book uses woff2, so only those are precached.
    // wasm: the trainer's kernels (both flavours, ~6 KB gzipped each), so it trains offline at full speed.
    globPatterns: ['**/*.{js,css,html,svg,png,ico,woff2,txt,webmanifest,wasm}', 'theme-boot.js'],
    globIgnores: ['data/**', 'models/**'],
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
    navigateFallback: '/index.html',
    navigateFallbackDenylist: [/^\/data\//, /^\/models\//],
    cleanupOutdatedCaches: true,
    runtimeCaching: [
      {
        urlPattern: ({ url }) => url.pathname.startsWith('/data/') || url.pathname.startsWith('/models/'),
        handler: 'NetworkFirst',
        options: { cacheName: 'nn-book-data', expiration: { maxEntries: 64 }, cacheableResponse: { statuses: [200] } },
      },
    ],
  },
  devOptions: { enabled: false },
};
