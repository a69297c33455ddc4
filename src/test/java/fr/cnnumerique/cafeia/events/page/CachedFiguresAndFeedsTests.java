package fr.cnnumerique.cafeia.events.page;

import java.util.UUID;

import fr.cnnumerique.cafeia.events.TestEvent;
import fr.cnnumerique.cafeia.support.IntegrationTest;
import fr.cnnumerique.cafeia.support.StatementCounter;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Two slow spots of the benchmark, with the production settings (the other tests turn
 * these caches off): the home page's figures are counted once a minute, and a calendar
 * feed is written once for the same filters within its five minutes of {@code max-age},
 * its ETag still answering 304.
 */
@IntegrationTest
@TestPropertySource(properties = { "cafeia.events.figures-max-age=1m", "cafeia.events.feed-cache-time=5m",
		"cafeia.events.feed-cache-entries=50" })
class CachedFiguresAndFeedsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theHomePageCountsItsFiguresOnceAMinute() throws Exception {
		new TestEvent().title("Café compté").insert(this.jdbc);
		long before = upcoming();
		new TestEvent().title("Café compté plus tard").insert(this.jdbc);
		StatementCounter.reset();
		long after = upcoming();
		assertThat(after).isEqualTo(before).isPositive();
		// the next cafés and the two national sessions; the figures come from the cache
		assertThat(StatementCounter.count()).isLessThanOrEqualTo(3);
	}

	@Test
	void writesAFeedOnceForTheSameFiltersHoweverSpelled() throws Exception {
		String word = "zf" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		new TestEvent().title("Premier " + word).at(47.996, -4.102, "Quimper").insert(this.jdbc);
		MockHttpServletResponse first = this.mvc.perform(get("/cafes.ics").param("q", word).param("lieu", "Quimper"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		new TestEvent().title("Second " + word).at(47.996, -4.102, "Quimper").insert(this.jdbc);
		StatementCounter.reset();
		MockHttpServletResponse again = this.mvc
			.perform(get("/cafes.ics").param("lieu", "quimper").param("rayon", "30").param("q", word))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(again.getContentAsString()).isEqualTo(first.getContentAsString()).doesNotContain("Second");
		assertThat(again.getHeader("ETag")).isEqualTo(first.getHeader("ETag")).startsWith("W/\"");
		this.mvc
			.perform(get("/cafes.ics").param("q", word)
				.param("lieu", "Quimper")
				.header("If-None-Match", first.getHeader("ETag")))
			.andExpect(status().isNotModified());
		String other = this.mvc.perform(get("/cafes.ics").param("q", word))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(other).contains("Premier " + word, "Second " + word);
	}

	private long upcoming() throws Exception {
		String page = this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Long.parseLong(Jsoup.parse(page).select(".figure-upcoming").text().replaceAll("\\D", ""));
	}

}
