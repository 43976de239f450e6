package org.reportlens.compare;

/**
 * The weighted log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi and Quinn 2008,
 * "Fightin' Words", Political Analysis 16(4), eq. 16-22) of one term between a group and the rest.
 *
 * <p>With {@code y} the term's count in the group, {@code n} the group's total count, {@code y'} and
 * {@code n'} the same for the rest, and the prior {@code a} for the term with total {@code a0}:
 * <pre>
 *   delta = ln((y + a) / (n + a0 - y - a)) - ln((y' + a) / (n' + a0 - y' - a))
 *   var   = 1 / (y + a) + 1 / (y' + a)
 *   z     = delta / sqrt(var)
 * </pre>
 * The informative prior is the term's share of the whole corpus scaled to {@code a0}: {@code a = a0 * (y + y') / (n + n')}.
 * Positive delta and z: the term is more typical of the group than of the rest. Pure functions.
 */
public final class LogOdds {
  private LogOdds() {}

  /** delta, its variance and z for one term. */
  public record Score(double delta, double variance, double z) {}

  /**
   * @param y     count of the term in the group
   * @param n     total count of all terms in the group
   * @param yRest count of the term in the rest
   * @param nRest total count in the rest
   * @param a0    prior size (pseudo-counts over the whole vocabulary); must be positive
   */
  public static Score score(double y, double n, double yRest, double nRest, double a0) {
    if (a0 <= 0) throw new IllegalArgumentException("prior size must be positive: " + a0);
    double total = n + nRest;
    double a = total <= 0 ? 0 : a0 * (y + yRest) / total;
    if (a <= 0) return new Score(0, Double.POSITIVE_INFINITY, 0); // a term never seen: nothing to say
    double delta = Math.log((y + a) / (n + a0 - y - a)) - Math.log((yRest + a) / (nRest + a0 - yRest - a));
    double var = 1 / (y + a) + 1 / (yRest + a);
    return new Score(delta, var, delta / Math.sqrt(var));
  }
}
