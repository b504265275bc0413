export interface InputNode {
  /** Dotted path as field errors name it, e.g. "contactPersons.0.email"; "" for the root. */
  path: string;
  value: unknown;
  /** 0 for the root, 1 for its fields, and so on. */
  depth: number;
  /** The object or array holding the value, and its key there; absent for the root. */
  parent?: Record<string, unknown> | unknown[];
  key?: string | number;
}

/**
 * Every value of a parsed request body or query, depth first, with an explicit stack instead of recursion: input
 * nested thousands deep cannot exhaust the call stack here. Values deeper than `maxDepth` are yielded but not
 * entered, so the caller can refuse them.
 */
export function* walkInput(root: unknown, maxDepth = Number.POSITIVE_INFINITY): Generator<InputNode> {
  const stack: InputNode[] = [{ path: '', value: root, depth: 0 }];
  while (stack.length > 0) {
    const node = stack.pop()!;
    yield node;
    if (node.depth >= maxDepth || node.value === null || typeof node.value !== 'object') continue;
    const container = node.value as Record<string, unknown> | unknown[];
    const keys = Array.isArray(container) ? container.map((_, index) => index) : Object.keys(container);
    for (let index = keys.length - 1; index >= 0; index--) {
      const key = keys[index];
      const path = node.path === '' ? String(key) : `${node.path}.${key}`;
      stack.push({
        path,
        value: (container as Record<string | number, unknown>)[key],
        depth: node.depth + 1,
        parent: container,
        key,
      });
    }
  }
}
