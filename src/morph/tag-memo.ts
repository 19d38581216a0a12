/**
 * Answers of az's tag methods, kept per tag. az writes a tag out anew each time it looks a
 * reading's probability up (a tenth of a lookup's cost), and asks `isProductive` and
 * `isCapitalized` of every reading its guessers make (a fifth of guessing an unknown word's cost):
 * property reads on its frozen tag objects, which have too many shapes for V8 to read them fast.
 * The tags are frozen objects made once per grammeme set, so each answer is kept after the first
 * time; a tag that is not frozen (none az makes) is asked every time.
 */

interface TagPrototype {
  toString(): string;
  isProductive(): boolean;
  isCapitalized(): unknown;
}

/** Makes the methods of the prototype of `tag` (every az tag's) remember their answers per tag. */
export function memoizeTagMethods(tag: object): void {
  const prototype = Object.getPrototypeOf(tag) as TagPrototype;
  prototype.toString = remember(prototype.toString);
  prototype.isProductive = remember(prototype.isProductive);
  prototype.isCapitalized = remember(prototype.isCapitalized);
}

function remember<R>(method: (this: object) => R): (this: object) => R {
  const answers = new Map<object, R>();
  return function (this: object): R {
    let answer = answers.get(this);
    if (answer === undefined && !answers.has(this)) {
      answer = method.call(this);
      if (Object.isFrozen(this)) answers.set(this, answer);
    }
    return answer as R;
  };
}
