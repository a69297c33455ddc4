package fr.cnnumerique.cafeia.territory;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.cnnumerique.cafeia.support.CafeIaDataJpaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@CafeIaDataJpaTest
class TerritoryDataTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void loadsEveryRegionDepartementAndCommune() {
		assertThat(count("region")).isEqualTo(18);
		assertThat(count("departement")).isEqualTo(101);
		assertThat(count("commune")).isBetween(34_900L, 35_100L);
		assertThat(count("commune_postal_code")).isGreaterThan(35_000L);
		assertThat(count("commune_alias")).isGreaterThan(2_500L);
		assertThat(this.jdbc.sql("SELECT sum(population) FROM commune").query(Long.class).single())
			.isBetween(67_000_000L, 69_000_000L);
	}

	@Test
	void recordsTheMigrationAsVersionThreePointOne() {
		assertThat(this.jdbc.sql("SELECT description FROM flyway_schema_history WHERE version = '3.1' AND success")
			.query(String.class)
			.optional()).contains("territory data");
	}

	@Test
	void javaAndSqlComputeTheSameSearchKeys() {
		List<String> mismatches = new ArrayList<>();
		this.jdbc.sql("SELECT name, search_key FROM commune UNION ALL SELECT name, search_key FROM commune_alias")
			.query((rs) -> {
				String name = rs.getString(1);
				if (!SearchKey.of(name).equals(rs.getString(2))) {
					mismatches.add(name + " -> " + rs.getString(2) + " / " + SearchKey.of(name));
				}
			});
		assertThat(mismatches).isEmpty();
		for (String text : List.of("St-Étienne", "Œuvre ÆTHER", "  Lyon (69003) ", "ste  st-st", "l’Haÿ")) {
			assertThat(this.jdbc.sql("SELECT territory_search_key(?)").param(text).query(String.class).single())
				.as(text)
				.isEqualTo(SearchKey.of(text));
		}
	}

	@Test
	void proximityUsesTheEarthdistanceIndex() {
		List<String> near = this.jdbc.sql("""
				SELECT name FROM commune
				WHERE earth_box(ll_to_earth(45.7640, 4.8357), 3000) @> ll_to_earth(latitude, longitude)
				AND earth_distance(ll_to_earth(45.7640, 4.8357), ll_to_earth(latitude, longitude)) < 3000
				""").query(String.class).list();
		assertThat(near).contains("Lyon");
	}

	private long count(String table) {
		return this.jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
	}

}
