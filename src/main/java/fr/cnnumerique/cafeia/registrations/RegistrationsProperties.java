package fr.cnnumerique.cafeia.registrations;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the registrations ({@code cafeia.registrations.*}).
 *
 * @param reminderHour the hour, in the café's time zone, at which reminders are sent the
 * day before the café
 * @param retention how long after a café the personal data of its confirmed registrations
 * is kept
 * @param cancelledRetention how long after a cancellation the personal data of a
 * cancelled registration is kept (at most until the café ends)
 */
@ConfigurationProperties("cafeia.registrations")
record RegistrationsProperties(@DefaultValue("10") int reminderHour, @DefaultValue("90d") Duration retention,
		@DefaultValue("7d") Duration cancelledRetention) {

	RegistrationsProperties {
		if (reminderHour < 0 || reminderHour > 23) {
			throw new IllegalArgumentException("cafeia.registrations.reminder-hour must be from 0 to 23");
		}
	}

}
