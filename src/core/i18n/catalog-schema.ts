import { z } from "../zod";
import type { Messages } from "./en";

/** An object of texts, where a text is a string or an object of plural forms. */
const isTextObject = (value: unknown, inner: (text: unknown) => boolean): boolean =>
  typeof value === "object" && value !== null && Object.values(value).every(inner);

/** A message catalog fetched from `locales/`: checked like any other answer from a server. */
export const CatalogSchema = z.custom<Partial<Messages>>((value) =>
  isTextObject(
    value,
    (text) => typeof text === "string" || isTextObject(text, (form) => typeof form === "string"),
  ),
);
