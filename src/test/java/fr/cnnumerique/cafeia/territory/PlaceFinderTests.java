package fr.cnnumerique.cafeia.territory;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import fr.cnnumerique.cafeia.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

@IntegrationTest
class PlaceFinderTests {

	@Autowired
	PlaceFinder places;

	@ParameterizedTest(name = "\"{0}\" is {1} {2} ({3})")
	@CsvSource(delimiter = '|', textBlock = """
			Lyon             | 69123 | Lyon                | 69001
			lyon 3           | 69123 | Lyon                | 69003
			Lyon 3e          | 69123 | Lyon                | 69003
			69003            | 69123 | Lyon                | 69003
			Lyon (69003)     | 69123 | Lyon                | 69003
			Paris            | 75056 | Paris               | 75001
			75001            | 75056 | Paris               | 75001
			paris 16         | 75056 | Paris               | 75016
			saint etienne    | 42218 | Saint-Étienne       | 42000
			St-Étienne       | 42218 | Saint-Étienne       | 42000
			SAINT-ETIENNE    | 42218 | Saint-Étienne       | 42000
			evry             | 91228 | Évry-Courcouronnes  | 91000
			Évry             | 91228 | Évry-Courcouronnes  | 91000
			Fort-de-France   | 97209 | Fort-de-France      | 97200
			fort de france   | 97209 | Fort-de-France      | 97200
			Quimper          | 29232 | Quimper             | 29000
			29000            | 29232 | Quimper             | 29000
			quimper 29000    | 29232 | Quimper             | 29000
			Havre            | 76351 | Le Havre            | 76600
			le havre         | 76351 | Le Havre            | 76600
			la rochelle      | 17300 | La Rochelle         | 17000
			Marseille        | 13055 | Marseille           | 13001
			quimpre          | 29232 | Quimper             | 29000
			""")
	void findsWhatPeopleType(String query, String inseeCode, String name, String postalCode) {
		Place place = this.places.find(query).orElseThrow();
		assertThat(place.inseeCode()).isEqualTo(inseeCode);
		assertThat(place.name()).isEqualTo(name);
		assertThat(place.postalCode()).isEqualTo(postalCode);
	}

	@Test
	void describesThePlaceWithItsDepartementRegionCentreAndPopulation() {
		Place quimper = this.places.find("Quimper").orElseThrow();
		assertThat(quimper.departementCode()).isEqualTo("29");
		assertThat(quimper.departementName()).isEqualTo("Finistère");
		assertThat(quimper.regionCode()).isEqualTo("53");
		assertThat(quimper.regionName()).isEqualTo("Bretagne");
		assertThat(quimper.latitude()).isCloseTo(47.998, within(0.01));
		assertThat(quimper.longitude()).isCloseTo(-4.097, within(0.01));
		assertThat(quimper.population()).isGreaterThan(60_000);
		assertThat(quimper.label()).isEqualTo("Quimper (29000)");
	}

	@Test
	void anArrondissementGivesTheCityWithTheArrondissementCentre() {
		Place lyon = this.places.find("Lyon").orElseThrow();
		Place third = this.places.find("lyon 3").orElseThrow();
		Place byPostalCode = this.places.find("69003").orElseThrow();
		assertThat(third.population()).isEqualTo(lyon.population()).isGreaterThan(500_000);
		assertThat(third.latitude()).isCloseTo(45.7514, within(0.001));
		assertThat(third.longitude()).isCloseTo(4.8685, within(0.001));
		assertThat(byPostalCode.latitude()).isEqualTo(third.latitude());
		assertThat(Distances.haversineKm(lyon, third)).isBetween(1.0, 5.0);
	}

	@Test
	void aFormerCommuneGivesItsCurrentCommune() {
		Place place = this.places.find("Bellegarde-sur-Valserine").orElseThrow();
		assertThat(place.inseeCode()).isEqualTo("01033");
		assertThat(place.name()).isEqualTo("Valserhône");
	}

	@Test
	void aSharedPostalCodeGivesTheMostPopulatedCommune() {
		List<Place> sharing = this.places.suggest("85140", 10);
		assertThat(sharing).hasSizeGreaterThan(1);
		assertThat(sharing).isSortedAccordingTo((a, b) -> Integer.compare(b.population(), a.population()));
		assertThat(this.places.find("85140")).contains(sharing.get(0));
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "   ", "x", "Zzyzx-sur-Mer", "00000", "-- !" })
	void findsNothingForUnknownPlaces(String query) {
		assertThat(this.places.find(query)).isEmpty();
	}

	@Test
	void suggestsTheMostPopulatedCommunesFirstOncePerCommune() {
		List<Place> suggestions = this.places.suggest("saint", 10);
		assertThat(suggestions).hasSize(10);
		assertThat(suggestions.get(0).inseeCode()).isEqualTo("42218");
		assertThat(suggestions).extracting(Place::inseeCode).doesNotHaveDuplicates();
		assertThat(this.places.suggest("lyo", 5)).first().extracting(Place::inseeCode).isEqualTo("69123");
		assertThat(this.places.suggest("paris", 10)).extracting(Place::inseeCode).containsOnlyOnce("75056");
	}

	@Test
	void suggestsCommunesByTheBeginningOfTheirPostalCode() {
		List<Place> suggestions = this.places.suggest("290", 10);
		assertThat(suggestions).isNotEmpty().allSatisfy((place) -> assertThat(place.postalCode()).startsWith("290"));
		assertThat(suggestions.get(0).inseeCode()).isEqualTo("29232");
	}

	@Test
	void findsACommuneByItsInseeCode() {
		assertThat(this.places.byInseeCode("69123")).get().extracting(Place::name).isEqualTo("Lyon");
		assertThat(this.places.byInseeCode("2a004")).get().extracting(Place::name).isEqualTo("Ajaccio");
		assertThat(this.places.byInseeCode("69383")).isEmpty();
		assertThat(this.places.byInseeCode("69003")).get().extracting(Place::name).isEqualTo("Albigny-sur-Saône");
		assertThat(this.places.byInseeCode(null)).isEmpty();
	}

	@Test
	void findsTheCommuneWithTheNearestCentre() {
		assertThat(this.places.nearest(47.9960, -4.1020)).get().extracting(Place::inseeCode).isEqualTo("29232");
		assertThat(this.places.nearest(45.0, -30.0)).isEmpty();
	}

}
