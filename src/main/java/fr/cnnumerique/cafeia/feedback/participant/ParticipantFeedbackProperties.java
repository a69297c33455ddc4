package fr.cnnumerique.cafeia.feedback.participant;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the participant feedback form.
 *
 * @param openFor how long after the end of a café its form still takes answers; it opens
 * when the café starts
 * @param answersPerIp answers one IP address may send for one café within
 * {@code answersWindow}; a room sharing one public address needs a generous value
 * @param answersWindow the sliding window of that limit
 */
@ConfigurationProperties("cafeia.feedback.participant")
record ParticipantFeedbackProperties(@DefaultValue("30d") Duration openFor, @DefaultValue("10") int answersPerIp,
		@DefaultValue("1h") Duration answersWindow) {

}
