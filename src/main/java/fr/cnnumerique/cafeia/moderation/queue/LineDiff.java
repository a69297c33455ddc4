package fr.cnnumerique.cafeia.moderation.queue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Line differences between two versions of a text, by longest common subsequence, for the
 * review page. Beyond {@value #MAX_LINES} lines on either side the quadratic table would
 * cost too much, so the whole old text is shown removed and the new one added.
 */
public final class LineDiff {

	static final int MAX_LINES = 2000;

	private LineDiff() {
	}

	/**
	 * How a line changed.
	 */
	public enum Kind {

		SAME, ADDED, REMOVED

	}

	/**
	 * One line of the differences.
	 *
	 * @param kind how it changed
	 * @param text the line
	 */
	public record Line(Kind kind, String text) {

		/**
		 * Whether the line is new.
		 * @return {@code true} for an added line
		 */
		public boolean added() {
			return this.kind == Kind.ADDED;
		}

		/**
		 * Whether the line is gone.
		 * @return {@code true} for a removed line
		 */
		public boolean removed() {
			return this.kind == Kind.REMOVED;
		}

	}

	static List<Line> between(String before, String after) {
		List<String> a = lines(before);
		List<String> b = lines(after);
		if (a.size() > MAX_LINES || b.size() > MAX_LINES) {
			List<Line> result = new ArrayList<>();
			a.forEach((line) -> result.add(new Line(Kind.REMOVED, line)));
			b.forEach((line) -> result.add(new Line(Kind.ADDED, line)));
			return result;
		}
		int[][] common = new int[a.size() + 1][b.size() + 1];
		for (int i = a.size() - 1; i >= 0; i--) {
			for (int j = b.size() - 1; j >= 0; j--) {
				common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1
						: Math.max(common[i + 1][j], common[i][j + 1]);
			}
		}
		List<Line> result = new ArrayList<>();
		int i = 0;
		int j = 0;
		while (i < a.size() && j < b.size()) {
			if (a.get(i).equals(b.get(j))) {
				result.add(new Line(Kind.SAME, a.get(i++)));
				j++;
			}
			else if (common[i + 1][j] >= common[i][j + 1]) {
				result.add(new Line(Kind.REMOVED, a.get(i++)));
			}
			else {
				result.add(new Line(Kind.ADDED, b.get(j++)));
			}
		}
		while (i < a.size()) {
			result.add(new Line(Kind.REMOVED, a.get(i++)));
		}
		while (j < b.size()) {
			result.add(new Line(Kind.ADDED, b.get(j++)));
		}
		return result;
	}

	private static List<String> lines(String text) {
		if (text == null || text.isEmpty()) {
			return Collections.emptyList();
		}
		return List.of(text.split("\\R", -1));
	}

}
