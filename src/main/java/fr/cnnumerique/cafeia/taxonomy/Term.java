package fr.cnnumerique.cafeia.taxonomy;

import java.util.Locale;

/**
 * One term of a vocabulary, as other modules and views read it.
 *
 * @param id database id, stable
 * @param vocabulary the vocabulary the term belongs to
 * @param code stable slug stored by content and used in URLs and filters; never changes
 * @param labelFr French label
 * @param labelEn English label
 * @param position rank in its vocabulary, lowest first
 * @param retired {@code true} if the term is no longer offered for new content (it still
 * resolves for content that uses it)
 */
public record Term(long id, Vocabulary vocabulary, String code, String labelFr, String labelEn, int position,
		boolean retired) {

	/**
	 * The label in the reader's language.
	 * @param locale the reader's locale, possibly {@code null}
	 * @return the English label for English, the French label otherwise
	 */
	public String label(Locale locale) {
		return (locale != null && "en".equals(locale.getLanguage())) ? this.labelEn : this.labelFr;
	}

}
