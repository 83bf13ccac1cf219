// npm run data: MNIST and Fashion-MNIST → gzip shards + manifest.json in public/data/ (gitignored).
// Skips everything when the manifest's source fingerprint matches and every shard is intact.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR, MANIFEST_FILE, parseManifest, shardFiles, type DataManifest } from '../../src/data/manifest';
import { SMALL_TEST_COUNT, SMALL_TRAIN_COUNT } from '../../src/data/smallMnistSize';
import { digitClasses, fashionClasses, prefix, readFashion, readMnist, sourceFingerprint } from './readSources';
import { shardIsIntact, writeSplit } from './writeShards';

/** Bump when the output format or the split changes, so old outputs are rebuilt. */
const CONVERTER_VERSION = 'shards-v1';
const outDir = join(process.cwd(), 'public', DATA_DIR);
const manifestPath = join(outDir, MANIFEST_FILE);

function upToDate(fingerprint: string): boolean {
  if (!existsSync(manifestPath)) return false;
  try {
    const m = parseManifest(JSON.parse(readFileSync(manifestPath, 'utf8')));
    return m.sourceFingerprint === fingerprint && shardFiles(m).every((s) => shardIsIntact(outDir, s));
  } catch {
    return false;
  }
}

function build(fingerprint: string): DataManifest {
  mkdirSync(outDir, { recursive: true });
  const mnist = readMnist();
  const fashion = readFashion();
  return {
    version: 1,
    sourceFingerprint: fingerprint,
    datasets: {
      mnist: {
        classes: digitClasses,
        train: writeSplit(outDir, 'mnist-train', mnist.train),
        test: writeSplit(outDir, 'mnist-test', mnist.test),
      },
      fashion: {
        classes: fashionClasses,
        train: writeSplit(outDir, 'fashion-train', fashion.train),
        test: writeSplit(outDir, 'fashion-test', fashion.test),
      },
      'mnist-small': {
        classes: digitClasses,
        train: writeSplit(outDir, 'mnist-small-train', prefix(mnist.train, SMALL_TRAIN_COUNT)),
        test: writeSplit(outDir, 'mnist-small-test', prefix(mnist.test, SMALL_TEST_COUNT)),
      },
    },
  };
}

const started = performance.now();
const fingerprint = sourceFingerprint(CONVERTER_VERSION);
if (upToDate(fingerprint)) {
  console.log(`data: public/${DATA_DIR} is up to date (${Math.round(performance.now() - started)} ms)`);
} else {
  const manifest = build(fingerprint);
  // The manifest goes last, so an interrupted run is never mistaken for a finished one.
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 1)}\n`);
  const total = shardFiles(manifest).reduce((a, s) => a + s.bytes, 0);
  console.log(
    `data: wrote ${shardFiles(manifest).length} shards (${(total / 1e6).toFixed(1)} MB) to public/${DATA_DIR} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}
