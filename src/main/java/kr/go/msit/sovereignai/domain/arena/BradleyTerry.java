package kr.go.msit.sovereignai.domain.arena;

/**
 * Bradley–Terry by Newton–Raphson on per-pair sufficient statistics: for the unordered pair
 * {@code p = (i, j)} with {@code i < j}, {@code n[p]} votes of which the lower-numbered team {@code i}
 * scored {@code w[p]} (a win 1, a tie or both-bad ½). P(i beats j) = σ(θi − θj), natural log scale.
 *
 * <p>Team 0 is held at 0 while fitting and the result is recentred so the teams' mean is 0. When the
 * maximum-likelihood estimate exists (the directed "scored against" graph is strongly connected,
 * Zermelo's and Ford's condition) the fit is the plain MLE, so two teams give exactly
 * θ1 − θ2 = ln(w / (n − w)). When it does not (separation, or a disconnected comparison graph in a
 * bootstrap replicate) a very weak penalty {@value #PENALTY}·½·Σ over all pairs (θi − θj)² is added,
 * which keeps every strength finite and the Newton system positive definite; it is symmetric in the
 * teams, so relabelling changes nothing. Step halving keeps every step uphill; at most
 * {@value #MAX_ITERATIONS} iterations, stopping when a Newton step moves no strength by more than
 * {@value #TOLERANCE}. Exponentials and logarithms come from {@link StrictMath}, so the same totals give
 * bit-identical strengths on every JVM and processor.
 */
final class BradleyTerry {

    static final double PENALTY = 1e-6;
    static final int MAX_ITERATIONS = 100;
    static final double TOLERANCE = 1e-10;

    /** The teams of each pair, pair {@code p} being {@code (pairI[p], pairJ[p])} with {@code pairI[p] < pairJ[p]}. */
    final int teams;

    final int[] pairI;
    final int[] pairJ;
    private final int[] pairOf;

    /** A fitted strength vector (mean 0) and how it was found. */
    record Fit(double[] theta, boolean penalised, int iterations, boolean converged) {}

    BradleyTerry(int teams) {
        this.teams = teams;
        int pairs = teams * (teams - 1) / 2;
        pairI = new int[pairs];
        pairJ = new int[pairs];
        pairOf = new int[teams * teams];
        int p = 0;
        for (int i = 0; i < teams; i++) {
            for (int j = i + 1; j < teams; j++) {
                pairI[p] = i;
                pairJ[p] = j;
                pairOf[i * teams + j] = p;
                pairOf[j * teams + i] = p;
                p++;
            }
        }
    }

    int pairs() {
        return pairI.length;
    }

    /** The pair index of two different teams, in either order. */
    int pair(int a, int b) {
        return pairOf[a * teams + b];
    }

    static double sigmoid(double x) {
        if (x >= 0) {
            return 1.0 / (1.0 + StrictMath.exp(-x));
        }
        double e = StrictMath.exp(x);
        return e / (1.0 + e);
    }

    /** ln σ(x), without overflow. */
    static double logSigmoid(double x) {
        return x >= 0 ? -StrictMath.log1p(StrictMath.exp(-x)) : x - StrictMath.log1p(StrictMath.exp(x));
    }

    /** Whether every team is linked to every other through pairs with at least one vote. */
    boolean connected(double[] n) {
        return reachesAll(n, null, false) && teams > 0;
    }

    /**
     * Whether the MLE exists: for every split of the teams into two groups, each group scored
     * something against the other (the directed graph i → j when i scored against j is strongly connected).
     */
    boolean identifiable(double[] n, double[] w) {
        return reachesAll(n, w, false) && reachesAll(n, w, true);
    }

    /**
     * Breadth-first search from team 0. With {@code w == null}, over pairs with votes (undirected);
     * otherwise along i → j when i scored against j ({@code reverse}: along j → i).
     */
    private boolean reachesAll(double[] n, double[] w, boolean reverse) {
        boolean[] seen = new boolean[teams];
        int[] queue = new int[teams];
        int head = 0;
        int tail = 0;
        seen[0] = true;
        queue[tail++] = 0;
        while (head < tail) {
            int u = queue[head++];
            for (int v = 0; v < teams; v++) {
                if (seen[v] || v == u) {
                    continue;
                }
                int p = pair(u, v);
                boolean edge;
                if (w == null) {
                    edge = n[p] > 0;
                } else {
                    // score of u against v, and of v against u
                    double lowerScored = w[p];
                    double upperScored = n[p] - w[p];
                    double uAgainstV = u < v ? lowerScored : upperScored;
                    double vAgainstU = u < v ? upperScored : lowerScored;
                    edge = reverse ? vAgainstU > 0 : uAgainstV > 0;
                }
                if (edge) {
                    seen[v] = true;
                    queue[tail++] = v;
                }
            }
        }
        return tail == teams;
    }

    /**
     * The (penalised when needed) MLE, starting from {@code start} (any shift of a strength vector;
     * null for all zeros). The penalty is used when {@link #identifiable} is false, or if the
     * unpenalised Newton system ever fails to be positive definite.
     */
    Fit fit(double[] n, double[] w, double[] start) {
        boolean penalised = !identifiable(n, w);
        Fit fit = newton(n, w, start, penalised ? PENALTY : 0.0);
        if (fit == null) {
            fit = newton(n, w, start, PENALTY);
        }
        return fit;
    }

