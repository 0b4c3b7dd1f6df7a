package org.textmend.spark;

/**
 * Describes a document that could not be cleaned, for the error column. A fixer must not throw (the
 * library's tests hunt for inputs that make one), but a job over billions of records must not die
 * on the one input that was missed: a runtime exception or a stack overflow fails the document, not
 * the task. Stateless.
 */
final class DocumentFailure {

  private DocumentFailure() {}

  /** {@code column: ExceptionName: message}. */
  static String describe(String column, Throwable failure) {
    String message = failure.getMessage();
    return column
        + ": "
        + failure.getClass().getSimpleName()
        + (message == null || message.isEmpty() ? "" : ": " + message);
  }
}
