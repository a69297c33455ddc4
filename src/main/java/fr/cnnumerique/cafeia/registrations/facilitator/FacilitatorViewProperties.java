package fr.cnnumerique.cafeia.registrations.facilitator;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the facilitators' view.
 *
 * @param messagesPerDay messages the facilitators of one café may send to its registrants
 * within 24 hours, all facilitators together
 */
@ConfigurationProperties("cafeia.registrations")
record FacilitatorViewProperties(@DefaultValue("3") int messagesPerDay) {

}
