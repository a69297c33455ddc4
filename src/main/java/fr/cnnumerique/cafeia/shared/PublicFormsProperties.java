package fr.cnnumerique.cafeia.shared;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of {@link PublicFormGuard}.
 *
 * @param secret key that signs the time a form was shown; the same on every node, set
 * from the environment ({@code CAFEIA_FORMS_SECRET}) in production
 * @param minFillTime how long a person takes at least to fill a form; faster posts are
 * refused as robots
 * @param maxFillTime how long a shown form stays valid
 * @param retention how long counted submissions are kept, longer than any rate-limit
 * window
 */
@ConfigurationProperties("cafeia.forms")
record PublicFormsProperties(@DefaultValue(PublicFormGuard.DEVELOPMENT_SECRET) String secret,
		@DefaultValue("3s") Duration minFillTime, @DefaultValue("2h") Duration maxFillTime,
		@DefaultValue("1d") Duration retention) {

}
