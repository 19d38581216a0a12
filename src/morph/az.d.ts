// Minimal typings for the parts of `az` (Az.js, OpenCorpora morphology) that munical uses.
declare module 'az' {
  export interface AzTag {
    POS?: string;
    CAse?: string;
    toString(): string;
    [grammeme: string]: unknown;
  }
  export interface AzParse {
    word: string;
    tag: AzTag;
    score: number;
    parser: string;
    normalize(keepPOS?: boolean): AzParse;
    inflect(grammemes: string[] | AzTag | number): AzParse | false;
    /** Number of forms in the paradigm (dictionary parses and parses combined from them). */
    formCnt?: number;
  }
  export interface AzMorph {
    (word: string, config?: Record<string, unknown>): AzParse[];
    init(path: string, callback: (error: unknown) => void): void;
  }
  const Az: { Morph: AzMorph };
  export default Az;
}
