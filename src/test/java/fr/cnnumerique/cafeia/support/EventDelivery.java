package fr.cnnumerique.cafeia.support;

import java.time.Duration;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Waits until every moderation decision published about one piece of content has been
 * handled by its listeners (Spring Modulith marks the publication completed), for tests
 * that must know a decision was applied — or deliberately ignored — before going on.
 */
public final class EventDelivery {

	private EventDelivery() {
	}

	public static void awaitDecisionsOn(JdbcClient jdbc, String contentType, String contentId) {
		String pattern = "%\"contentType\":\"" + contentType + "\",\"contentId\":\"" + contentId + "\"%";
		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc
				.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL "
						+ "AND serialized_event LIKE :pattern")
				.param("pattern", pattern)
				.query(Long.class)
				.single() == 0);
		// the wait proves nothing if the pattern matched no publication at all
		assertThat(jdbc.sql("SELECT count(*) FROM event_publication WHERE serialized_event LIKE :pattern")
			.param("pattern", pattern)
			.query(Long.class)
			.single()).as("publications about %s %s", contentType, contentId).isPositive();
	}

}
