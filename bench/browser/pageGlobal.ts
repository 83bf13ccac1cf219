// Bundled as an IIFE and added to the bench page: exposes the page runners as window.__bench.
import { runBaselineInPage, runTrainerInPage } from './pageRunner';

(window as unknown as { __bench: unknown }).__bench = { runTrainerInPage, runBaselineInPage };
