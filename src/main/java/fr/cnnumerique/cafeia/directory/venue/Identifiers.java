package fr.cnnumerique.cafeia.directory.venue;

import java.util.regex.Pattern;

/**
 * Format checks of the French organisation identifiers a venue may give.
 */
final class Identifiers {

	private static final Pattern SIRET = Pattern.compile("[0-9]{14}");

	private static final Pattern RNA = Pattern.compile("W[0-9]{9}");

	/**
	 * La Poste's SIREN: its establishments' SIRETs fail Luhn and follow their own rule.
	 */
	private static final String LA_POSTE_SIREN = "356000000";

	private Identifiers() {
	}

	/**
	 * Whether a SIRET has 14 digits and a valid Luhn checksum (or, for La Poste's
	 * establishments, a sum of digits divisible by 5).
	 */
	static boolean isValidSiret(String siret) {
		if (siret == null || !SIRET.matcher(siret).matches()) {
			return false;
		}
		if (siret.startsWith(LA_POSTE_SIREN) && !siret.equals(LA_POSTE_SIREN + "00048")) {
			return siret.chars().map((c) -> c - '0').sum() % 5 == 0;
		}
		return luhn(siret);
	}

	static boolean luhn(String digits) {
		int sum = 0;
		for (int i = 0; i < digits.length(); i++) {
			int digit = digits.charAt(digits.length() - 1 - i) - '0';
			if (i % 2 == 1) {
				digit *= 2;
				if (digit > 9) {
					digit -= 9;
				}
			}
			sum += digit;
		}
		return sum % 10 == 0;
	}

	/** Whether a number of the Répertoire national des associations is W and 9 digits. */
	static boolean isValidRna(String rna) {
		return rna != null && RNA.matcher(rna).matches();
	}

}
