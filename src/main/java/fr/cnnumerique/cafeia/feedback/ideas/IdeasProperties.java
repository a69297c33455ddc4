package fr.cnnumerique.cafeia.feedback.ideas;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the idea box.
 *
 * @param perIp contributions one IP address may send within {@code window}
 * @param window the sliding window of that limit
 * @param emailRetention how long the e-mail address of a closed contribution is kept
 * @param pageSize contributions per page of the staff inbox
 */
@ConfigurationProperties("cafeia.feedback.ideas")
record IdeasProperties(@DefaultValue("5") int perIp, @DefaultValue("1h") Duration window,
		@DefaultValue("365d") Duration emailRetention, @DefaultValue("20") int pageSize) {

}
