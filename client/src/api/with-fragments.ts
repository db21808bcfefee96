/**
 * Appends to `operation` only the fragments it spreads, directly or through other fragments
 * (GraphQL rejects unused fragments). `fragments` is the text of operations/fragments.graphql. Pure.
 */
export function withFragments(operation: string, fragments: string): string {
  const blocks = fragments
    .split(/\n(?=fragment )/)
    .map((b) => b.trim())
    .filter((b) => b.startsWith('fragment '));
  const used = new Set<string>();
  const visit = (text: string) => {
    for (const [, name] of text.matchAll(/\.\.\.(\w+)/g)) {
      if (name && !used.has(name)) {
        used.add(name);
        const block = blocks.find((b) => b.startsWith(`fragment ${name} `));
        if (block) visit(block);
      }
    }
  };
  visit(operation);
  const needed = blocks.filter((b) => used.has(/^fragment (\w+)/.exec(b)?.[1] ?? ''));
  return [operation.trim(), ...needed].join('\n\n') + '\n';
}
