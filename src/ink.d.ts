declare module '*.ink' {
  /** The compiled story, as ink JSON text. */
  const json: string;
  export default json;
}
