package fr.cnnumerique.cafeia.feedback.participant;

import java.util.List;

/**
 * What the facilitators of a café see of its participants' answers: counts only, never a
 * comment.
 *
 * @param answers how many answers
 * @param average mean satisfaction, {@code null} without answers
 * @param levels the count of each satisfaction level, 1 to 5
 * @param learned answers saying they learnt something
 * @param themes the themes wanted, most asked first
 */
record Aggregates(long answers, Double average, List<Level> levels, long learned, List<ThemeCount> themes) {

	/**
	 * Share of answers saying they learnt something.
	 * @return a whole percentage, {@code null} without answers
	 */
	public Long learnedPercent() {
		return (this.answers == 0) ? null : Math.round(100.0 * this.learned / this.answers);
	}

	/**
	 * One satisfaction level.
	 *
	 * @param score 1 to 5
	 * @param count answers giving it
	 * @param width bar length for the chart, 0 to 100, relative to the most given level
	 */
	record Level(int score, long count, int width) {

	}

	/**
	 * A theme participants want to know more about.
	 *
	 * @param code the theme code
	 * @param label its label in the reader's language
	 * @param count answers asking for it
	 */
	record ThemeCount(String code, String label, long count) {

	}

}
