import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import mdx from '@mdx-js/rollup';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import rehypeSlug from 'rehype-slug';
import { VitePWA } from 'vite-plugin-pwa';
import { pwaOptions } from './scripts/pwa/pwaOptions';
import { rehypeGlossary } from './scripts/mdx/rehypeGlossary';
import { rehypeSlideSections } from './scripts/mdx/rehypeSlideSections';
import { remarkWidgetTags } from './scripts/mdx/remarkWidgetTags';

// Cross-origin isolation (SharedArrayBuffer for the trainer) and a strict same-origin policy.
const headers = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

export default defineConfig({
  plugins: [
    {
      enforce: 'pre',
      ...mdx({
        remarkPlugins: [remarkGfm, remarkMath, remarkWidgetTags],
        rehypePlugins: [rehypeKatex, rehypeSlug, rehypeGlossary, rehypeSlideSections],
        providerImportSource: undefined,
      }),
    },
    react({ include: /\.(mdx|tsx?)$/ }),
    VitePWA(pwaOptions),
  ],
  server: { headers },
  preview: { headers },
  optimizeDeps: { include: ['react/jsx-runtime', 'katex'] },
  // BUILD_DIR lets several builds (e.g. parallel test runs) live side by side; `vite preview` serves the same dir.
  build: { target: 'es2022', sourcemap: true, outDir: process.env.BUILD_DIR ?? 'dist' },
  worker: { format: 'es' },
});
