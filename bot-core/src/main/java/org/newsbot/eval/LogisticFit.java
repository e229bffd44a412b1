package org.newsbot.eval;

import java.util.List;

/**
 * Fits a logistic regression, P(y = 1 | x) = 1 / (1 + exp(-(b + w·x))), by Newton's method with a
 * small L2 penalty that keeps weights finite when a feature separates the data.
 */
public final class LogisticFit {
  private static final int ITERATIONS = 30;

  private LogisticFit() {}

  /** The fitted bias and weights. */
  public record Model(double bias, double[] weights) {
    public double probability(double[] x) {
      double z = bias;
      for (int i = 0; i < x.length; i++) {
        z += weights[i] * x[i];
      }
      return 1 / (1 + Math.exp(-z));
    }
  }

  /**
   * Fits rows {@code x} with labels {@code y}; features listed in {@code fixedAtZero} keep weight 0
   * (those a set of weights cannot see, such as closeness in meaning for keywords alone).
   */
  public static Model fit(List<double[]> x, List<Boolean> y, double l2, boolean[] fixedAtZero) {
    return fit(x, y, l2, fixedAtZero, new boolean[fixedAtZero.length]);
  }

  /**
   * As {@link #fit(List, List, double, boolean[])}, with the weights listed in {@code nonNegative}
   * kept at zero or above: evidence that can only speak for an answer (more of the question's words)
   * is not given a negative weight because it goes with other evidence that the fit prefers.
   */
  public static Model fit(List<double[]> x, List<Boolean> y, double l2, boolean[] fixedAtZero,
      boolean[] nonNegative) {
    boolean[] fixed = fixedAtZero.clone();
    for (int round = 0; round <= fixed.length; round++) {
      Model model = fitOnce(x, y, l2, fixed);
      boolean changed = false;
      for (int i = 0; i < fixed.length; i++) {
        if (nonNegative[i] && !fixed[i] && model.weights()[i] < 0) {
          fixed[i] = true; // a weight that came out negative is held at zero and the rest refitted
          changed = true;
        }
      }
      if (!changed) {
        return model;
      }
    }
    return fitOnce(x, y, l2, fixed);
  }

  private static Model fitOnce(List<double[]> x, List<Boolean> y, double l2, boolean[] fixedAtZero) {
    int d = x.getFirst().length + 1; // the bias is weight 0
    double[] w = new double[d];
    for (int iteration = 0; iteration < ITERATIONS; iteration++) {
      double[] gradient = new double[d];
      double[][] hessian = new double[d][d];
      for (int r = 0; r < x.size(); r++) {
        double[] row = x.get(r);
        double z = w[0];
        for (int i = 1; i < d; i++) {
          z += w[i] * row[i - 1];
        }
        double p = 1 / (1 + Math.exp(-z));
        double error = p - (y.get(r) ? 1 : 0);
        double curvature = Math.max(p * (1 - p), 1e-9);
        for (int i = 0; i < d; i++) {
          double xi = i == 0 ? 1 : row[i - 1];
          if (xi == 0) {
            continue;
          }
          gradient[i] += error * xi;
          for (int j = 0; j < d; j++) {
            double xj = j == 0 ? 1 : row[j - 1];
            hessian[i][j] += curvature * xi * xj;
          }
        }
      }
      for (int i = 1; i < d; i++) {
        gradient[i] += l2 * w[i];
        hessian[i][i] += l2;
      }
      for (int i = 0; i < d; i++) {
        if (i > 0 && fixedAtZero[i - 1]) {
          for (int j = 0; j < d; j++) {
            hessian[i][j] = i == j ? 1 : 0;
            hessian[j][i] = i == j ? 1 : 0;
          }
          gradient[i] = 0;
        }
        hessian[i][i] += 1e-9;
      }
      double[] step = solve(hessian, gradient);
      double largest = 0;
      for (int i = 0; i < d; i++) {
        w[i] -= step[i];
        largest = Math.max(largest, Math.abs(step[i]));
      }
      if (largest < 1e-6) {
        break;
      }
    }
    double[] weights = new double[d - 1];
    System.arraycopy(w, 1, weights, 0, d - 1);
    return new Model(w[0], weights);
  }

  /** Solves a x = b by Gaussian elimination with partial pivoting. */
  private static double[] solve(double[][] a, double[] b) {
    int n = b.length;
    double[][] m = new double[n][];
    for (int i = 0; i < n; i++) {
      m[i] = java.util.Arrays.copyOf(a[i], n + 1);
      m[i][n] = b[i];
    }
    for (int col = 0; col < n; col++) {
      int pivot = col;
      for (int r = col + 1; r < n; r++) {
        if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
          pivot = r;
        }
      }
      double[] swap = m[col];
      m[col] = m[pivot];
      m[pivot] = swap;
      for (int r = col + 1; r < n; r++) {
        double factor = m[r][col] / m[col][col];
        for (int c = col; c <= n; c++) {
          m[r][c] -= factor * m[col][c];
        }
      }
    }
    double[] x = new double[n];
    for (int r = n - 1; r >= 0; r--) {
      double sum = m[r][n];
      for (int c = r + 1; c < n; c++) {
        sum -= m[r][c] * x[c];
      }
      x[r] = sum / m[r][r];
    }
    return x;
  }
}
