package fr.cnnumerique.cafeia.resources.library;

import java.util.Arrays;
import java.util.Optional;

/**
 * The licences an author may choose. Names are message keys
 * ({@code resources.licence.<code>}); the operator's specific terms carry their own text
 * or address.
 */
enum Licence {

	CC_BY_NC("CC-BY-NC-4.0", "https://creativecommons.org/licenses/by-nc/4.0/deed.fr", false),

	CC_BY("CC-BY-4.0", "https://creativecommons.org/licenses/by/4.0/deed.fr", false),

	CC_BY_SA("CC-BY-SA-4.0", "https://creativecommons.org/licenses/by-sa/4.0/deed.fr", true),

	CC_BY_NC_SA("CC-BY-NC-SA-4.0", "https://creativecommons.org/licenses/by-nc-sa/4.0/deed.fr", true),

	CC0("CC0-1.0", "https://creativecommons.org/publicdomain/zero/1.0/deed.fr", false),

	ETALAB("etalab-2.0", "https://www.etalab.gouv.fr/licence-ouverte-open-licence/", false),

	OPERATOR("operator", null, false);

	static final Licence DEFAULT = CC_BY_NC;

	private final String code;

	private final String url;

	private final boolean shareAlike;

	Licence(String code, String url, boolean shareAlike) {
		this.code = code;
		this.url = url;
		this.shareAlike = shareAlike;
	}

	String code() {
		return this.code;
	}

	/** The licence's text, {@code null} for the operator's terms (the item has it). */
	String url() {
		return this.url;
	}

	/** Adaptations must be shared under the same licence. */
	boolean shareAlike() {
		return this.shareAlike;
	}

	static Optional<Licence> of(String code) {
		return Arrays.stream(values()).filter((licence) -> licence.code.equals(code)).findFirst();
	}

}
