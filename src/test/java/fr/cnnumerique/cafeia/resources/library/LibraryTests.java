package fr.cnnumerique.cafeia.resources.library;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import fr.cnnumerique.cafeia.accounts.Role;
import fr.cnnumerique.cafeia.moderation.ChangesRequested;
import fr.cnnumerique.cafeia.moderation.ContentApproved;
import fr.cnnumerique.cafeia.moderation.ContentRejected;
import fr.cnnumerique.cafeia.moderation.ContentUnpublished;
import fr.cnnumerique.cafeia.support.EventDelivery;
import fr.cnnumerique.cafeia.support.IntegrationTest;
import fr.cnnumerique.cafeia.support.StaffLogin;
import fr.cnnumerique.cafeia.support.StaffLogin.Staff;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The library from the facilitator's form to the public page: upload and download,
 * refused files and input, moderation, versions, adaptations, search and exports.
 */
@IntegrationTest
class LibraryTests {

	static final byte[] SCRIPT = "# Animer un café IA en 90 minutes\n\n1. Accueil\n2. Débat\n"
		.getBytes(StandardCharsets.UTF_8);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	LibraryStore store;

	static String unique(String prefix) {
		return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	static MockMultipartFile file(String name, byte[] content) {
		return new MockMultipartFile("file", name, "application/octet-stream", content);
	}

	static MockMultipartHttpServletRequestBuilder form(String path, String title, MockMultipartFile file,
			String... fields) {
		MockMultipartHttpServletRequestBuilder request = multipart(path);
		if (file != null) {
			request.file(file);
		}
		java.util.Map<String, String> params = new java.util.LinkedHashMap<>();
		params.put("title", title);
		params.put("summary", "Un déroulé prêt à l'emploi pour un café IA.");
		params.put("description", "Pour parler d'ethique et d'IA au quotidien.");
		params.put("kind", "kit-animation");
		params.put("themes", "ia-au-quotidien");
		params.put("audiences", "tout-public");
		params.put("duration", "90");
		params.put("level", "decouverte");
		params.put("language", "fr");
		params.put("authors", "Camille Martin");
		params.put("licence", "CC-BY-NC-4.0");
		for (int i = 0; i + 1 < fields.length; i += 2) {
			params.put(fields[i], fields[i + 1]);
		}
		params.forEach(request::param);
		request.with(csrf());
		return request;
	}

	Staff facilitator() {
		return new StaffLogin(this.context).create("Animatrice", Role.FACILITATOR);
	}

	Optional<Long> idOf(String title) {
		return this.jdbc.sql("SELECT id FROM library_item WHERE title = ?").param(title).query(Long.class).optional();
	}

	long create(Staff author, String title, MockMultipartFile file, String... fields) throws Exception {
		this.mvc.perform(form("/espace/ressources/nouveau", title, file, fields).with(author.login()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/espace/ressources"));
		return idOf(title).orElseThrow();
	}

	void decide(Object event) {
		this.transactions.executeWithoutResult((status) -> this.events.publishEvent(event));
	}

	void approve(long id) {
		long version = this.store.draft(id).orElseThrow().version();
		decide(new ContentApproved("resource", Long.toString(id), 1L));
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.store.publishedDraftVersion(id).equals(Optional.of(version)));
	}

	long storedFiles() {
		return this.jdbc.sql("SELECT count(*) FROM library_file").query(Long.class).single();
	}

	@Test
	void uploadsAndDownloadsAFileWithItsChecksumAndRanges() throws Exception {
		Staff author = facilitator();
		String title = unique("Animer un café IA en 90 minutes");
		long id = create(author, title, file("deroule-cafe.md", SCRIPT));
		this.mvc.perform(get("/ressources/" + id)).andExpect(status().isNotFound());
		approve(id);

		LibraryItem item = this.store.published(id).orElseThrow();
		long fileId = this.store.versions(id, true).get(0).files().get(0).id();
		String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(SCRIPT));
		this.mvc.perform(get(item.publicPath()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(sha256)))
			.andExpect(content().string(containsString("/signaler?type=resource&amp;id=" + id)));
		byte[] downloaded = this.mvc.perform(get("/ressources/" + id + "/fichiers/" + fileId))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, "text/markdown;charset=UTF-8"))
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, containsString("attachment")))
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, containsString("deroule-cafe.md")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(downloaded))).isEqualTo(sha256);

		this.mvc.perform(get("/ressources/" + id + "/fichiers/" + fileId).header(HttpHeaders.RANGE, "bytes=2-6"))
			.andExpect(status().isPartialContent())
			.andExpect(header().string(HttpHeaders.CONTENT_RANGE, "bytes 2-6/" + SCRIPT.length))
			.andExpect(content().bytes(java.util.Arrays.copyOfRange(SCRIPT, 2, 7)));
		assertThat(this.store.published(id).orElseThrow().downloads()).isEqualTo(1);
		assertThat(this.jdbc
			.sql("SELECT sum(downloads) FROM library_download_month WHERE item_id = ? "
					+ "AND month = date_trunc('month', now() AT TIME ZONE 'Europe/Paris')::date")
			.param(id)
			.query(Long.class)
			.single()).as("the month's counter, for the annual report").isEqualTo(1);
		this.mvc.perform(get("/ressources/" + id + "-mauvais-titre"))
			.andExpect(status().isMovedPermanently())
			.andExpect(redirectedUrl(item.publicPath()));
	}

	@Test
	void refusesBadInputWithoutKeepingAnything() throws Exception {
		Staff author = facilitator();
		long before = storedFiles();
		String title = unique("Refusée");
		byte[] zip = "PK\u0003\u0004 une archive".getBytes(StandardCharsets.ISO_8859_1);
		this.mvc.perform(form("/espace/ressources/nouveau", title, file("quiz.docx", zip)).with(author.login()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ne correspond pas à son extension")));
		this.mvc.perform(form("/espace/ressources/nouveau", title, file("vide.pdf", new byte[0])).with(author.login()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ce fichier est vide")));
		this.mvc
			.perform(form("/espace/ressources/nouveau", title, file("page.html", "<html></html>".getBytes()))
				.with(author.login()))
			.andExpect(content().string(containsString("Ce format n’est pas accepté")));
		this.mvc
			.perform(form("/espace/ressources/nouveau", title, null, "externalUrl", "javascript:alert(1)")
				.with(author.login()))
			.andExpect(content().string(containsString("commence par http:// ou https://")));
		this.mvc
			.perform(form("/espace/ressources/nouveau", title, null, "externalUrl", "www.exemple.fr")
				.with(author.login()))
			.andExpect(content().string(containsString("commence par http:// ou https://")));
		this.mvc
			.perform(form("/espace/ressources/nouveau", title, file("a.md", SCRIPT), "licence", "GPL")
				.with(author.login()))
			.andExpect(content().string(containsString("Choisissez une licence dans la liste")));
		this.mvc
			.perform(form("/espace/ressources/nouveau", "<script>alert(1)</script>", file("a.md", SCRIPT))
				.with(author.login()))
			.andExpect(content().string(containsString("balises HTML")));
		this.mvc
			.perform(form("/espace/ressources/nouveau", title, file("a.md", SCRIPT), "description",
					"<img src=x onerror=alert(1)>")
				.with(author.login()))
			.andExpect(content().string(containsString("balises HTML")));
		this.mvc.perform(form("/espace/ressources/nouveau", title, null).with(author.login()))
			.andExpect(content().string(containsString("Joignez un fichier ou indiquez un lien")));
		assertThat(idOf(title)).isEmpty();
		assertThat(storedFiles()).isEqualTo(before);
	}

	@Test
	void refusesAFileOverTheSizeLimit() throws Exception {
		Staff author = facilitator();
		String title = unique("Trop lourde");
		byte[] large = new byte[50 * 1024 * 1024 + 1];
		System.arraycopy(SCRIPT, 0, large, 0, SCRIPT.length);
		java.util.Arrays.fill(large, SCRIPT.length, large.length, (byte) 'a');
		this.mvc.perform(form("/espace/ressources/nouveau", title, file("gros.txt", large)).with(author.login()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("50 Mo au maximum")));
		assertThat(idOf(title)).isEmpty();
		this.mvc.perform(get("/espace/ressources/nouveau").with(author.login()))
			.andExpect(content().string(containsString("Jusqu’à 50 Mo")));
	}

	@Test
	void onlyTheAuthorAndStaffEdit() throws Exception {
		Staff author = facilitator();
		Staff other = facilitator();
		Staff moderator = new StaffLogin(this.context).create("Modératrice", Role.MODERATOR);
		String title = unique("Fiche mythes et réalités");
		long id = create(author, title, file("mythes.md", SCRIPT));
		this.mvc.perform(get("/espace/ressources/" + id + "/modifier").with(other.login()))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(form("/espace/ressources/" + id + "/modifier", "Volée", null, "version", "0").with(other.login()))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/espace/ressources/" + id + "/retirer").with(csrf()).with(other.login()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/espace/ressources/" + id + "/modifier").with(author.login())).andExpect(status().isOk());
		this.mvc.perform(get("/espace/ressources/" + id + "/modifier").with(moderator.login()))
			.andExpect(status().isOk());
		this.mvc.perform(get("/espace/ressources").with(other.login()))
			.andExpect(content().string(not(containsString(title))));
	}

	@Test
	void keepsTheApprovedVersionPublicThroughModeration() throws Exception {
		Staff author = facilitator();
		String title = unique("Quiz IA générative");
		long id = create(author, title, file("quiz.md", SCRIPT));
		String contentId = Long.toString(id);
		approve(id);

		this.mvc
			.perform(form("/espace/ressources/" + id + "/modifier", title + " v2", null, "version",
					Long.toString(this.store.draft(id).orElseThrow().version()))
				.with(author.login()))
			.andExpect(status().isFound());
		assertThat(this.store.draft(id).orElseThrow().moderationState()).isEqualTo("PENDING");
		assertThat(this.store.published(id).orElseThrow().title()).isEqualTo(title);

		decide(new ChangesRequested("resource", contentId, "informations-incompletes", null));
		EventDelivery.awaitDecisionsOn(this.jdbc, "resource", contentId);
		assertThat(this.store.draft(id).orElseThrow().moderationState()).isEqualTo("CHANGES_REQUESTED");
		assertThat(this.store.published(id).orElseThrow().title()).isEqualTo(title);

		approve(id);
		decide(new ContentApproved("resource", contentId, 1L));
		EventDelivery.awaitDecisionsOn(this.jdbc, "resource", contentId);
		assertThat(this.store.published(id).orElseThrow().title()).isEqualTo(title + " v2");

		decide(new ContentUnpublished("resource", contentId, "autre", "signalement"));
		decide(new ContentUnpublished("resource", contentId, "autre", "signalement"));
		await().atMost(Duration.ofSeconds(10)).until(() -> this.store.published(id).isEmpty());
		approve(id);
		decide(new ContentRejected("resource", contentId, "hors-sujet", null));
		await().atMost(Duration.ofSeconds(10)).until(() -> this.store.published(id).isEmpty());
		this.mvc.perform(get("/ressources/" + id)).andExpect(status().isNotFound());

		approve(id);
		this.mvc.perform(post("/espace/ressources/" + id + "/retirer").with(csrf()).with(author.login()))
			.andExpect(status().isFound());
		assertThat(this.store.published(id)).isEmpty();
		assertThat(this.store.draft(id).orElseThrow().moderationState()).isEqualTo("WITHDRAWN");
	}

	@Test
	void keepsVersionsAndTheChainOfAdaptations() throws Exception {
		Staff author = facilitator();
		String title = unique("Jeu des idées reçues");
		long id = create(author, title, file("jeu.md", SCRIPT));
		approve(id);
		byte[] second = "# Jeu des idées reçues\n\nNouvelle manche.\n".getBytes(StandardCharsets.UTF_8);
		this.mvc
			.perform(multipart("/espace/ressources/" + id + "/nouvelle-version").file(file("jeu-v2.md", second))
				.param("changeNote", "Une manche de plus")
				.with(csrf())
				.with(author.login()))
			.andExpect(status().isFound());
		assertThat(this.store.versions(id, true)).hasSize(1);
		approve(id);
		String page = this.mvc.perform(get(this.store.published(id).orElseThrow().publicPath()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Une manche de plus", "jeu-v2.md", "jeu.md", "Version 2", "Version 1");
		assertThat(this.store.versions(id, true)).extracting(ItemVersion::number).containsExactly(2, 1);

		Staff adapter = facilitator();
		String adaptation = unique("Jeu des idées reçues pour les seniors");
		long derived = create(adapter, adaptation, file("jeu-seniors.md", SCRIPT), "adaptedFrom",
				"/ressources/" + id + "-jeu");
		approve(derived);
		this.mvc.perform(get(this.store.published(derived).orElseThrow().publicPath()))
			.andExpect(content().string(containsString(title)))
			.andExpect(content().string(containsString("Adapté de « " + title + " »")));
		this.mvc.perform(get(this.store.published(id).orElseThrow().publicPath()))
			.andExpect(content().string(containsString(adaptation)));

		String closed = unique("Kit sous conditions");
		long restricted = create(author, closed, file("kit.md", SCRIPT), "licence", "operator", "licenceUrl",
				"https://operateur.example.fr/conditions", "noDerivatives", "true");
		approve(restricted);
		String copy = unique("Copie du kit");
		this.mvc
			.perform(form("/espace/ressources/nouveau", copy, file("copie.md", SCRIPT), "adaptedFrom",
					Long.toString(restricted))
				.with(adapter.login()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("confirmez que ses auteurs vous ont donné la permission")));
		assertThat(idOf(copy)).isEmpty();
		create(adapter, copy, file("copie.md", SCRIPT), "adaptedFrom", Long.toString(restricted), "permissionConfirmed",
				"true");

		String shareAlike = unique("Fiche partagée");
		long sa = create(author, shareAlike, file("sa.md", SCRIPT), "licence", "CC-BY-SA-4.0");
		approve(sa);
		this.mvc
			.perform(form("/espace/ressources/nouveau", unique("Adaptation SA"), file("b.md", SCRIPT), "adaptedFrom",
					Long.toString(sa))
				.with(adapter.login()))
			.andExpect(content().string(containsString("doit garder la même licence")));
	}

	@Test
	void searchesInFrenchWithoutAccentsAndExports() throws Exception {
		Staff author = facilitator();
		String marker = "zorglub" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9-]", "x");
		String title = unique("Débattre sur ethique et IA " + marker);
		long id = create(author, title, file("ethique.md", SCRIPT), "kind", "guide", "licence", "CC-BY-4.0");
		approve(id);
		this.mvc.perform(get("/ressources").param("q", "éthique " + marker))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(title)));
		this.mvc.perform(get("/ressources").param("q", "éthiques " + marker))
			.andExpect(content().string(containsString(title)));
		this.mvc.perform(get("/ressources").param("q", marker).param("type", "video"))
			.andExpect(content().string(not(containsString(title))));
		this.mvc
			.perform(get("/ressources").param("q", marker)
				.param("type", "guide")
				.param("licence", "CC-BY-4.0")
				.param("theme", "ia-au-quotidien")
				.param("public", "tout-public")
				.param("niveau", "decouverte")
				.param("langue", "fr")
				.param("tri", "downloads"))
			.andExpect(content().string(containsString(title)));

		this.mvc.perform(get("/ressources.csv"))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, containsString("text/csv")))
			.andExpect(content().string(containsString("id,titre,resume,type")))
			.andExpect(content().string(containsString(title)))
			.andExpect(content().string(containsString("CC-BY-4.0")));
		String json = this.mvc.perform(get("/ressources.json"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(json).contains(title, "https://creativecommons.org/licenses/by/4.0/deed.fr",
				"/ressources/" + id + "/fichiers/");
		this.mvc.perform(get("/donnees"))
			.andExpect(content().string(containsString("/ressources.csv")))
			.andExpect(content().string(containsString("/ressources.json")));
	}

}
