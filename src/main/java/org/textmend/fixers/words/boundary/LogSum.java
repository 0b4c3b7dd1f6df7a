package org.textmend.fixers.words.boundary;

/** Sums of probabilities kept as logarithms, for the {@link WrapModel}. Stateless. */
final class LogSum {

  private LogSum() {}

  // log(1 + exp(-d)) for d in [0, LOG_ADD_RANGE), tabulated at LOG_ADD_STEPS per unit.
  private static final int LOG_ADD_RANGE = 32;
  private static final int LOG_ADD_STEPS = 64;
  private static final double[] LOG_ADD = new double[LOG_ADD_RANGE * LOG_ADD_STEPS + 2];

  static {
    for (int i = 0; i < LOG_ADD.length; i++) {
      LOG_ADD[i] = Math.log1p(Math.exp(-(double) i / LOG_ADD_STEPS));
    }
  }

  /** log(exp(a) + exp(b)), from a table accurate to about 1e-5. */
  static double logAdd(double a, double b) {
    double high = Math.max(a, b);
    if (high == Double.NEGATIVE_INFINITY) {
      return high;
    }
    double d = high - Math.min(a, b);
    if (d >= LOG_ADD_RANGE) {
      return high;
    }
    double x = d * LOG_ADD_STEPS;
    int i = (int) x;
    double f = x - i;
    return high + LOG_ADD[i] + f * (LOG_ADD[i + 1] - LOG_ADD[i]);
  }
}
