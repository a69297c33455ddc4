package fr.cnnumerique.cafeia.reports;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import fr.cnnumerique.cafeia.accounts.AccountManagement;
import fr.cnnumerique.cafeia.accounts.AccountSummary;
import fr.cnnumerique.cafeia.feedback.FeedbackFigures;
import fr.cnnumerique.cafeia.moderation.AuditEntry;
import fr.cnnumerique.cafeia.moderation.AuditLog;
import fr.cnnumerique.cafeia.shared.FigureScope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual report of the programme: its figures for a calendar year, and its
 * publication. A year can be published once staff have closed it for reports (so that the
 * published figures no longer move as reports arrive); publishing and withdrawing are
 * written to the audit log in the same transaction.
 */
@Service
public class AnnualReport {

	/** The first year a report can be asked for. */
	public static final int FIRST_YEAR = 2000;

	/** The last year a report can be asked for. */
	public static final int LAST_YEAR = 2200;

	private static final String TARGET = "annual-report";

	private final ProgrammeFigures figures;

	private final FeedbackFigures feedback;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final AccountManagement accounts;

	AnnualReport(ProgrammeFigures figures, FeedbackFigures feedback, JdbcClient jdbc, AuditLog audit,
			AccountManagement accounts) {
		this.figures = figures;
		this.feedback = feedback;
		this.jdbc = jdbc;
		this.audit = audit;
		this.accounts = accounts;
	}

	/**
	 * Whether a year's report is public.
	 * @param year the year
	 * @return {@code true} once published, until withdrawn
	 */
	@Transactional(readOnly = true)
	public boolean isPublished(int year) {
		return this.jdbc.sql("SELECT EXISTS (SELECT 1 FROM report_publication WHERE year = ?)")
			.param(year)
			.query(Boolean.class)
			.single();
	}

	/**
	 * The years whose report is public.
	 * @return years, latest first
	 */
	@Transactional(readOnly = true)
	public List<Integer> publishedYears() {
		return this.jdbc.sql("SELECT year FROM report_publication ORDER BY year DESC").query(Integer.class).list();
	}

	@Transactional(readOnly = true)
	ReportModel figures(int year, Locale locale) {
		return this.figures.compose(FigureScope.year(year), locale);
	}

	@Transactional(readOnly = true)
	boolean yearClosed(int year) {
		return this.feedback.yearClosed(year);
	}

	/**
	 * Publishes a year's report, if the year is over and staff closed it for reports.
	 * @param year the year
	 * @param staffId who publishes
	 * @return what happened
	 */
	@Transactional
	Outcome publish(int year, long staffId) {
		if (year >= LocalDate.now(PARIS).getYear()) {
			return Outcome.YEAR_NOT_OVER;
		}
		if (!this.feedback.yearClosed(year)) {
			return Outcome.YEAR_OPEN;
		}
		int inserted = this.jdbc
			.sql("INSERT INTO report_publication (year, published_by) VALUES (?, ?) ON CONFLICT (year) DO NOTHING")
			.params(year, staffId)
			.update();
		if (inserted == 0) {
			return Outcome.UNCHANGED;
		}
		record(staffId, "report.publish", year);
		return Outcome.DONE;
	}

	/**
	 * Withdraws a year's report from the public.
	 * @param year the year
	 * @param staffId who withdraws it
	 * @return what happened
	 */
	@Transactional
	Outcome withdraw(int year, long staffId) {
		if (this.jdbc.sql("DELETE FROM report_publication WHERE year = ?").param(year).update() == 0) {
			return Outcome.UNCHANGED;
		}
		record(staffId, "report.withdraw", year);
		return Outcome.DONE;
	}

	private void record(long staffId, String action, int year) {
		String name = this.accounts.find(staffId).map(AccountSummary::displayName).orElse(null);
		this.audit.record(
				new AuditEntry(staffId, name, action, TARGET, Integer.toString(year), Integer.toString(year), null));
	}

	static boolean inRange(int year) {
		return year >= FIRST_YEAR && year <= LAST_YEAR;
	}

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	enum Outcome {

		DONE, UNCHANGED, YEAR_OPEN, YEAR_NOT_OVER

	}

}
