declare module '*.ink' {
  /** The compiled story, as ink JSON text. */
  const json: string;
  export default json;
}

declare module '*.ink?meta' {
  /** The story's global tags (the tags at the top of its main file), as written. */
  const tags: string[];
  export default tags;
}
