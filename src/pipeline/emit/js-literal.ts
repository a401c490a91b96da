const STRING_TOKEN = /"(?:[^"\\]|\\.)*"/g;
const UNSAFE_IN_MDX = /[{}<>\u2028\u2029]/g;

/**
 * A value as a JavaScript literal that is safe inside MDX: JSON, with every brace and angle
 * bracket inside its strings written as a \u escape, so no text can open an expression, a
 * tag or a comment however the MDX parser scans it. Line and paragraph separators too.
 */
export function jsLiteral(value: unknown): string {
  return JSON.stringify(value).replace(STRING_TOKEN, (token) =>
    token.replace(UNSAFE_IN_MDX, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`),
  );
}
