/**
 * A small JSON Schema subset, enough to check request bodies the way the Merchant API does.
 * Its messages are those of the PHP validator the real API answers with ("string value
 * found, but an integer is required"), keyed by property path ("settings.project_id",
 * "purchase.virtual_items.items[0].sku").
 */

export type JsonType = "string" | "integer" | "number" | "boolean" | "object" | "array";

export type Schema =
  | { type: "string"; enum?: readonly string[]; pattern?: RegExp; minLength?: number }
  | { type: "integer" | "number"; minimum?: number; exclusiveMinimum?: number }
  | { type: "boolean" }
  | { type: "object"; properties?: Record<string, Schema>; required?: readonly string[] }
  | { type: "array"; items?: Schema; minItems?: number; maxItems?: number }
  /** Either of several scalar types (the seed and the SDKs disagree on some fields). */
  | { type: readonly JsonType[] };

export type PropertyErrors = Record<string, string[]>;

/** The JSON type of a value, as the validator names it: whole numbers are integers. */
function foundType(value: unknown): string {
  if (value === null) return "NULL";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

const article = (type: string) => (/^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`);

function matchesType(value: unknown, type: JsonType): boolean {
  const found = foundType(value);
  // An integer is a number too.
  return found === type || (type === "number" && found === "integer");
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

export function validate(value: unknown, schema: Schema, path = "", errors: PropertyErrors = {}) {
  const add = (message: string) => {
    const key = path || "$";
    errors[key] = [...(errors[key] ?? []), message];
  };
  const types: readonly JsonType[] = typeof schema.type === "string" ? [schema.type] : schema.type;
  if (!types.some((type) => matchesType(value, type))) {
    add(`${foundType(value)} value found, but ${types.map(article).join(" or ")} is required`);
    return errors;
  }
  switch (schema.type) {
    case "string": {
      const text = value as string;
      if (schema.minLength !== undefined && text.length < schema.minLength)
        add(`Must be at least ${schema.minLength} characters long`);
      if (schema.pattern && !schema.pattern.test(text))
        add(`Does not match the regex pattern ${schema.pattern.source}`);
      if (schema.enum && !schema.enum.includes(text))
        add(`Does not have a value in the enumeration ${JSON.stringify(schema.enum)}`);
      break;
    }
    case "integer":
    case "number": {
      const number = value as number;
      if (schema.minimum !== undefined && number < schema.minimum)
        add(`Must have a minimum value of ${schema.minimum}`);
      if (schema.exclusiveMinimum !== undefined && number <= schema.exclusiveMinimum)
        add(`Must have a minimum value greater than ${schema.exclusiveMinimum}`);
      break;
    }
    case "object": {
      const object = value as Record<string, unknown>;
      for (const name of schema.required ?? []) {
        if (object[name] === undefined) {
          const key = join(path, name);
          errors[key] = [...(errors[key] ?? []), `The property ${name} is required`];
        }
      }
      for (const [name, child] of Object.entries(schema.properties ?? {})) {
        if (object[name] !== undefined) validate(object[name], child, join(path, name), errors);
      }
      break;
    }
    case "array": {
      const array = value as unknown[];
      if (schema.minItems !== undefined && array.length < schema.minItems)
        add(`There must be a minimum of ${schema.minItems} items in the array`);
      if (schema.maxItems !== undefined && array.length > schema.maxItems)
        add(`There must be a maximum of ${schema.maxItems} items in the array`);
      const items = schema.items;
      if (items) {
        for (const [i, entry] of array.entries()) validate(entry, items, `${path}[${i}]`, errors);
      }
      break;
    }
  }
  return errors;
}
