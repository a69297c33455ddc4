package fr.cnnumerique.cafeia.notifications;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of mail rendering and delivery. SMTP itself is configured with Spring Boot's
 * {@code spring.mail.*}; without {@code spring.mail.host} nothing is sent.
 *
 * @param from sender of every mail, with its display name
 * @param siteUrl absolute address of the portal, used for links in mails
 * @param sendInterval pause between two runs of the sender job
 * @param batchSize mails locked and sent per transaction
 * @param maxAttempts delivery attempts before a mail is marked failed
 * @param retryDelay wait after the first failed attempt
 * @param retryMultiplier factor applied to the wait after each further failure
 * @param retryMaxDelay longest wait between two attempts
 * @param retention how long sent mails stay in the outbox
 * @param purgeCron when the purge of sent mails runs
 */
@ConfigurationProperties("cafeia.mail")
record NotificationsProperties(@DefaultValue("Café IA <ne-pas-repondre@cafeia.example>") String from,
		@DefaultValue("http://localhost:8080") String siteUrl, @DefaultValue("10s") Duration sendInterval,
		@DefaultValue("20") int batchSize, @DefaultValue("8") int maxAttempts, @DefaultValue("1m") Duration retryDelay,
		@DefaultValue("5") int retryMultiplier, @DefaultValue("6h") Duration retryMaxDelay,
		@DefaultValue("30d") Duration retention, @DefaultValue("0 30 3 * * *") String purgeCron) {

	/**
	 * The wait before the next attempt once {@code attempts} attempts have failed:
	 * {@code retryDelay × retryMultiplier^(attempts − 1)}, capped at
	 * {@code retryMaxDelay} (1 min, 5, 25, 125, then 6 h with the defaults).
	 */
	Duration backoff(int attempts) {
		Duration delay = this.retryDelay;
		for (int i = 1; i < attempts; i++) {
			delay = delay.multipliedBy(this.retryMultiplier);
			if (delay.compareTo(this.retryMaxDelay) >= 0) {
				return this.retryMaxDelay;
			}
		}
		return (delay.compareTo(this.retryMaxDelay) > 0) ? this.retryMaxDelay : delay;
	}

}
