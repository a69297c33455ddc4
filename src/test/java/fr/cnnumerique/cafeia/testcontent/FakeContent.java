package fr.cnnumerique.cafeia.testcontent;

import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.PostConstruct;

import fr.cnnumerique.cafeia.moderation.ChangesRequested;
import fr.cnnumerique.cafeia.moderation.ContentApproved;
import fr.cnnumerique.cafeia.moderation.ContentRejected;
import fr.cnnumerique.cafeia.moderation.ContentUnpublished;
import fr.cnnumerique.cafeia.moderation.ModerationQueue;
import fr.cnnumerique.cafeia.moderation.ModerationStatus;
import fr.cnnumerique.cafeia.moderation.Submission;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A content module that exists only in tests: notes kept in a table of their own,
 * submitted to the moderation queue on every save and shown or hidden as the decision
 * events arrive, exactly as the real content modules are meant to do.
 */
@Service
public class FakeContent {

	public static final String TYPE = "test-note";

	private final JdbcClient jdbc;

	private final ModerationQueue queue;

	FakeContent(JdbcClient jdbc, ModerationQueue queue) {
		this.jdbc = jdbc;
		this.queue = queue;
	}

	@PostConstruct
	void createTable() {
		this.jdbc.sql("""
				CREATE TABLE IF NOT EXISTS test_note (
				    id text PRIMARY KEY, title text NOT NULL, body text NOT NULL, author_id bigint NOT NULL,
				    state text NOT NULL, last_reason text)
				""").update();
	}

	/**
	 * Creates a note and submits it, like a facilitator saving a new café.
	 */
	@Transactional
	public String create(String title, String body, long authorId) {
		String id = UUID.randomUUID().toString();
		this.jdbc.sql("INSERT INTO test_note (id, title, body, author_id, state) VALUES (?, ?, ?, ?, 'DRAFT')")
			.params(id, title, body, authorId)
			.update();
		submit(id, title, body, authorId);
		return id;
	}

	/**
	 * Edits a note and re-submits it.
	 */
	@Transactional
	public ModerationStatus edit(String id, String title, String body, long authorId) {
		this.jdbc.sql("UPDATE test_note SET title = ?, body = ? WHERE id = ?").params(title, body, id).update();
		return submit(id, title, body, authorId);
	}

	private ModerationStatus submit(String id, String title, String body, long authorId) {
		return this.queue.submit(new Submission(TYPE, id, title, authorId, "/notes/" + id,
				body.length() > 80 ? body.substring(0, 80) : body, "Titre : " + title + "\n" + body));
	}

	public Optional<String> state(String id) {
		return this.jdbc.sql("SELECT state FROM test_note WHERE id = ?").param(id).query(String.class).optional();
	}

	public Optional<String> lastReason(String id) {
		return this.jdbc.sql("SELECT last_reason FROM test_note WHERE id = ?").param(id).query(String.class).optional();
	}

	@ApplicationModuleListener
	void on(ContentApproved event) {
		apply(event.contentType(), event.contentId(), "PUBLIC", null);
	}

	@ApplicationModuleListener
	void on(ContentRejected event) {
		apply(event.contentType(), event.contentId(), "REJECTED", event.reason());
	}

	@ApplicationModuleListener
	void on(ChangesRequested event) {
		apply(event.contentType(), event.contentId(), "CHANGES_REQUESTED", event.reason());
	}

	@ApplicationModuleListener
	void on(ContentUnpublished event) {
		apply(event.contentType(), event.contentId(), "HIDDEN", event.reason());
	}

	private void apply(String type, String id, String state, String reason) {
		if (TYPE.equals(type)) {
			this.jdbc.sql("UPDATE test_note SET state = ?, last_reason = ? WHERE id = ?")
				.params(state, reason, id)
				.update();
		}
	}

}
