package fr.cnnumerique.cafeia.support;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/**
 * The values the reference implementation (the {@code ecoindex} Python package of the
 * Collectif Conception Numérique Responsable) checks in its own tests.
 */
class EcoIndexTests {

	@Test
	void placesAValueAmongTheQuantilesLikeTheReference() {
		assertThat(EcoIndex.quantile(EcoIndex.SIZE_KB_QUANTILES, 2500)).isCloseTo(14.086372025739513, within(1e-12));
		assertThat(EcoIndex.quantile(EcoIndex.DOM_QUANTILES, 150)).isCloseTo(2.892857142857143, within(1e-12));
		assertThat(EcoIndex.quantile(EcoIndex.REQUEST_QUANTILES, 23)).isCloseTo(2.8, within(1e-12));
		assertThat(EcoIndex.quantile(EcoIndex.SIZE_KB_QUANTILES, 310182.902)).isEqualTo(20);
	}

	@Test
	void scoresLikeTheReference() {
		assertThat(EcoIndex.of(100, 100, 100).score()).isEqualTo(72);
		assertThat(EcoIndex.of(100, 100, 1000).score()).isEqualTo(67);
		assertThat(EcoIndex.of(100, 100, 10000).score()).isEqualTo(58);
		assertThat(EcoIndex.of(200, 200, 10000).score()).isEqualTo(46);
		assertThat(EcoIndex.of(2355, 267, 2493).score()).isEqualTo(10);
		assertThat(EcoIndex.of(240, 20, 331).score()).isEqualTo(83);
		assertThat(EcoIndex.of(100, 100, 100)).isEqualTo(new EcoIndex(72, 'B'));
		assertThat(EcoIndex.of(2240, 100, 310182.902)).isEqualTo(new EcoIndex(16, 'F'));
	}

	@Test
	void gradesAboveEachThresholdLikeTheReference() {
		assertThat(EcoIndex.grade(2)).isEqualTo('G');
		assertThat(EcoIndex.grade(10)).isEqualTo('G');
		assertThat(EcoIndex.grade(25)).isEqualTo('F');
		assertThat(EcoIndex.grade(50.2)).isEqualTo('D');
		assertThat(EcoIndex.grade(80)).isEqualTo('B');
		assertThat(EcoIndex.grade(81)).isEqualTo('A');
		assertThat(EcoIndex.grade(100)).isEqualTo('A');
	}

	@Test
	void refusesNegativeMeasures() {
		assertThatIllegalArgumentException().isThrownBy(() -> EcoIndex.of(-1, 1, 1));
	}

	@Test
	void printsOneLinePerPage() {
		assertThat(EcoIndex.of(240, 20, 331).line("/cafes", 240, 20, 331))
			.isEqualTo("ecoindex /cafes score=83 grade=A dom=240 requests=20 kb=331.0");
	}

}
