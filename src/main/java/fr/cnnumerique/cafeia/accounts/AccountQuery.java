package fr.cnnumerique.cafeia.accounts;

/**
 * Criteria of a search among accounts that are not deleted; every criterion is optional.
 *
 * @param text part of the name or of the e-mail address, compared regardless of case and
 * accents; {@code null} or blank for any
 * @param role accounts holding this role, directly or through a higher one; {@code null}
 * for any
 * @param status accounts in this status; {@code null} for any
 */
public record AccountQuery(String text, Role role, AccountStatus status) {

	public AccountQuery {
		text = (text == null || text.isBlank()) ? null : text.strip();
	}

}
