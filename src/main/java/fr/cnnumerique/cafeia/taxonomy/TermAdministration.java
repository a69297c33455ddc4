package fr.cnnumerique.cafeia.taxonomy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import fr.cnnumerique.cafeia.moderation.AuditEntry;
import fr.cnnumerique.cafeia.moderation.AuditLog;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The changes administrators make to the vocabularies, each audited in its own
 * transaction. Changes name the version the administrator saw: a term changed since is
 * refused with {@link StaleTermException} rather than overwritten.
 */
@Service
class TermAdministration {

	private final TaxonomyTermRepository terms;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	TermAdministration(TaxonomyTermRepository terms, JdbcClient jdbc, AuditLog audit) {
		this.terms = terms;
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public List<TermRow> rows(Vocabulary vocabulary) {
		return this.terms.findByVocabularyOrderByPositionAscIdAsc(vocabulary).stream().map(TermRow::of).toList();
	}

	@Transactional(readOnly = true)
	public TermRow row(long id) {
		return TermRow.of(this.terms.findById(id).orElseThrow(() -> new TermNotFoundException(id)));
	}

	@Transactional
	public Term create(Vocabulary vocabulary, String labelFr, String labelEn, Actor actor) {
		checkLabelsAreFree(vocabulary, labelFr, labelEn, null);
		String base = Slugs.of(labelFr);
		String code = base;
		for (int suffix = 2; this.terms.existsByVocabularyAndCode(vocabulary, code); suffix++) {
			code = base + "-" + suffix;
		}
		TaxonomyTerm term = this.terms
			.save(new TaxonomyTerm(vocabulary, code, labelFr, labelEn, this.terms.maxPosition(vocabulary) + 1));
		record(actor, term, "create", null);
		return term.toTerm();
	}

	@Transactional
	public boolean rename(long id, long version, String labelFr, String labelEn, Actor actor) {
		TaxonomyTerm term = load(id, version);
		if (term.getLabelFr().equals(labelFr) && term.getLabelEn().equals(labelEn)) {
			return false;
		}
		if (!term.isRetired()) {
			checkLabelsAreFree(term.getVocabulary(), labelFr, labelEn, id);
		}
		String before = term.getLabelFr() + " / " + term.getLabelEn();
		term.rename(labelFr, labelEn);
		record(actor, term, "rename", before + " → " + labelFr + " / " + labelEn);
		return true;
	}

	/**
	 * Swaps an active term with its active neighbour; does nothing at either end.
	 */
	@Transactional
	public boolean move(long id, long version, boolean up, Actor actor) {
		TaxonomyTerm term = load(id, version);
		if (term.isRetired()) {
			return false;
		}
		List<TaxonomyTerm> active = new ArrayList<>(
				this.terms.findByVocabularyAndRetiredFalseOrderByPositionAscIdAsc(term.getVocabulary()));
		int index = active.indexOf(term);
		int other = up ? index - 1 : index + 1;
		if (index < 0 || other < 0 || other >= active.size()) {
			return false;
		}
		active.set(index, active.get(other));
		active.set(other, term);
		// Renumbering from the list, rather than swapping two numbers, also repairs ties
		// left by concurrent creations; only terms whose rank changes are written.
		for (int i = 0; i < active.size(); i++) {
			if (active.get(i).getPosition() != i + 1) {
				active.get(i).moveTo(i + 1);
			}
		}
		record(actor, term, "move", (index + 1) + " → " + (other + 1));
		return true;
	}

	@Transactional
	public boolean retire(long id, long version, Actor actor) {
		TaxonomyTerm term = load(id, version);
		if (term.isRetired()) {
			return false;
		}
		term.retire();
		record(actor, term, "retire", null);
		return true;
	}

	@Transactional
	public boolean reactivate(long id, long version, Actor actor) {
		TaxonomyTerm term = load(id, version);
		if (!term.isRetired()) {
			return false;
		}
		checkLabelsAreFree(term.getVocabulary(), term.getLabelFr(), term.getLabelEn(), id);
		term.reactivate(this.terms.maxPosition(term.getVocabulary()) + 1);
		record(actor, term, "reactivate", null);
		return true;
	}

	private TaxonomyTerm load(long id, long version) {
		TaxonomyTerm term = this.terms.findById(id).orElseThrow(() -> new TermNotFoundException(id));
		if (term.getVersion() != version) {
			throw new StaleTermException(id);
		}
		return term;
	}

	private void checkLabelsAreFree(Vocabulary vocabulary, String labelFr, String labelEn, Long exceptId) {
		Set<Language> taken = EnumSet.noneOf(Language.class);
		if (labelTaken(vocabulary, "label_fr", labelFr, exceptId)) {
			taken.add(Language.FR);
		}
		if (labelTaken(vocabulary, "label_en", labelEn, exceptId)) {
			taken.add(Language.EN);
		}
		if (!taken.isEmpty()) {
			throw new DuplicateLabelException(taken);
		}
	}

	// The same comparison as the unique indexes of the migration, so that the friendly
	// check and the database agree.
	private boolean labelTaken(Vocabulary vocabulary, String column, String label, Long exceptId) {
		return this.jdbc
			.sql("SELECT EXISTS (SELECT 1 FROM taxonomy_term WHERE vocabulary = :vocabulary AND NOT retired"
					+ " AND lower(immutable_unaccent(" + column + ")) = lower(immutable_unaccent(:label))"
					+ " AND id <> :exceptId)")
			.param("vocabulary", vocabulary.name())
			.param("label", label)
			.param("exceptId", (exceptId != null) ? exceptId : -1L)
			.query(Boolean.class)
			.single();
	}

	private void record(Actor actor, TaxonomyTerm term, String verb, String reason) {
		this.terms.flush();
		String kind = term.getVocabulary().auditName();
		this.audit.record(new AuditEntry(actor.id(), actor.name(), kind + "." + verb, kind, Long.toString(term.getId()),
				term.getLabelFr(), reason));
	}

	enum Language {

		FR, EN

	}

	/**
	 * The staff member making a change, as the audit log names them.
	 */
	record Actor(long id, String name) {
	}

}
