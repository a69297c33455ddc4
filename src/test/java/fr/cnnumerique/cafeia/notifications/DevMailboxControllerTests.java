package fr.cnnumerique.cafeia.notifications;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The development mailbox rendered with the real templates. This slice sets no
 * {@code spring.datasource.url}, as when the portal runs on its embedded database, so the
 * controller exists; the outbox is a stub. Security is the subject of other tests.
 */
@WebMvcTest(DevMailboxController.class)
@AutoConfigureMockMvc(addFilters = false)
class DevMailboxControllerTests {

	static final String LINK = "https://cafeia.example/compte/verifier/abc?x=1&y=2";

	@Autowired
	MockMvc mvc;

	@MockitoBean
	MailOutbox outbox;

	static StoredMail mail(long id, String subject, String html) {
		return new StoredMail(id, "ada@example.org", "accounts/verification", Locale.FRENCH, subject,
				"Bonjour,\n\nSuivez ce lien : " + LINK + ".\n\nÀ bientôt\n<script>alert(1)</script>", html,
				MailStatus.PENDING, 0, null, Instant.parse("2026-03-01T09:30:00Z"), null);
	}

	@Test
	void listsMailsNewestFirstWithLinksToEachOne() throws Exception {
		Page<StoredMail> page = new PageImpl<>(List.of(mail(7, "Confirmez votre adresse", "<p>x</p>")),
				PageRequest.of(0, DevMailboxController.PAGE_SIZE), 1);
		given(this.outbox.list(any(Pageable.class))).willReturn(page);

		String body = this.mvc.perform(get("/dev/courriels"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		Document html = Jsoup.parse(body);
		assertThat(html.title()).isEqualTo("Boîte aux lettres de développement — Café IA");
		assertThat(html.select("main h1").text()).isEqualTo("Boîte aux lettres de développement");
		assertThat(html.select("main tbody tr")).hasSize(1);
		assertThat(html.selectFirst("main tbody a").attr("href")).isEqualTo("/dev/courriels/7");
		assertThat(html.selectFirst("main tbody a").text()).isEqualTo("Confirmez votre adresse");
		assertThat(html.select("main tbody td").eachText()).contains("ada@example.org", "En attente",
				"01/03/2026 10:30:00");
	}

	@Test
	void saysSoWhenTheOutboxIsEmpty() throws Exception {
		given(this.outbox.list(any(Pageable.class))).willReturn(Page.empty());

		String body = this.mvc.perform(get("/dev/courriels").param("page", "0"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		Document html = Jsoup.parse(body);
		assertThat(html.select("main table")).isEmpty();
		assertThat(html.select("main .empty-state").text()).isEqualTo("Aucun courriel pour l'instant.");
	}

	@Test
	void showsAMailWithClickableLinksEscapedTextAndSandboxedHtml() throws Exception {
		given(this.outbox.find(7)).willReturn(Optional.of(mail(7, "Confirmez <votre> adresse", "<p>x</p>")));

		String body = this.mvc.perform(get("/dev/courriels/7"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(body).doesNotContain("<script>alert(1)</script>").doesNotContain("<votre>");
		Document html = Jsoup.parse(body);
		assertThat(html.select("main h1").text()).isEqualTo("Confirmez <votre> adresse");
		assertThat(html.select("main .mail-links a").eachAttr("href")).containsExactly(LINK);
		assertThat(html.selectFirst("main pre.mail-text").text()).contains("Suivez ce lien", "<script>");
		assertThat(html.selectFirst("main iframe").attr("src")).isEqualTo("/dev/courriels/7/html");
		assertThat(html.selectFirst("main iframe").hasAttr("sandbox")).isTrue();
		assertThat(html.selectFirst("main iframe").attr("sandbox")).isEmpty();
	}

	@Test
	void servesTheHtmlBodyUnderASandboxPolicy() throws Exception {
		given(this.outbox.find(7)).willReturn(Optional.of(mail(7, "Sujet", "<p>Bonjour <b>Ada</b></p>")));

		this.mvc.perform(get("/dev/courriels/7/html"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", DevMailboxController.HTML_BODY_POLICY))
			.andExpect(header().string("Content-Type", "text/html;charset=UTF-8"));
		assertThat(DevMailboxController.HTML_BODY_POLICY).startsWith("sandbox;")
			.contains("default-src 'none'", "frame-ancestors 'self'");
	}

	@Test
	void answersNotFoundForAnUnknownMail() throws Exception {
		given(this.outbox.find(99)).willReturn(Optional.empty());

		this.mvc.perform(get("/dev/courriels/99")).andExpect(status().isNotFound());
		this.mvc.perform(get("/dev/courriels/99/html")).andExpect(status().isNotFound());
	}

	@Test
	void answersNotFoundToAnotherMachine() throws Exception {
		given(this.outbox.list(any(Pageable.class))).willReturn(Page.empty());

		this.mvc.perform(get("/dev/courriels").with((request) -> {
			request.setRemoteAddr("203.0.113.7");
			return request;
		})).andExpect(status().isNotFound());
		this.mvc.perform(get("/dev/courriels/1").with((request) -> {
			request.setRemoteAddr("192.168.1.20");
			return request;
		})).andExpect(status().isNotFound());
	}

	@Test
	void findsTheLinksOfAPlainTextBody() {
		assertThat(DevMailboxController
			.links("Voir https://a.example/x, puis (https://b.example/y). Et https://a.example/x"))
			.containsExactly("https://a.example/x", "https://b.example/y");
	}

}
