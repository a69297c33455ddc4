package fr.cnnumerique.cafeia.moderation.queue;

import org.junit.jupiter.api.Test;

import fr.cnnumerique.cafeia.moderation.queue.LineDiff.Kind;
import fr.cnnumerique.cafeia.moderation.queue.LineDiff.Line;

import static org.assertj.core.api.Assertions.assertThat;

class LineDiffTests {

	@Test
	void keepsCommonLinesAndMarksRemovedThenAddedOnes() {
		assertThat(LineDiff.between("titre\nlieu : mairie\nfin", "titre\nlieu : médiathèque\nfin\nbonus"))
			.containsExactly(new Line(Kind.SAME, "titre"), new Line(Kind.REMOVED, "lieu : mairie"),
					new Line(Kind.ADDED, "lieu : médiathèque"), new Line(Kind.SAME, "fin"),
					new Line(Kind.ADDED, "bonus"));
	}

	@Test
	void aFirstVersionIsAllAdded() {
		assertThat(LineDiff.between(null, "a\r\nb")).containsExactly(new Line(Kind.ADDED, "a"),
				new Line(Kind.ADDED, "b"));
		assertThat(LineDiff.between("", "")).isEmpty();
	}

	@Test
	void hugeTextsFallBackToRemovedThenAdded() {
		String big = "x\n".repeat(LineDiff.MAX_LINES + 1);
		assertThat(LineDiff.between(big, "y")).last().isEqualTo(new Line(Kind.ADDED, "y"));
	}

}
