import { useT } from '../../state/lang';
import '../kit/controls/controls.css';
import '../kit/graph/graph.css';
import { examples, type ExampleName } from '../kit/graph/examples';
import { ExpressionEditor } from './ExpressionEditor';
import { LiveGraph } from './LiveGraph';
import { WidgetRoot } from '../kit/figure/WidgetRoot';

/** The book's computational graphs, drawn live from the engine: pick an example by name, or "editor"; `plain` drops the extra panels. */
export default function CompGraph({
  example = 'apple',
  plain = false,
}: {
  example?: ExampleName | 'editor';
  plain?: boolean;
}) {
  const t = useT();
  const spec = example === 'editor' ? null : (examples[example] ?? examples.apple);
  return (
    <WidgetRoot className="comp-graph">
      <p className="comp-graph-title">{spec ? t(spec.title) : t({ ko: '식 편집기', en: 'Expression editor' })}</p>
      {spec ? (
        <LiveGraph vars={spec.vars} seed={spec.seed} build={spec.build} extras={plain ? [] : spec.extras} />
      ) : (
        <ExpressionEditor />
      )}
    </WidgetRoot>
  );
}
