package fr.cnnumerique.cafeia.territory;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SearchKeyTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Saint-Étienne            | saint etienne
			St-Étienne               | saint etienne
			ST ETIENNE               | saint etienne
			Ste-Foy-lès-Lyon         | sainte foy les lyon
			L'Haÿ-les-Roses          | l hay les roses
			Œuilly                   | oeuilly
			  Lyon   (69003)         | lyon 69003
			Estissac                 | estissac
			Paris 1er Arrondissement | paris 1er arrondissement
			""")
	void foldsAccentsCaseSeparatorsAndSaints(String name, String key) {
		assertThat(SearchKey.of(name)).isEqualTo(key);
	}

}
