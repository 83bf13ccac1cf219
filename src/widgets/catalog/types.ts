import type { foundationsTags } from './foundationsTags';
import type { graphTags } from './graphTags';
import type { learningTags } from './learningTags';
import type { layersTags } from './layersTags';
import type { mnistTags } from './mnistTags';
import type { perceptronTags } from './perceptronTags';

export type PerceptronTag = (typeof perceptronTags)[number];
export type FoundationsTag = (typeof foundationsTags)[number];
export type GraphTag = (typeof graphTags)[number];
export type LayersTag = (typeof layersTags)[number];
export type MnistTag = (typeof mnistTags)[number];
export type LearningTag = (typeof learningTags)[number];
