package fr.cnnumerique.cafeia.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * What a set of programme figures covers: a period of days (both ends included, in
 * Europe/Paris) and, optionally, one région or one département. Modules that compute
 * figures take it so that every figure of a report covers the same thing.
 *
 * @param from first day
 * @param to last day, not before {@code from}
 * @param regionCode a région code, or {@code null}
 * @param departementCode a département code, or {@code null}; when set,
 * {@code regionCode} is ignored
 */
public record FigureScope(LocalDate from, LocalDate to, String regionCode, String departementCode) {

	/** The zone in which days start and end. */
	public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

	public FigureScope {
		if (from == null || to == null || to.isBefore(from)) {
			throw new IllegalArgumentException("A figure scope needs a period whose end is not before its start");
		}
	}

	/**
	 * A whole calendar year for France as a whole.
	 * @param year the year
	 * @return the scope
	 */
	public static FigureScope year(int year) {
		return new FigureScope(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), null, null);
	}

	/**
	 * @return the first instant of the period
	 */
	public Instant start() {
		return this.from.atStartOfDay(ZONE).toInstant();
	}

	/**
	 * @return the first instant after the period
	 */
	public Instant end() {
		return this.to.plusDays(1).atStartOfDay(ZONE).toInstant();
	}

	/**
	 * The SQL condition restricting rows to the territory, with the named parameters
	 * {@code :regionCode} and {@code :departementCode} (bind them with
	 * {@link #regionParameter()} and {@link #departementParameter()}).
	 * @param regionColumn the column holding the région code
	 * @param departementColumn the column holding the département code
	 * @return a condition, {@code true} for France as a whole
	 */
	public String territoryCondition(String regionColumn, String departementColumn) {
		if (this.departementCode != null) {
			return departementColumn + " = :departementCode";
		}
		if (this.regionCode != null) {
			return regionColumn + " = :regionCode";
		}
		return "true";
	}

	/**
	 * @return the région code to bind, possibly {@code null}
	 */
	public String regionParameter() {
		return (this.departementCode != null) ? null : this.regionCode;
	}

	/**
	 * @return the département code to bind, possibly {@code null}
	 */
	public String departementParameter() {
		return this.departementCode;
	}

}
