import { Note } from './kit/figure/Note';
import { widget } from './kit/figure/registeredWidget';
import { EngineSource } from './engineSource/EngineSource';
import { GlossaryTerm } from './glossary/GlossaryTerm';
import type { ProseTag, WidgetTag } from './tags';

/** A prose helper renders as itself, without a Figure. */
const prose =
  <C,>(component: C) =>
  () =>
    component;

/** Removed at build time when it stands between sections (scripts/mdx/rehypeSlideSections.ts). */
const SlideBreak = () => null;

/**
 * The one registry: every tag a chapter may use → how it renders. `satisfies` a Record over the tags,
 * so a tag without an entry (or an entry without a tag) fails to compile; chapters are checked against
 * the same tags at build time. Heavy widgets start only when scrolled near.
 */
const registry = {
  PerceptronGate: widget(() => import('./perceptronGate/PerceptronGate')),
  XorNetwork: widget(() => import('./xorNetwork/XorNetwork')),
  ActivationPlot: widget(() => import('./activationPlot/ActivationPlot')),
  LinearCollapse: widget(() => import('./linearCollapse/LinearCollapse')),
  Softmax: widget(() => import('./softmax/Softmax')),
  Matmul: widget(() => import('./matmul/Matmul')),
  ForwardPass: widget(() => import('./forwardPass/ForwardPass')),
  Loss: widget(() => import('./loss/Loss')),
  Advertising: widget(() => import('./advertising/Advertising')),
  GradientDescent: widget(() => import('./gradientDescent/GradientDescent')),
  SgdCompare: widget(() => import('./sgdCompare/SgdCompare')),
  InitCompare: widget(() => import('./initCompare/InitCompare'), { heavy: true }),
  CompGraph: widget(() => import('./compGraph/CompGraph')),
  CompGraphExercise: widget(() => import('./compGraphExercise/CompGraphExercise')),
  LayerLab: widget(() => import('./layerLab/LayerLab')),
  GradientCheck: widget(() => import('./gradientCheck/GradientCheck'), { heavy: true }),
  OptimizerRace: widget(() => import('./optimizerRace/OptimizerRace')),
  TwoLayerNet: widget(() => import('./twoLayerNet/TwoLayerNet'), { heavy: true }),
  MnistTrainer: widget(() => import('./mnistTrainer/MnistTrainer'), { heavy: true }),
  DigitPad: widget(() => import('./digitPad/DigitPad'), { heavy: true }),
  Note: prose(Note),
  EngineSource: prose(EngineSource),
  GlossaryTerm: prose(GlossaryTerm),
  SlideBreak: prose(SlideBreak),
} satisfies Record<WidgetTag | ProseTag, (tag: string) => unknown>;

type Registry = typeof registry;

/** Every component a chapter's MDX may name, by tag. */
export const widgetComponents = Object.fromEntries(Object.entries(registry).map(([tag, make]) => [tag, make(tag)])) as {
  [K in keyof Registry]: ReturnType<Registry[K]>;
};
