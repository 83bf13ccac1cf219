import { useT } from '../../../state/lang';
import { ChoiceChips } from './ChoiceChips';
import { rowKeys } from './truthTable';

/** Radio chips choosing which truth-table row flows through a drawn network (arrow keys move it). */
export function RowChooser({ value, onChange }: { value: string; onChange: (row: string) => void }) {
  const t = useT();
  return (
    <ChoiceChips
      kind="radios"
      showLabel
      label={t({ ko: '그래프에 흘려 보낼 입력 행', en: 'Input row flowing through the graph' })}
      chipAttr="data-row-choice"
      options={rowKeys}
      value={value}
      onChange={onChange}
      labels={(key) => `(${key.replace(',', ', ')})`}
    />
  );
}
