package fr.cnnumerique.cafeia.territory;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DistancesTests {

	@Test
	void measuresGreatCircleDistancesInKilometres() {
		double parisLyon = Distances.haversineKm(48.8566, 2.3522, 45.7640, 4.8357);
		assertThat(parisLyon).isCloseTo(392, within(2.0));
		assertThat(Distances.haversineKm(45.0, 4.0, 45.0, 4.0)).isZero();
		assertThat(Distances.haversineKm(45.7640, 4.8357, 48.8566, 2.3522)).isEqualTo(parisLyon);
	}

}
