package fr.cnnumerique.cafeia.taxonomy;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.cnnumerique.cafeia.support.IntegrationTest;
import fr.cnnumerique.cafeia.taxonomy.TermAdministration.Actor;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class TaxonomiesTests {

	private static final Actor ACTOR = new Actor(1L, "Ada Admin");

	@Autowired
	Taxonomies taxonomies;

	@Autowired
	TermAdministration administration;

	@Test
	void seedsTheThemesAudiencesAndFormatsInOrder() {
		assertThat(this.taxonomies.all(Vocabulary.THEME)).extracting(Term::code)
			.startsWith("ia-et-travail", "ia-et-education", "ia-et-sante", "creation-et-culture",
					"information-et-desinformation", "environnement", "vie-privee-et-donnees",
					"democratie-et-citoyennete", "ia-au-quotidien", "ia-generative");
		assertThat(this.taxonomies.all(Vocabulary.AUDIENCE)).extracting(Term::labelFr)
			.startsWith("Tout public", "Jeunes", "Seniors", "Parents", "Professionnels", "Élus et agents publics",
					"Personnes éloignées du numérique");
		assertThat(this.taxonomies.all(Vocabulary.FORMAT)).extracting(Term::code)
			.contains("cafe-discussion", "atelier-pratique", "conference-debat");
	}

	@Test
	void findsATermByCodeAndShowsTheLabelOfTheReadersLanguage() {
		Term term = this.taxonomies.find(Vocabulary.THEME, "ia-et-sante").orElseThrow();
		assertThat(term.label(Locale.FRENCH)).isEqualTo("IA et santé");
		assertThat(term.label(Locale.ENGLISH)).isEqualTo("AI and health");
		assertThat(term.label(null)).isEqualTo("IA et santé");
		assertThat(this.taxonomies.find(term.id())).contains(term);
		assertThat(this.taxonomies.find(Vocabulary.AUDIENCE, "ia-et-sante")).isEmpty();
		assertThat(this.taxonomies.find(Vocabulary.THEME, null)).isEmpty();
	}

	@Test
	void aRetiredTermStillResolvesButIsNoLongerOffered() {
		Term term = create(Vocabulary.THEME);
		assertThat(this.taxonomies.active(Vocabulary.THEME)).contains(term);
		this.administration.retire(term.id(), 0, ACTOR);
		assertThat(this.taxonomies.active(Vocabulary.THEME)).extracting(Term::code).doesNotContain(term.code());
		assertThat(this.taxonomies.find(Vocabulary.THEME, term.code())).hasValueSatisfying((found) -> {
			assertThat(found.retired()).isTrue();
			assertThat(found.labelFr()).isEqualTo(term.labelFr());
		});
		assertThat(this.taxonomies.find(term.id())).isPresent();
		assertThat(this.taxonomies.findAll(Vocabulary.THEME, List.of(term.code(), "ia-et-travail", "inconnu")))
			.extracting(Term::code)
			.containsExactly("ia-et-travail", term.code());
	}

	@Test
	void contentMayKeepARetiredTermButNotChooseItAnew() {
		Term term = create(Vocabulary.AUDIENCE);
		this.administration.retire(term.id(), 0, ACTOR);
		assertThat(this.taxonomies.unusable(Vocabulary.AUDIENCE, List.of("jeunes", term.code(), "inconnu"), Set.of()))
			.containsExactly(term.code(), "inconnu");
		assertThat(this.taxonomies.unusable(Vocabulary.AUDIENCE, List.of("jeunes", term.code()), Set.of(term.code())))
			.isEmpty();
		assertThat(this.taxonomies.choices(Vocabulary.AUDIENCE, Set.of())).extracting(Term::code)
			.doesNotContain(term.code());
		assertThat(this.taxonomies.choices(Vocabulary.AUDIENCE, Set.of(term.code()))).extracting(Term::code)
			.contains(term.code(), "jeunes");
	}

	@Test
	void aNewTermGetsAStableCodeFromItsFrenchLabelAndComesLast() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		Term first = this.administration.create(Vocabulary.FORMAT, "Œuvre Collective à l'École " + suffix,
				"Collective work " + suffix, ACTOR);
		assertThat(first.code()).isEqualTo("oeuvre-collective-a-l-ecole-" + suffix);
		List<Term> all = this.taxonomies.all(Vocabulary.FORMAT);
		assertThat(all.get(all.size() - 1)).isEqualTo(first);
		this.administration.rename(first.id(), 0, "Autre nom " + suffix, "Other name " + suffix, ACTOR);
		assertThat(this.taxonomies.find(first.id())).hasValueSatisfying((renamed) -> {
			assertThat(renamed.code()).isEqualTo(first.code());
			assertThat(renamed.labelFr()).isEqualTo("Autre nom " + suffix);
		});
		this.administration.retire(first.id(), 1, ACTOR);
		Term second = this.administration.create(Vocabulary.FORMAT, "Œuvre collective à l'école " + suffix,
				"Collective work " + suffix, ACTOR);
		assertThat(second.code()).isEqualTo(first.code() + "-2");
	}

	@Test
	void slugsAreLowerCaseAsciiWords() {
		assertThat(Slugs.of("  IA & Santé : l'hôpital ")).isEqualTo("ia-sante-l-hopital");
		assertThat(Slugs.of("!!!")).isEqualTo("terme");
		assertThat(Slugs.of("a".repeat(100))).hasSize(Slugs.MAX_LENGTH);
	}

	private Term create(Vocabulary vocabulary) {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		return this.administration.create(vocabulary, "Terme " + suffix, "Term " + suffix, ACTOR);
	}

}
