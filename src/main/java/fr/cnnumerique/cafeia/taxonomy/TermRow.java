package fr.cnnumerique.cafeia.taxonomy;

/**
 * A term as the administration pages show it, with the version their forms send back.
 */
record TermRow(long id, Vocabulary vocabulary, String code, String labelFr, String labelEn, int position,
		boolean retired, long version) {

	static TermRow of(TaxonomyTerm term) {
		return new TermRow(term.getId(), term.getVocabulary(), term.getCode(), term.getLabelFr(), term.getLabelEn(),
				term.getPosition(), term.isRetired(), term.getVersion());
	}

}
