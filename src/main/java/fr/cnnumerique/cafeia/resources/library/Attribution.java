package fr.cnnumerique.cafeia.resources.library;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The credit line to copy when reusing an item: its title, authors (and organisation),
 * source address, and licence name with the address of its text. An adaptation also
 * credits the works it derives from, nearest first.
 */
@Component
class Attribution {

	private final MessageSource messages;

	Attribution(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * The attribution text of an item.
	 * @param item the item, as published
	 * @param sources the published items it derives from, nearest first
	 * @param baseUrl the public address of the portal, without a trailing slash
	 * @param locale the reader's language
	 * @return one paragraph of plain text
	 */
	String of(LibraryItem item, List<LibraryItem> sources, String baseUrl, Locale locale) {
		StringBuilder text = new StringBuilder(credit(item, baseUrl, locale));
		for (LibraryItem source : sources) {
			text.append(' ')
				.append(this.messages.getMessage("resources.attribution.adapted",
						new Object[] { source.title(), creators(source), baseUrl + source.publicPath() }, locale));
		}
		return text.toString();
	}

	private String credit(LibraryItem item, String baseUrl, Locale locale) {
		Licence licence = Licence.of(item.licence()).orElse(Licence.DEFAULT);
		String source = (item.externalUrl() != null) ? item.externalUrl() : baseUrl + item.publicPath();
		if (licence == Licence.OPERATOR) {
			String terms = (item.licenceUrl() != null) ? item.licenceUrl() : item.licenceTerms();
			return this.messages.getMessage("resources.attribution.operator",
					new Object[] { item.title(), creators(item), source, terms }, locale);
		}
		String name = this.messages.getMessage("resources.licence." + licence.code(), null, locale);
		String key = (licence == Licence.CC0) ? "resources.attribution.public-domain" : "resources.attribution.licence";
		return this.messages.getMessage(key, new Object[] { item.title(), creators(item), source, name, licence.url() },
				locale);
	}

	private static String creators(LibraryItem item) {
		return (item.organisation() != null) ? item.authors() + " (" + item.organisation() + ")" : item.authors();
	}

}
