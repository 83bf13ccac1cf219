/**
 * Import boundaries the linter holds (`npm run lint:deps`), as README.md and docs describe them:
 * - no import cycle anywhere in src/;
 * - a widget folder src/widgets/<name>/ imports only itself, src/widgets/kit/, src/state/,
 *   src/worker/client and the engine's barrel src/engine/index.ts;
 * - the kit never imports a widget folder, and reads the engine through its barrel too.
 */
/** Files of src/widgets that are not in a widget folder: the kit and the registry. */
const notWidgetFolder = '^src/widgets/(kit/|[^/]+$)';

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Import cycles make load order matter and hide layering mistakes; break the cycle.',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'widget-imports-another-widget',
      severity: 'error',
      comment: 'A widget folder may not import another widget folder: move the shared code into src/widgets/kit/.',
      from: { path: '^src/widgets/([^/]+)/', pathNot: notWidgetFolder },
      to: { path: '^src/widgets/([^/]+)/', pathNot: [notWidgetFolder, '^src/widgets/$1/'] },
    },
    {
      name: 'widget-imports-outside-its-layers',
      severity: 'error',
      comment:
        'A widget folder imports only itself, src/widgets/kit, src/state, src/worker/client ' +
        'and the engine barrel src/engine.',
      from: { path: '^src/widgets/[^/]+/', pathNot: notWidgetFolder },
      to: {
        path: '^src/',
        pathNot: ['^src/widgets/', '^src/state/', '^src/worker/client\\.ts$', '^src/engine/index\\.ts$'],
      },
    },
    {
      name: 'kit-imports-a-widget',
      severity: 'error',
      comment: 'The kit is shared by the widgets and never depends on one of them.',
      from: { path: '^src/widgets/kit/' },
      to: { path: '^src/widgets/[^/]+/', pathNot: '^src/widgets/kit/' },
    },
    {
      name: 'kit-imports-engine-internals',
      severity: 'error',
      comment: 'The kit reads the engine through its public barrel src/engine/index.ts, like every widget.',
      from: { path: '^src/widgets/kit/' },
      to: { path: '^src/engine/', pathNot: '^src/engine/index\\.ts$' },
    },
    {
      name: 'widgets-import-the-reading-app',
      severity: 'error',
      comment: 'Widgets and the kit never depend on the reading app (src/book); the book depends on them.',
      from: { path: '^src/widgets/' },
      to: { path: '^src/book/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)node_modules/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.json'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
