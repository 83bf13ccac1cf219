// Orders the graph behind a tensor so every node comes after all of its inputs.
// Iterative depth-first search (no recursion, so deep graphs cannot overflow the stack);
// inputs are visited in their recorded order, so the order is the same on every run.
import type { Tensor } from '../tensor';

/** All tensors reachable from root through creators, inputs before outputs, root last. */
export function topoSort(root: Tensor): Tensor[] {
  const order: Tensor[] = [];
  const seen = new Set<Tensor>([root]);
  const stack: { node: Tensor; next: number }[] = [{ node: root, next: 0 }];
  for (let top = stack[0]; top !== undefined; top = stack[stack.length - 1]) {
    const inputs = top.node.creator?.inputs ?? [];
    const child = inputs[top.next];
    top.next++;
    if (child === undefined) {
      order.push(top.node);
      stack.pop();
    } else if (!seen.has(child)) {
      seen.add(child);
      stack.push({ node: child, next: 0 });
    }
  }
  return order;
}