    /** The penalised log-likelihood. */
    double objective(double[] n, double[] w, double[] theta, double penalty) {
        double sum = 0;
        for (int p = 0; p < pairI.length; p++) {
            double d = theta[pairI[p]] - theta[pairJ[p]];
            double np = n[p];
            if (np > 0) {
                double wp = w[p];
                if (wp > 0) {
                    sum += wp * logSigmoid(d);
                }
                if (np - wp > 0) {
                    sum += (np - wp) * logSigmoid(-d);
                }
            }
            if (penalty > 0) {
                sum -= 0.5 * penalty * d * d;
            }
        }
        return sum;
    }

    /** The gradient of the (penalised) log-likelihood with respect to every team's strength. */
    double[] gradient(double[] n, double[] w, double[] theta, double penalty) {
        double[] g = new double[teams];
        for (int p = 0; p < pairI.length; p++) {
            double d = theta[pairI[p]] - theta[pairJ[p]];
            double r = w[p] - n[p] * sigmoid(d) - penalty * d;
            g[pairI[p]] += r;
            g[pairJ[p]] -= r;
        }
        return g;
    }

    /** Newton–Raphson with team 0 fixed; null when the system is not positive definite. */
    private Fit newton(double[] n, double[] w, double[] start, double penalty) {
        int m = teams;
        int k = m - 1;
        double[] theta = new double[m];
        if (start != null) {
            for (int i = 1; i < m; i++) {
                theta[i] = start[i] - start[0];
            }
            for (int i = 1; i < m; i++) {
                if (!Double.isFinite(theta[i])) {
                    java.util.Arrays.fill(theta, 0.0);
                    break;
                }
            }
        }
        double[] h = new double[k * k];
        double[] g = new double[k];
        double[] step = new double[k];
        double[] trial = new double[m];
        double current = objective(n, w, theta, penalty);
        boolean converged = false;
        int iteration = 0;
        while (iteration < MAX_ITERATIONS) {
            iteration++;
            java.util.Arrays.fill(h, 0.0);
            java.util.Arrays.fill(g, 0.0);
            for (int p = 0; p < pairI.length; p++) {
                int i = pairI[p];
                int j = pairJ[p];
                double d = theta[i] - theta[j];
                double s = sigmoid(d);
                double r = w[p] - n[p] * s - penalty * d;
                double info = n[p] * s * (1.0 - s) + penalty;
                if (i > 0) {
                    g[i - 1] += r;
                    h[(i - 1) * k + (i - 1)] += info;
                }
                if (j > 0) {
                    g[j - 1] -= r;
                    h[(j - 1) * k + (j - 1)] += info;
                }
                if (i > 0 && j > 0) {
                    h[(i - 1) * k + (j - 1)] -= info;
                    h[(j - 1) * k + (i - 1)] -= info;
                }
            }
            if (!choleskySolve(h, g, step, k)) {
                return null;
            }
            double largest = 0;
            for (int i = 0; i < k; i++) {
                largest = Math.max(largest, Math.abs(step[i]));
            }
            if (!(largest < Double.POSITIVE_INFINITY)) {
                return null;
            }
            if (largest < TOLERANCE) {
                for (int i = 1; i < m; i++) {
                    theta[i] += step[i - 1];
                }
                converged = true;
                break;
            }
            // step halving: accept the first step that does not lower the objective (beyond rounding)
            double slack = 1e-12 * Math.max(1.0, Math.abs(current));
            double t = 1.0;
            boolean accepted = false;
            for (int halving = 0; halving < 60; halving++) {
                trial[0] = 0.0;
                for (int i = 1; i < m; i++) {
                    trial[i] = theta[i] + t * step[i - 1];
                }
                double value = objective(n, w, trial, penalty);
                if (value >= current - slack) {
                    System.arraycopy(trial, 0, theta, 0, m);
                    current = value;
                    accepted = true;
                    break;
                }
                t *= 0.5;
            }
            if (!accepted) {
                // no uphill step left at double precision: this is the optimum
                converged = true;
                break;
            }
        }
        double mean = 0;
        for (int i = 0; i < m; i++) {
            mean += theta[i];
        }
        mean /= m;
        for (int i = 0; i < m; i++) {
            theta[i] -= mean;
        }
        return new Fit(theta, penalty > 0, iteration, converged);
    }

    /** Solves {@code a x = b} for a symmetric positive-definite {@code a} (row-major k×k, overwritten). */
    static boolean choleskySolve(double[] a, double[] b, double[] x, int k) {
        // a = L Lᵀ, L stored in the lower triangle of a
        for (int j = 0; j < k; j++) {
            double diagonal = a[j * k + j];
            for (int c = 0; c < j; c++) {
                diagonal -= a[j * k + c] * a[j * k + c];
            }
            if (!(diagonal > 0)) {
                return false;
            }
            double l = StrictMath.sqrt(diagonal);
            a[j * k + j] = l;
            for (int i = j + 1; i < k; i++) {
                double v = a[i * k + j];
                for (int c = 0; c < j; c++) {
                    v -= a[i * k + c] * a[j * k + c];
                }
                a[i * k + j] = v / l;
            }
        }
        for (int i = 0; i < k; i++) {
            double v = b[i];
            for (int c = 0; c < i; c++) {
                v -= a[i * k + c] * x[c];
            }
            x[i] = v / a[i * k + i];
        }
        for (int i = k - 1; i >= 0; i--) {
            double v = x[i];
            for (int c = i + 1; c < k; c++) {
                v -= a[c * k + i] * x[c];
            }
            x[i] = v / a[i * k + i];
        }
        return true;
    }
}
