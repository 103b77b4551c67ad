import { type FieldNode, getNamedType, type GraphQLOutputType, type GraphQLResolveInfo, isObjectType } from 'graphql';
// graphql-js's own field collection, as its executor runs it (fragments, @skip and @include); not in its index.
import { collectSubfields } from 'graphql/execution/collectFields.js';

/**
 * Every field selected on the object type `typeName` anywhere under the resolved field: through nested fields and
 * fragments, with `@skip` and `@include` applied. What the answer will read of that type, so that a resolver can
 * leave the rest uncomputed.
 */
export function fieldsSelectedOn(info: GraphQLResolveInfo, typeName: string): Set<string> {
  const found = new Set<string>();
  const visit = (type: GraphQLOutputType, nodes: readonly FieldNode[]) => {
    const named = getNamedType(type);
    if (!isObjectType(named)) return;
    for (const [, fieldNodes] of collectSubfields(info.schema, info.fragments, info.variableValues, named, nodes)) {
      const name = fieldNodes[0]!.name.value;
      if (named.name === typeName) found.add(name);
      const field = named.getFields()[name];
      if (field) visit(field.type, fieldNodes);
    }
  };
  visit(info.returnType, info.fieldNodes);
  return found;
}
