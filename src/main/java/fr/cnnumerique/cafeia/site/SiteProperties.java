package fr.cnnumerique.cafeia.site;

import java.time.LocalDate;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the legal and information pages say about the operator of this instance.
 *
 * @param contactEmail where users write about the service, their data or accessibility
 * @param hostName name of the hosting provider shown in the legal notice
 * @param hostAddress postal address of the hosting provider
 * @param accessibilityStatementDate date the accessibility statement was last reviewed
 */
@ConfigurationProperties("cafeia.site")
record SiteProperties(@DefaultValue("cafeia@cnnumerique.fr") String contactEmail,
		@DefaultValue("Conseil national du numérique") String hostName,
		@DefaultValue("Paris, France") String hostAddress,
		@DefaultValue("2026-11-29") LocalDate accessibilityStatementDate) {
}
