package fr.cnnumerique.cafeia.taxonomy;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.cnnumerique.cafeia.support.IntegrationTest;
import fr.cnnumerique.cafeia.support.StaffLogin;
import fr.cnnumerique.cafeia.support.StaffLogin.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class TaxonomyAdminTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Taxonomies taxonomies;

	@Autowired
	ApplicationContext context;

	Staff admin;

	@BeforeEach
	void logIn() {
		this.admin = new StaffLogin(this.context).admin("Ada Admin " + UUID.randomUUID().toString().substring(0, 6));
	}

	@Test
	void listsEveryVocabularyWithItsSeededTerms() throws Exception {
		this.mvc.perform(get("/admin/thematiques").with(this.admin.login()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h2>Thématiques</h2>")))
			.andExpect(content().string(containsString("<h2>Publics</h2>")))
			.andExpect(content().string(containsString("<h2>Formats</h2>")))
			.andExpect(content().string(containsString("IA et éducation")))
			.andExpect(content().string(containsString("Personnes éloignées du numérique")))
			.andExpect(content().string(containsString("<caption>")))
			.andExpect(content().string(containsString("scope=\"col\"")));
	}

	@Test
	void createsATermAtTheEndAndAuditsIt() throws Exception {
		String label = "Thème " + suffix();
		this.mvc.perform(get("/admin/thematiques/themes/nouveau").with(this.admin.login()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ajouter une thématique")));
		this.mvc
			.perform(post("/admin/thematiques/themes/nouveau").with(this.admin.login())
				.with(csrf())
				.param("labelFr", "  " + label + "  ")
				.param("labelEn", "Theme " + label))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin/thematiques#themes"))
			.andExpect(flash().attribute("success", "taxonomy.create.success"));
		List<Term> themes = this.taxonomies.active(Vocabulary.THEME);
		Term created = themes.get(themes.size() - 1);
		assertThat(created.labelFr()).isEqualTo(label);
		assertThat(audit(created)).containsExactly(Map.of("action", "theme.create", "actor_name", this.admin.name(),
				"actor_id", this.admin.id(), "target_label", label));
	}

	@Test
	void renamesBothLabelsButKeepsTheCode() throws Exception {
		Term term = create("Publics", "publics");
		this.mvc.perform(get("/admin/thematiques/" + term.id() + "/modifier").with(this.admin.login()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + term.labelFr() + "\"")));
		String renamed = "Renommé " + suffix();
		this.mvc
			.perform(post("/admin/thematiques/" + term.id() + "/modifier").with(this.admin.login())
				.with(csrf())
				.param("labelFr", renamed)
				.param("labelEn", "Renamed " + renamed)
				.param("version", "0"))
			.andExpect(redirectedUrl("/admin/thematiques#publics"))
			.andExpect(flash().attribute("success", "taxonomy.rename.success"));
		Term now = this.taxonomies.find(term.id()).orElseThrow();
		assertThat(now.code()).isEqualTo(term.code());
		assertThat(now.labelFr()).isEqualTo(renamed);
		assertThat(now.labelEn()).isEqualTo("Renamed " + renamed);
		assertThat(audit(now)).extracting((row) -> row.get("action"))
			.containsExactly("audience.create", "audience.rename");
		assertThat(reasons(now)).last().asString().contains(term.labelFr()).contains(renamed);
	}

	@Test
	void refusesADuplicateLabelWithAFieldError() throws Exception {
		this.mvc
			.perform(post("/admin/thematiques/themes/nouveau").with(this.admin.login())
				.with(csrf())
				.param("labelFr", "ia ET sante")
				.param("labelEn", "Something new " + suffix()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "labelFr", "taxonomy.form.label-fr.taken"))
			.andExpect(content()
				.string(containsString("Un autre terme proposé de cette liste porte déjà ce libellé en français.")));
		this.mvc
			.perform(post("/admin/thematiques/publics/nouveau").with(this.admin.login())
				.with(csrf())
				.param("labelFr", "IA et santé")
				.param("labelEn", "Parents"))
			.andExpect(status().isOk())
			.andExpect(model().attributeErrorCount("form", 1))
			.andExpect(model().attributeHasFieldErrorCode("form", "labelEn", "taxonomy.form.label-en.taken"));
	}

	@Test
	void refusesBlankAndTooLongLabels() throws Exception {
		this.mvc
			.perform(post("/admin/thematiques/formats/nouveau").with(this.admin.login())
				.with(csrf())
				.param("labelFr", " ")
				.param("labelEn", "x".repeat(81)))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "labelFr", "NotBlank"))
			.andExpect(model().attributeHasFieldErrorCode("form", "labelEn", "Size"))
			.andExpect(content().string(containsString("Indiquez le libellé en français.")))
			.andExpect(content().string(containsString("80 caractères au plus")));
	}

	@Test
	void refusesARenameBasedOnAStaleVersion() throws Exception {
		Term term = create("Formats", "formats");
		this.mvc
			.perform(post("/admin/thematiques/" + term.id() + "/modifier").with(this.admin.login())
				.with(csrf())
				.param("labelFr", "Premier " + term.labelFr())
				.param("labelEn", term.labelEn())
				.param("version", "0"))
			.andExpect(status().isFound());
		String mine = "Second " + term.labelFr();
		this.mvc
			.perform(post("/admin/thematiques/" + term.id() + "/modifier").with(this.admin.login())
				.with(csrf())
				.param("labelFr", mine)
				.param("labelEn", term.labelEn())
				.param("version", "0"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("a modifié ce terme pendant que vous le renommiez")))
			.andExpect(content().string(containsString("Premier " + term.labelFr())))
			.andExpect(content().string(containsString("value=\"" + mine + "\"")))
			.andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
		assertThat(this.taxonomies.find(term.id()).orElseThrow().labelFr()).isEqualTo("Premier " + term.labelFr());
	}

	@Test
	void aGarbledVersionGetsAFrenchMessageAndChangesNothing() throws Exception {
		Term term = create("Formats", "formats");
		this.mvc
			.perform(post("/admin/thematiques/" + term.id() + "/modifier").with(this.admin.login())
				.with(csrf())
				.param("labelFr", "Autre " + term.labelFr())
				.param("labelEn", term.labelEn())
				.param("version", "abc"))
			.andExpect(content().string(containsString("ne correspond pas au format attendu")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("java.lang"))));
		assertThat(this.taxonomies.find(term.id()).orElseThrow().labelFr()).isEqualTo(term.labelFr());
	}

	@Test
	void movesATermUpAndDownAndAuditsIt() throws Exception {
		Term first = create("Thèmes", "themes");
		Term second = create("Thèmes", "themes");
		this.mvc
			.perform(post("/admin/thematiques/" + second.id() + "/monter").with(this.admin.login())
				.with(csrf())
				.param("version", "0"))
			.andExpect(redirectedUrl("/admin/thematiques#themes"))
			.andExpect(flash().attribute("success", "taxonomy.move.success"));
		assertThat(lastCodes(Vocabulary.THEME, 2)).containsExactly(second.code(), first.code());
		assertThat(audit(second)).extracting((row) -> row.get("action")).containsExactly("theme.create", "theme.move");
		long version = version(second);
		this.mvc
			.perform(post("/admin/thematiques/" + second.id() + "/descendre").with(this.admin.login())
				.with(csrf())
				.param("version", Long.toString(version)))
			.andExpect(redirectedUrl("/admin/thematiques#themes"));
		assertThat(lastCodes(Vocabulary.THEME, 2)).containsExactly(first.code(), second.code());
		this.mvc
			.perform(post("/admin/thematiques/" + second.id() + "/descendre").with(this.admin.login())
				.with(csrf())
				.param("version", Long.toString(version(second))))
			.andExpect(redirectedUrl("/admin/thematiques#themes"))
			.andExpect(flash().attributeCount(0));
	}

	@Test
	void retiresAndReactivatesWithoutChangingTheCode() throws Exception {
		Term term = create("Publics", "publics");
		this.mvc
			.perform(post("/admin/thematiques/" + term.id() + "/retirer").with(this.admin.login())
				.with(csrf())
				.param("version", "0"))
			.andExpect(redirectedUrl("/admin/thematiques#publics"))
			.andExpect(flash().attribute("success", "taxonomy.retire.success"));
		assertThat(this.taxonomies.active(Vocabulary.AUDIENCE)).extracting(Term::code).doesNotContain(term.code());
		assertThat(this.taxonomies.find(Vocabulary.AUDIENCE, term.code()))
			.hasValueSatisfying((retired) -> assertThat(retired.retired()).isTrue());
		this.mvc.perform(get("/admin/thematiques").with(this.admin.login()))
			.andExpect(content().string(containsString("Publics : termes retirés")));
		this.mvc
			.perform(post("/admin/thematiques/" + term.id() + "/reactiver").with(this.admin.login())
				.with(csrf())
				.param("version", "1"))
			.andExpect(redirectedUrl("/admin/thematiques#publics"))
			.andExpect(flash().attribute("success", "taxonomy.reactivate.success"));
		assertThat(this.taxonomies.active(Vocabulary.AUDIENCE)).extracting(Term::code).contains(term.code());
		assertThat(audit(term)).extracting((row) -> row.get("action"))
			.containsExactly("audience.create", "audience.retire", "audience.reactivate");
	}

	@Test
	void refusesToReactivateATermWhoseLabelIsNowTaken() throws Exception {
		Term term = create("Formats", "formats");
		press(term, "retirer", 0).andExpect(status().isFound());
		this.mvc
			.perform(post("/admin/thematiques/formats/nouveau").with(this.admin.login())
				.with(csrf())
				.param("labelFr", term.labelFr())
				.param("labelEn", term.labelEn()))
			.andExpect(status().isFound());
		press(term, "reactiver", 1).andExpect(status().isConflict())
			.andExpect(content().string(containsString("ne peut pas être réactivé")));
		assertThat(this.taxonomies.find(term.id()).orElseThrow().retired()).isTrue();
	}

	@Test
	void refusesAButtonPressedOnAStaleList() throws Exception {
		Term term = create("Formats", "formats");
		press(term, "retirer", 0).andExpect(status().isFound());
		press(term, "reactiver", 0).andExpect(status().isConflict())
			.andExpect(content().string(containsString("a modifié cette liste pendant que vous la consultiez")))
			.andExpect(content().string(containsString("<h1>Thématiques, publics et formats</h1>")));
		assertThat(this.taxonomies.find(term.id()).orElseThrow().retired()).isTrue();
		assertThat(audit(term)).extracting((row) -> row.get("action"))
			.containsExactly("format.create", "format.retire");
	}

	@Test
	void unknownTermsAndVocabulariesAreNotFound() throws Exception {
		this.mvc.perform(get("/admin/thematiques/999999999/modifier").with(this.admin.login()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/thematiques/couleurs/nouveau").with(this.admin.login()))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/admin/thematiques/999999999/retirer").with(this.admin.login())
				.with(csrf())
				.param("version", "0"))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/admin/thematiques/1/retirer").with(this.admin.login())
				.with(csrf())
				.param("version", "pas un nombre"))
			.andExpect(status().isBadRequest());
		assertThat(this.taxonomies.find(1).orElseThrow().retired()).isFalse();
	}

	private ResultActions press(Term term, String change, long version) throws Exception {
		return this.mvc.perform(post("/admin/thematiques/" + term.id() + "/" + change).with(this.admin.login())
			.with(csrf())
			.param("version", Long.toString(version)));
	}

	private Term create(String vocabularyName, String segment) throws Exception {
		String label = vocabularyName + " " + suffix();
		this.mvc
			.perform(post("/admin/thematiques/" + segment + "/nouveau").with(this.admin.login())
				.with(csrf())
				.param("labelFr", label)
				.param("labelEn", "En " + label))
			.andExpect(status().isFound());
		Vocabulary vocabulary = AdminPaths.vocabulary(segment).orElseThrow();
		return this.taxonomies.active(vocabulary)
			.stream()
			.filter((term) -> term.labelFr().equals(label))
			.findFirst()
			.orElseThrow();
	}

	private List<String> lastCodes(Vocabulary vocabulary, int count) {
		List<Term> active = this.taxonomies.active(vocabulary);
		return active.subList(active.size() - count, active.size()).stream().map(Term::code).toList();
	}

	private long version(Term term) {
		return this.jdbc.sql("SELECT version FROM taxonomy_term WHERE id = ?")
			.param(term.id())
			.query(Long.class)
			.single();
	}

	private List<Map<String, Object>> audit(Term term) {
		return this.jdbc.sql("""
				SELECT action, actor_name, actor_id, target_label FROM audit_log
				WHERE target_type = ? AND target_id = ? ORDER BY id
				""").params(term.vocabulary().auditName(), Long.toString(term.id())).query().listOfRows();
	}

	private List<String> reasons(Term term) {
		return this.jdbc.sql("SELECT reason FROM audit_log WHERE target_type = ? AND target_id = ? ORDER BY id")
			.params(term.vocabulary().auditName(), Long.toString(term.id()))
			.query(String.class)
			.list();
	}

	private static String suffix() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
