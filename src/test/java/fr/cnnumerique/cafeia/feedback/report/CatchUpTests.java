package fr.cnnumerique.cafeia.feedback.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import fr.cnnumerique.cafeia.support.IntegrationTest;
import fr.cnnumerique.cafeia.support.StaffLogin.Staff;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Declaring a café held off the portal with its report, and the facilitator's list of
 * reports with the cafés still waiting for one.
 */
@IntegrationTest
class CatchUpTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@Test
	void declaresACafeHeldOffThePortalWithItsReport() throws Exception {
		ReportFixture fixture = new ReportFixture(this.context);
		Staff facilitator = fixture.facilitator("Animatrice Rattrapage");
		long waiting = fixture.pastCafe(facilitator.id());
		Document list = page(get("/espace/bilans").with(facilitator.login()));
		assertThat(list.select(".completion-rate").text()).contains("0 %", "0 sur 1");
		assertThat(list.select("table.waiting-cafes a[href=/espace/cafes/" + waiting + "/bilan]")).hasSize(1);
		assertThat(list.select("a[href=/espace/bilans/nouveau]")).hasSize(1);
		assertThat(page(get("/espace").with(facilitator.login())).select("a[href=/espace/bilans]").text())
			.isEqualTo("Mes bilans");
		assertThat(page(get("/espace/cafes?onglet=passes").with(facilitator.login()))
			.select("a[href=/espace/cafes/" + waiting + "/bilan]")
			.text()).isEqualTo("Bilan");

		Document blank = page(get("/espace/bilans/nouveau").with(facilitator.login()));
		assertThat(blank.select("input[name=date]")).hasSize(1);
		assertThat(blank.select("input[name=commune][data-suggest]")).hasSize(1);
		assertThat(blank.select("input[name=eventFormat]")).hasSize(3);

		LocalDate day = LocalDate.now(ReportChecks.PARIS).minusDays(20);
		Map<String, String> fields = catchUp(day);
		fields.put("proposals[0].text", "Un café IA à la maison de retraite");
		fields.put("proposals[0].theme", "ia-au-quotidien");
		Document added = page(
				ReportFixture.form("/espace/bilans/nouveau", fields, "add", "PROPOSAL").with(facilitator.login()));
		assertThat(added.select("textarea[name=proposals[1].text]")).hasSize(1);
		assertThat(added.select("input[name=commune]").val()).isEqualTo("Morlaix");
		this.mvc.perform(ReportFixture.form("/espace/bilans/nouveau", fields).with(facilitator.login()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/espace/bilans"))
			.andExpect(flash().attribute("success", "feedback.report.saved"));

		Map<String, Object> row = this.jdbc
			.sql("SELECT * FROM feedback_report WHERE author_id = ? AND event_id IS NULL")
			.param(facilitator.id())
			.query()
			.singleRow();
		assertThat(row).containsEntry("insee_code", "29151")
			.containsEntry("commune_name", "Morlaix")
			.containsEntry("departement_code", "29")
			.containsEntry("region_code", "53")
			.containsEntry("event_format", "IN_PERSON")
			.containsEntry("title", "Café IA à la médiathèque")
			.containsEntry("participants", 9);
		assertThat(row.get("held_on").toString()).isEqualTo(day.toString());
		long id = ((Number) row.get("id")).longValue();

		Document mine = page(get("/espace/bilans").with(facilitator.login()));
		assertThat(mine.select("table.filed-reports a[href=/espace/bilans/" + id + "]")).hasSize(1);
		assertThat(mine.select("table.filed-reports .badge").text()).contains("Hors portail");

		Document edit = page(get("/espace/bilans/" + id).with(facilitator.login()));
		assertThat(edit.select("input[name=commune]").val()).isEqualTo("Morlaix");
		fields.put("version", edit.select("input[name=version]").val());
		this.mvc
			.perform(ReportFixture.form("/espace/bilans/" + id, fields, "participants", "11").with(facilitator.login()))
			.andExpect(status().isFound());
		assertThat(this.jdbc.sql("SELECT participants FROM feedback_report WHERE id = ?")
			.param(id)
			.query(Integer.class)
			.single()).isEqualTo(11);

		Staff stranger = fixture.facilitator("Autre Animateur");
		this.mvc.perform(get("/espace/bilans/" + id).with(stranger.login())).andExpect(status().isNotFound());
		this.mvc.perform(ReportFixture.form("/espace/bilans/" + id, fields).with(stranger.login()))
			.andExpect(status().isNotFound());
	}

	@Test
	void refusesAFutureDateAndAnUnknownCommuneButTakesAnOnlineCafeWithoutOne() throws Exception {
		ReportFixture fixture = new ReportFixture(this.context);
		Staff facilitator = fixture.facilitator("Animateur Rattrapage");
		Map<String, String> fields = catchUp(LocalDate.now(ReportChecks.PARIS).plusDays(2));
		assertThat(errors(ReportFixture.form("/espace/bilans/nouveau", fields, "commune", "Zzyzxville")
			.with(facilitator.login())))
			.contains("Ce café n’a pas encore eu lieu : la date doit être aujourd’hui ou avant.",
					"Aucune commune ne correspond à « Zzyzxville » : vérifiez l’orthographe ou donnez le code postal.");
		assertThat(errors(ReportFixture.form("/espace/bilans/nouveau", fields, "date", "", "eventFormat", "")
			.with(facilitator.login())))
			.contains("Indiquez la date du café.", "Dites si le café s’est tenu sur place, en ligne ou les deux.");
		assertThat(count(facilitator)).isZero();

		this.mvc
			.perform(ReportFixture.form("/espace/bilans/nouveau", fields, "date",
					LocalDate.now(ReportChecks.PARIS).minusDays(1).toString(), "eventFormat", "ONLINE", "commune", "")
				.with(facilitator.login()))
			.andExpect(status().isFound());
		assertThat(count(facilitator)).isOne();
	}

	private static Map<String, String> catchUp(LocalDate day) {
		Map<String, String> fields = ReportFixture.fields();
		fields.put("participants", "9");
		fields.put("firstTimers", "4");
		fields.put("age18To25", "");
		fields.put("age61To75", "");
		fields.put("date", day.getDayOfMonth() + "/" + day.getMonthValue() + "/" + day.getYear());
		fields.put("eventFormat", "IN_PERSON");
		fields.put("commune", "Morlaix");
		fields.put("title", "Café IA à la médiathèque");
		fields.put("audiences", "seniors");
		return fields;
	}

	private int count(Staff facilitator) {
		return this.jdbc.sql("SELECT count(*) FROM feedback_report WHERE author_id = ?")
			.param(facilitator.id())
			.query(Integer.class)
			.single();
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(this.mvc.perform(request).andReturn().getResponse().getContentAsString());
	}

	private List<String> errors(MockHttpServletRequestBuilder request) throws Exception {
		return page(request).select(".error-summary li").eachText();
	}

}
