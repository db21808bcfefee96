import {
  getNamedType,
  GraphQLError,
  getNullableType,
  isLeafType,
  Kind,
  valueFromAST,
  type DocumentNode,
  type ExecutionArgs,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { LIMITS } from '../../domain/limits.js';

/**
 * The size-aware cost limit (docs/api-limits.md). graphql-armor's cost counts each field once, so
 * `neighborhood(depth: 3, limit: 2000)` cost the same as `neighborhood(limit: 1)`, and fifteen
 * aliases of it passed. Here a field's cost (an object 2, a scalar 1, plus its selection) is
 * multiplied by its size arguments: `limit` and `first` (how many items come back), `depth` and
 * `maxLength` (how far the walk goes), each at its value, its variable's value or its default. A
 * field with size arguments also costs WALK per unit of size, the store's work whatever is selected.
 */
export const SIZE_ARGUMENTS = ['first', 'limit', 'depth', 'maxLength'] as const;

/** What finding one item costs a walk, however few fields the operation asks of it. */
const WALK = 4;

/**
 * The most an operation may cost. The explorer's costliest operation (a 2000-item `changes`
 * window around a focus) costs about 262000, a depth-3, limit-2000 neighbourhood with ids and
 * sources about 145000; fifteen aliases of even `neighborhood(depth: 3, limit: 2000) { total }`
 * (42000 each) cost 630000 and are refused.
 */
export const MAX_COST = 400_000;

/** An operation from this cost up is heavy: a client may run only a few at once (`limitCost`). */
export const HEAVY_COST = 50_000;

/**
 * The largest `first` or `limit` each field takes (`LIMITS`): a larger value is refused by the
 * store naming the argument, so it costs no more here than the store allows.
 */
const LIST_MAX: Record<string, number> = {
  search: LIMITS.searchFirst.max,
  entities: LIMITS.entitiesFirst.max,
  neighborhood: LIMITS.neighborhoodLimit.max,
  paths: LIMITS.pathsLimit.max,
  changes: LIMITS.changesLimit.max,
  compare: LIMITS.compareLimit.max,
  auditLog: LIMITS.auditFirst.max,
};
const LARGEST_LIST = Math.max(...Object.values(LIST_MAX));

/** A size argument's value as a multiplier: at least 1, at most what the store takes. */
function multiplierOf(field: string, argument: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 1) return 1;
  const max =
    argument === 'depth'
      ? LIMITS.depth.max
      : argument === 'maxLength'
        ? LIMITS.maxLength.max
        : (LIST_MAX[field] ?? LARGEST_LIST);
  return Math.min(Math.floor(value), max);
}

/**
 * The cost of the operation `operationName` picks (the only one when there is one), or 0 when
 * none can be picked (graphql's validation says why). Unknown fields cost nothing here: validation
 * refuses them.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
): number {
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const operation = operationName
    ? operations.find((o) => o.name?.value === operationName)
    : operations.length === 1
      ? operations[0]
      : undefined;
  if (!operation) return 0;
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((f) => [f.name.value, f]),
  );
  const root = schema.getRootType(operation.operation);
  if (!root) return 0;
  const vars = variables ?? {};
  // A fragment spread inside itself is a validation error; never follow one twice on a path.
  const cost = (set: SelectionSetNode, type: GraphQLNamedType, spreading: ReadonlySet<string>): number => {
    let total = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!fragment || spreading.has(name)) continue;
        const on = schema.getType(fragment.typeCondition.name.value) ?? type;
        total += cost(fragment.selectionSet, on, new Set([...spreading, name]));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const on = selection.typeCondition ? (schema.getType(selection.typeCondition.name.value) ?? type) : type;
        total += cost(selection.selectionSet, on, spreading);
      } else {
        const name = selection.name.value;
        // Introspection is bounded by the schema's size and exempt, as graphql-armor exempts it.
        if (name.startsWith('__')) continue;
        const field =
          'getFields' in type ? (type.getFields() as Record<string, GraphQLField<unknown, unknown>>)[name] : undefined;
        if (!field) continue;
        const named = getNamedType(field.type);
        let own = isLeafType(named) ? 1 : 2;
        if (selection.selectionSet) own += cost(selection.selectionSet, named, spreading);
        const sizes = field.args.filter((arg) => (SIZE_ARGUMENTS as readonly string[]).includes(arg.name));
        if (sizes.length > 0) own += WALK;
        for (const arg of sizes) {
          const node = selection.arguments?.find((a) => a.name.value === arg.name);
          // A variable left out (or null) takes the default, as the stores default a null size.
          const value = (node && valueFromAST(node.value, getNullableType(arg.type), vars)) ?? arg.defaultValue;
          own *= multiplierOf(name, arg.name, value);
        }
        total += own;
      }
    }
    return total;
  };
  return cost(operation.selectionSet, root, new Set());
}

/** What express's request carries into yoga: the client's address (`trust proxy` applied). */
interface ClientContext {
  req?: { ip?: string };
}

/**
 * Refuses, before it runs, an operation over MAX_COST (BAD_USER_INPUT), and a heavy one (HEAVY_COST
 * or more) while the same client address already has `heavyPerClient` running (RATE_LIMITED): the
 * rate limit counts requests, not what they cost, and a few slow operations at once can occupy
 * the store for everyone. Counted with the variables' values, so sizes sent as variables count.
 */
export function limitCost({ heavyPerClient }: { heavyPerClient: number }): Plugin {
  const running = new Map<string, number>();
  return {
    onExecute({ args, setResultAndStopExecution }) {
      // envelop types its arguments as any (it serves every graphql version); they are graphql 16's.
      const { schema, document, operationName, variableValues, contextValue } = args as ExecutionArgs;
      const cost = operationCost(schema, document, operationName, variableValues);
      const refuse = (message: string, code: string) =>
        setResultAndStopExecution({ errors: [new GraphQLError(message, { extensions: { code } })] });
      if (cost > MAX_COST) {
        return void refuse(
          `Query cost limit of ${MAX_COST} exceeded: this operation costs ${cost}. Sizes (limit, first, depth, ` +
            'maxLength) multiply what a field costs: ask for fewer items, a smaller depth, fewer aliases or fewer fields.',
          'BAD_USER_INPUT',
        );
      }
      if (cost < HEAVY_COST) return;
      const client = (contextValue as ClientContext).req?.ip ?? 'unknown';
      const now = running.get(client) ?? 0;
      if (now >= heavyPerClient) {
        return void refuse(
          `Too many heavy operations at once: this server runs ${heavyPerClient} heavy operations at a time ` +
            `for one client (this one costs ${cost}). Retry when one has finished.`,
          'RATE_LIMITED',
        );
      }
      running.set(client, now + 1);
      return {
        onExecuteDone() {
          const left = (running.get(client) ?? 1) - 1;
          if (left > 0) running.set(client, left);
          else running.delete(client);
        },
      };
    },
  };
}
