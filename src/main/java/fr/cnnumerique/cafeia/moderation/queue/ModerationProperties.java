package fr.cnnumerique.cafeia.moderation.queue;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the moderation queue. Reason codes are labelled by the messages
 * {@code moderation.reason.<code>} and {@code moderation.report-reason.<code>}: a code
 * added here needs its two messages (French and English).
 *
 * @param reasons codes a moderator chooses from to request changes, reject or unpublish
 * @param reportReasons codes a visitor chooses from to report content
 * @param reportsPerIp reports accepted from one IP address within the window
 * @param reportWindow the sliding period of the report rate limit
 * @param pageSize rows per page of the staff lists
 */
@ConfigurationProperties("cafeia.moderation")
record ModerationProperties(@DefaultValue( {
		"hors-sujet", "informations-incompletes", "contenu-commercial", "propos-inappropries", "doublon",
		"autre" }) List<String> reasons,
		@DefaultValue({ "propos-inappropries", "informations-erronees", "contenu-commercial", "contenu-illicite",
				"autre" }) List<String> reportReasons,
		@DefaultValue("5") int reportsPerIp, @DefaultValue("10m") Duration reportWindow,
		@DefaultValue("20") int pageSize){

	/** The code whose choice requires a free-text explanation. */
	static final String OTHER = "autre";

}
