package fr.cnnumerique.cafeia.support;

import java.util.Locale;

/**
 * The EcoIndex of a page (ecoindex.fr, by the Collectif Conception Numérique Responsable)
 * from three measures taken in a browser: DOM elements, requests and transferred
 * kilobytes. Each measure is placed among the published quantiles of the HTTP Archive (a
 * linear position between the two quantiles around it, 0 to 20), and the score is
 * {@code 100 − 5 × (3·q_dom + 2·q_req + q_size) / 6}, rounded, as the reference
 * implementation computes it.
 *
 * @param score from 0 (worst) to 100 (best)
 * @param grade A (score above 80), B (above 70), C (55), D (40), E (25), F (10), else G
 */
public record EcoIndex(int score, char grade) {

	static final double[] DOM_QUANTILES = { 0, 47, 75, 159, 233, 298, 358, 417, 476, 537, 603, 674, 753, 843, 949, 1076,
			1237, 1459, 1801, 2479, 594601 };

	static final double[] REQUEST_QUANTILES = { 0, 2, 15, 25, 34, 42, 49, 56, 63, 70, 78, 86, 95, 105, 117, 130, 147,
			170, 205, 281, 3920 };

	static final double[] SIZE_KB_QUANTILES = { 0, 1.37, 144.7, 319.53, 479.46, 631.97, 783.38, 937.91, 1098.62,
			1265.47, 1448.32, 1648.27, 1876.08, 2142.06, 2465.37, 2866.31, 3401.59, 4155.73, 5400.08, 8037.54,
			223212.26 };

	private static final int[] GRADE_THRESHOLDS = { 80, 70, 55, 40, 25, 10 };

	/**
	 * The EcoIndex of a page.
	 * @param dom number of DOM elements (descendants of {@code svg} excluded)
	 * @param requests number of requests made by the page
	 * @param kilobytes kilobytes transferred (1 KB = 1,024 bytes)
	 * @return its score and grade
	 */
	public static EcoIndex of(int dom, int requests, double kilobytes) {
		double score = 100 - 5 * (3 * quantile(DOM_QUANTILES, dom) + 2 * quantile(REQUEST_QUANTILES, requests)
				+ quantile(SIZE_KB_QUANTILES, kilobytes)) / 6;
		int rounded = (int) Math.rint(score);
		return new EcoIndex(rounded, grade(rounded));
	}

	/**
	 * Where a value stands among quantiles: {@code i} plus its linear position between
	 * quantile {@code i} and {@code i + 1}; the last index beyond the last quantile.
	 */
	static double quantile(double[] quantiles, double value) {
		if (value < 0) {
			throw new IllegalArgumentException("A measure cannot be negative: " + value);
		}
		for (int i = 1; i < quantiles.length; i++) {
			if (value < quantiles[i]) {
				return i - 1 + (value - quantiles[i - 1]) / (quantiles[i] - quantiles[i - 1]);
			}
		}
		return quantiles.length - 1;
	}

	static char grade(double score) {
		for (int i = 0; i < GRADE_THRESHOLDS.length; i++) {
			if (score > GRADE_THRESHOLDS[i]) {
				return (char) ('A' + i);
			}
		}
		return 'G';
	}

	/**
	 * One line for a test's output:
	 * {@code ecoindex <path> score=<n> grade=<X> dom=<n> requests=<n> kb=<n>}.
	 * @param path the page measured
	 * @param dom its DOM elements
	 * @param requests its requests
	 * @param kilobytes its transferred kilobytes
	 * @return the line
	 */
	public String line(String path, int dom, int requests, double kilobytes) {
		return String.format(Locale.ROOT, "ecoindex %s score=%d grade=%c dom=%d requests=%d kb=%.1f", path, this.score,
				this.grade, dom, requests, kilobytes);
	}

}
