// Checks a JSON value against a schema of the served OpenAPI 3.0 document: the subset the
// document uses (type, properties, required, items, nullable, enum, allOf, $ref to
// #/components/schemas). Every key of an object must be described, so a field added to a
// response without the document fails the test. Returns the problems, empty when it fits.
type Schema = Record<string, unknown>;

export function shapeProblems(
  doc: { components: { schemas: Record<string, Schema> } },
  schema: Schema,
  value: unknown,
) {
  const problems: string[] = [];
  const resolve = (s: Schema): Schema =>
    typeof s.$ref === "string" ? resolve(doc.components.schemas[s.$ref.replace("#/components/schemas/", "")]!) : s;

  /** The properties an object schema allows, allOf merged. */
  const propertiesOf = (s: Schema): [Record<string, Schema>, string[]] => {
    const r = resolve(s);
    const own = (r.properties ?? {}) as Record<string, Schema>;
    const required = (r.required ?? []) as string[];
    if (!Array.isArray(r.allOf)) return [own, required];
    return (r.allOf as Schema[])
      .map(propertiesOf)
      .reduce(([p, q], [p2, q2]) => [{ ...p, ...p2 }, [...q, ...q2]], [own, required] as [
        Record<string, Schema>,
        string[],
      ]);
  };

  const check = (s: Schema, v: unknown, path: string) => {
    const r = resolve(s);
    if (v === null) {
      if (!r.nullable) problems.push(`${path}: null but not nullable`);
      return;
    }
    if (Array.isArray(r.enum) && !r.enum.includes(v)) problems.push(`${path}: ${String(v)} not in enum`);
    const type = r.type ?? (r.allOf ? "object" : undefined);
    if (type === "integer" && !Number.isInteger(v)) problems.push(`${path}: not an integer`);
    if (type === "number" && typeof v !== "number") problems.push(`${path}: not a number`);
    if (type === "string" && typeof v !== "string") problems.push(`${path}: not a string`);
    if (type === "boolean" && typeof v !== "boolean") problems.push(`${path}: not a boolean`);
    if (type === "array") {
      if (!Array.isArray(v)) problems.push(`${path}: not an array`);
      else for (const [i, item] of v.entries()) check((r.items ?? {}) as Schema, item, `${path}[${i}]`);
    }
    if (type === "object") {
      if (typeof v !== "object" || Array.isArray(v)) {
        problems.push(`${path}: not an object`);
        return;
      }
      const [properties, required] = propertiesOf(r);
      for (const key of required) if (!(key in (v as object))) problems.push(`${path}.${key}: missing`);
      for (const [key, item] of Object.entries(v as object)) {
        const p = properties[key];
        if (!p) problems.push(`${path}.${key}: not in the document`);
        else check(p, item, `${path}.${key}`);
      }
    }
  };
  check(schema, value, "$");
  return problems;
}
