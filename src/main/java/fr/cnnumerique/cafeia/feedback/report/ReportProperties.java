package fr.cnnumerique.cafeia.feedback.report;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the reminders to file a report.
 *
 * @param reminderHour the hour, in the café's time zone, from which the reminders of a
 * day are sent (the day after the café, then a week after)
 * @param reminderLookback how far back the reminder job looks for cafés without a report:
 * cafés that ended earlier are never reminded
 */
@ConfigurationProperties("cafeia.feedback")
record ReportProperties(@DefaultValue("9") int reminderHour, @DefaultValue("14d") Duration reminderLookback) {

	ReportProperties {
		if (reminderHour < 0 || reminderHour > 23) {
			throw new IllegalArgumentException("cafeia.feedback.reminder-hour must be 0 to 23, was " + reminderHour);
		}
	}

}
