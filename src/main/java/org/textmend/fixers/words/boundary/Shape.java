package org.textmend.fixers.words.boundary;

/** The case pattern of a word: lower case, capitalised, in capitals, or mixed. */
enum Shape {
  LOWER,
  CAPITALISED,
  UPPER,
  MIXED;

  static Shape of(char[] text, int start, int end) {
    boolean firstUpper = Character.isUpperCase(text[start]);
    int upper = firstUpper ? 1 : 0;
    for (int k = start + 1; k < end; k++) {
      if (Character.isUpperCase(text[k])) {
        upper++;
      }
    }
    if (upper == 0) {
      return LOWER;
    }
    if (upper == end - start) {
      return UPPER;
    }
    return firstUpper && upper == 1 ? CAPITALISED : MIXED;
  }
}
