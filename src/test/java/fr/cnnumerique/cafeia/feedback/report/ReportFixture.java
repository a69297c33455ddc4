package fr.cnnumerique.cafeia.feedback.report;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import fr.cnnumerique.cafeia.accounts.Role;
import fr.cnnumerique.cafeia.events.TestEvent;
import fr.cnnumerique.cafeia.support.StaffLogin;
import fr.cnnumerique.cafeia.support.StaffLogin.Staff;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Facilitators, past cafés and report forms for the report tests. The database is shared
 * by every test class, so each call creates its own accounts and cafés.
 */
final class ReportFixture {

	private final ApplicationContext context;

	private final JdbcClient jdbc;

	ReportFixture(ApplicationContext context) {
		this.context = context;
		this.jdbc = context.getBean(JdbcClient.class);
	}

	Staff facilitator(String name) {
		return new StaffLogin(this.context).create(name, Role.FACILITATOR);
	}

	Staff moderator(String name) {
		return new StaffLogin(this.context).create(name, Role.MODERATOR);
	}

	/** A published café in Quimper that started three days ago. */
	long pastCafe(long organiserId) {
		return new TestEvent().organiser(organiserId)
			.startsIn(Duration.ofDays(-3))
			.theme("ia-et-travail")
			.audience("seniors")
			.insert(this.jdbc);
	}

	void addCoFacilitator(long eventId, long accountId) {
		this.jdbc.sql("UPDATE event SET co_facilitator_ids = array_append(co_facilitator_ids, ?) WHERE id = ?")
			.params(accountId, eventId)
			.update();
	}

	int reportCount(long eventId) {
		return this.jdbc.sql("SELECT count(*) FROM feedback_report WHERE event_id = ?")
			.param(eventId)
			.query(Integer.class)
			.single();
	}

	Map<String, Object> report(long eventId) {
		return this.jdbc.sql("SELECT * FROM feedback_report WHERE event_id = ?").param(eventId).query().singleRow();
	}

	/** The fields of a valid report without items. */
	static Map<String, String> fields() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("participants", "14");
		fields.put("firstTimers", "6");
		fields.put("age18To25", "3");
		fields.put("age61To75", "5");
		fields.put("durationMinutes", "95");
		fields.put("formatCode", "cafe-discussion");
		fields.put("themes", "ia-et-travail");
		fields.put("highlights", "Un échange très riche sur l’emploi.");
		fields.put("wouldRunAgain", "YES");
		return fields;
	}

	/** A POST of the fields; {@code overrides} are name/value pairs. */
	static MockHttpServletRequestBuilder form(String path, Map<String, String> fields, String... overrides) {
		Map<String, String> all = new LinkedHashMap<>(fields);
		for (int i = 0; i < overrides.length; i += 2) {
			all.put(overrides[i], overrides[i + 1]);
		}
		MockHttpServletRequestBuilder request = post(path).with(csrf());
		all.forEach(request::param);
		return request;
	}

}
