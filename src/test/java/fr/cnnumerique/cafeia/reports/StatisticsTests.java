package fr.cnnumerique.cafeia.reports;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import fr.cnnumerique.cafeia.support.IntegrationTest;
import fr.cnnumerique.cafeia.support.StaffLogin;
import fr.cnnumerique.cafeia.support.StaffLogin.Staff;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The statistics page: the report's figures for any period and territory, the form kept
 * filled in, and bad input answered with French messages and status 400.
 */
@IntegrationTest
class StatisticsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	Staff admin;

	@BeforeEach
	void dataset() {
		ReportDataset.insert(this.jdbc);
		this.admin = new StaffLogin(this.context).admin("Administrateur Statistiques");
	}

	@Test
	void showsTheFiguresOfAPeriodAndATerritory() throws Exception {
		Document region = page("/admin/statistiques?du=2003-01-01&au=2003-12-31&territoire=r-53", 200);
		assertThat(value(region, "cafes")).isEqualTo("3");
		assertThat(value(region, "participants")).isEqualTo("35");
		assertThat(value(region, "reponses_participants")).isEqualTo("4");
		assertThat(region.select("select#territoire option[selected]").val()).isEqualTo("r-53");
		assertThat(region.select(".lead").text()).isEqualTo("Du 01/01/2003 au 31/12/2003, territoire : Bretagne.");

		String zipLink = region.select("a[href^=/admin/statistiques.zip]").attr("href");
		assertThat(zipLink).isEqualTo("/admin/statistiques.zip?du=2003-01-01&au=2003-12-31&territoire=r-53");
		byte[] zip = this.mvc.perform(get(zipLink).with(this.admin.login()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition",
					"attachment; filename=\"cafe-ia-statistiques-2003-01-01-2003-12-31.zip\""))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				if (entry.getName().equals("synthese.csv")) {
					assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
						.contains("cafes;Cafés tenus;3\r\n", "participants;Participants (selon les bilans);35\r\n");
				}
			}
		}

		Document departement = page("/admin/statistiques?du=2003-03-15&au=2003-12-31&territoire=d-35", 200);
		assertThat(value(departement, "cafes")).isEqualTo("2");
		assertThat(value(departement, "cafes_declares")).isEqualTo("1");
		assertThat(value(departement, "participants")).isEqualTo("23");
		assertThat(value(departement, "satisfaction_moyenne")).isEqualTo("3,00");
		assertThat(AnnualReportTests.rows(departement, "mois")).hasSize(10);

		Document march = page("/admin/statistiques?du=2003-03-01&au=2003-03-31", 200);
		assertThat(value(march, "cafes")).isEqualTo("2");
		assertThat(value(march, "elements_retenus")).isEqualTo("1");
		assertThat(march.select("select#territoire option[selected]").val()).isEmpty();

		Document defaults = page("/admin/statistiques", 200);
		assertThat(defaults.select("input#du").val()).endsWith("-01-01");
		assertThat(defaults.select("input#au").val()).endsWith("-12-31");
	}

	@Test
	void badInputGivesTheFormWithFrenchMessagesAndNoFigures() throws Exception {
		expectError("/admin/statistiques?du=2003-02-30", "du", "Cette date n’est pas valide");
		expectError("/admin/statistiques?du=hier&au=2003-01-01", "du", "Cette date n’est pas valide");
		expectError("/admin/statistiques?du=2003-05-01&au=2003-04-30", "au",
				"La fin de la période est avant son début.");
		expectError("/admin/statistiques?du=2000-01-01&au=2020-01-01", "au", "La période dépasse dix ans");
		expectError("/admin/statistiques?territoire=r-99", "territoire", "Ce territoire est inconnu");
		expectError("/admin/statistiques?territoire=Bretagne", "territoire", "Ce territoire est inconnu");
		this.mvc.perform(get("/admin/statistiques.zip?au=1999-01-01").with(this.admin.login()))
			.andExpect(status().isBadRequest());
	}

	private void expectError(String path, String field, String message) throws Exception {
		Document page = page(path, 400);
		assertThat(page.select("#" + field + "-error").text()).startsWith(message);
		assertThat(page.select(".error-summary a[href=#" + field + "]").text()).startsWith(message);
		assertThat(page.select("#" + field).attr("aria-invalid")).isEqualTo("true");
		assertThat(page.select("section.report-table")).isEmpty();
	}

	private Document page(String path, int status) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(path).with(this.admin.login()))
			.andExpect(status().is(status))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	private static String value(Document page, String code) {
		return AnnualReportTests.rows(page, "synthese")
			.stream()
			.filter((row) -> row.get(0).equals(code))
			.map((row) -> row.get(2))
			.findFirst()
			.orElseThrow();
	}

}
