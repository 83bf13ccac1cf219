// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { Slider } from './Slider';

/** A slider over [-2, 2] (book value 0.5) that keeps its value in state, as a widget does. */
function Harness({ start = 0.5 }: { start?: number }) {
  const [value, setValue] = useState(start);
  return (
    <>
      <Slider
        name="w1"
        label="w1"
        value={value}
        defaultValue={0.5}
        min={-2}
        max={2}
        step={0.1}
        fineStep={0.01}
        onChange={setValue}
      />
      <output data-testid="value">{value}</output>
    </>
  );
}

const range = () => screen.getByRole('slider', { name: 'w1' });
const field = () => screen.getByRole('textbox', { name: 'w1 exact value' });
const value = () => Number(screen.getByTestId('value').textContent);

afterEach(cleanup);

describe('Slider', () => {
  it('takes a dragged value from the range (a change event), snapped to the fine step', () => {
    render(<Harness />);
    fireEvent.change(range(), { target: { value: '1.234' } });
    expect(value()).toBe(1.23);
    expect(field()).toHaveProperty('value', '1.23');
  });

  it('takes a typed value exactly, while it is typed', () => {
    render(<Harness />);
    fireEvent.focus(field());
    fireEvent.change(field(), { target: { value: '-1.375' } });
    expect(value()).toBe(-1.375);
  });

  it('refuses text that is not a number with a sentence, and keeps the value', () => {
    const { container } = render(<Harness />);
    fireEvent.focus(field());
    fireEvent.change(field(), { target: { value: 'abc' } });
    fireEvent.keyDown(field(), { key: 'Enter' });
    expect(value()).toBe(0.5);
    expect(container.querySelector('[data-refused]')?.getAttribute('data-refused')).toBe('notANumber');
    expect(container.textContent).toContain('“abc” is not a number, so 0.5 was kept.');
    expect(field().getAttribute('aria-invalid')).toBe('true');
  });

  it('clamps a typed value above the maximum, and says so', () => {
    const { container } = render(<Harness />);
    fireEvent.focus(field());
    fireEvent.change(field(), { target: { value: '7' } });
    fireEvent.keyDown(field(), { key: 'Enter' });
    expect(value()).toBe(2);
    expect(container.textContent).toContain('7 is above the maximum 2, so it was clamped to 2.');
  });

  it('steps by the step with an arrow key, and by the fine step with Shift', () => {
    render(<Harness />);
    fireEvent.keyDown(range(), { key: 'ArrowRight' });
    expect(value()).toBeCloseTo(0.6, 12);
    fireEvent.keyDown(range(), { key: 'ArrowLeft', shiftKey: true });
    expect(value()).toBeCloseTo(0.59, 12);
  });

  it("resets to the book's value, and the reset is disabled when already there", () => {
    render(<Harness start={-1} />);
    const reset = screen.getByRole('button', { name: "Reset w1 to the book's value 0.5" });
    fireEvent.click(reset);
    expect(value()).toBe(0.5);
    expect(reset).toHaveProperty('disabled', true);
  });
});
