package fr.cnnumerique.cafeia.taxonomy;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What content modules may ask of the vocabularies: the terms to offer, the terms behind
 * stored codes, and which chosen codes are not allowed. Content stores codes (or ids),
 * never labels, so that a rename shows everywhere at once.
 */
@Service
public class Taxonomies {

	private final TaxonomyTermRepository terms;

	Taxonomies(TaxonomyTermRepository terms) {
		this.terms = terms;
	}

	/**
	 * The terms to offer for new content and in public filters.
	 * @param vocabulary the vocabulary
	 * @return the terms that are not retired, in their position order
	 */
	@Transactional(readOnly = true)
	public List<Term> active(Vocabulary vocabulary) {
		return this.terms.findByVocabularyAndRetiredFalseOrderByPositionAscIdAsc(vocabulary)
			.stream()
			.map(TaxonomyTerm::toTerm)
			.toList();
	}

	/**
	 * Every term ever created in a vocabulary, retired ones included.
	 * @param vocabulary the vocabulary
	 * @return the terms in their position order
	 */
	@Transactional(readOnly = true)
	public List<Term> all(Vocabulary vocabulary) {
		return this.terms.findByVocabularyOrderByPositionAscIdAsc(vocabulary)
			.stream()
			.map(TaxonomyTerm::toTerm)
			.toList();
	}

	/**
	 * Finds a term by its code, retired or not, so that content tagged before a term was
	 * retired still shows its label.
	 * @param vocabulary the vocabulary
	 * @param code the stored code
	 * @return the term, or empty if no term of the vocabulary ever had this code
	 */
	@Transactional(readOnly = true)
	public Optional<Term> find(Vocabulary vocabulary, String code) {
		if (code == null) {
			return Optional.empty();
		}
		return this.terms.findByVocabularyAndCode(vocabulary, code).map(TaxonomyTerm::toTerm);
	}

	/**
	 * Finds a term by its id, retired or not.
	 * @param id the term id
	 * @return the term, or empty if there is none with this id
	 */
	@Transactional(readOnly = true)
	public Optional<Term> find(long id) {
		return this.terms.findById(id).map(TaxonomyTerm::toTerm);
	}

	/**
	 * Resolves stored codes for display, retired terms included; unknown codes are
	 * skipped.
	 * @param vocabulary the vocabulary
	 * @param codes the stored codes
	 * @return the terms found, in their position order
	 */
	@Transactional(readOnly = true)
	public List<Term> findAll(Vocabulary vocabulary, Collection<String> codes) {
		if (codes == null || codes.isEmpty()) {
			return List.of();
		}
		return this.terms.findByVocabularyAndCodeInOrderByPositionAscIdAsc(vocabulary, Set.copyOf(codes))
			.stream()
			.map(TaxonomyTerm::toTerm)
			.toList();
	}

	/**
	 * The terms to offer in the form that edits a piece of content: the active ones, plus
	 * the retired ones the content already uses, so that saving the form does not drop
	 * them silently.
	 * @param vocabulary the vocabulary
	 * @param alreadyUsed the codes the content holds now (empty for new content)
	 * @return the terms in their position order
	 */
	@Transactional(readOnly = true)
	public List<Term> choices(Vocabulary vocabulary, Collection<String> alreadyUsed) {
		Set<String> used = (alreadyUsed != null) ? Set.copyOf(alreadyUsed) : Set.of();
		return all(vocabulary).stream().filter((term) -> !term.retired() || used.contains(term.code())).toList();
	}

	/**
	 * Validates the codes chosen for a piece of content: unknown codes are refused, and
	 * so are retired ones unless the content already held them (retiring a term must not
	 * make existing content impossible to save).
	 * @param vocabulary the vocabulary
	 * @param chosen the codes submitted
	 * @param alreadyUsed the codes the content held before (empty for new content)
	 * @return the chosen codes that may not be used, in the order given; empty if all are
	 * fine
	 */
	@Transactional(readOnly = true)
	public Set<String> unusable(Vocabulary vocabulary, Collection<String> chosen, Collection<String> alreadyUsed) {
		if (chosen == null || chosen.isEmpty()) {
			return Set.of();
		}
		Set<String> used = (alreadyUsed != null) ? Set.copyOf(alreadyUsed) : Set.of();
		Map<String, Term> known = findAll(vocabulary, chosen).stream()
			.collect(Collectors.toMap(Term::code, Function.identity()));
		return chosen.stream().filter((code) -> {
			Term term = known.get(code);
			return term == null || (term.retired() && !used.contains(code));
		}).collect(Collectors.toCollection(LinkedHashSet::new));
	}

}
