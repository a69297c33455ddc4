package fr.cnnumerique.cafeia.accounts;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may reach which route, and the headers every response carries. Public pages are
 * open; {@code /espace/**} needs a verified facilitator, {@code /moderation/**} a
 * moderator, {@code /admin/**} and the actuator (but health) an administrator. The
 * account pages need a login, but for the links followed from mails (verification,
 * password reset) which work logged out.
 * <p>
 * Moderators and administrators log in in two steps: the password makes them
 * {@link SecondFactorPending} (one authority, {@code ROLE_MFA_PENDING} or
 * {@code ROLE_ENROLMENT_REQUIRED}, that opens only {@code /connexion/code} or
 * {@code /compte/double-authentification}, and {@link SecondFactorGate} redirects any
 * other route there); the code replaces it with the full authentication.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data: https:; "
			+ "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

	static final String ARGON2 = "argon2";

	static final ReferrerPolicy REFERRER_POLICY = ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN;

	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), payment=(), usb=(), "
			+ "interest-cohort=(), geolocation=(self)";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((requests) -> requests.requestMatchers("/espace/**")
			.hasRole("FACILITATOR")
			.requestMatchers("/moderation/**")
			.hasRole("MODERATOR")
			.requestMatchers("/admin/**")
			.hasRole("ADMIN")
			.requestMatchers("/actuator/health", "/actuator/health/**")
			.permitAll()
			.requestMatchers("/actuator/**")
			.hasRole("ADMIN")
			.requestMatchers("/compte/creer", "/compte/creer/**", "/compte/verifier/**", "/compte/mot-de-passe-oublie",
					"/compte/mot-de-passe-oublie/**", "/compte/nouveau-mot-de-passe/**")
			.permitAll()
			.requestMatchers(SecondFactorPending.Step.CODE.path())
			.hasRole(SecondFactorPending.Step.CODE.role())
			.requestMatchers(SecondFactorPending.Step.ENROLMENT.path())
			.hasRole(SecondFactorPending.Step.ENROLMENT.role())
			.requestMatchers("/compte", "/compte/**")
			.authenticated()
			.anyRequest()
			.permitAll())
			.formLogin((form) -> form.loginPage("/connexion")
				.loginProcessingUrl("/connexion")
				.usernameParameter("email")
				.passwordParameter("password")
				.successHandler(new LoginSuccessHandler())
				.failureHandler(new LoginFailureHandler())
				.permitAll())
			.addFilterBefore(new SecondFactorGate(), AuthorizationFilter.class)
			.logout((logout) -> logout.logoutUrl("/deconnexion").logoutSuccessUrl("/?deconnecte"))
			.exceptionHandling((exceptions) -> exceptions.accessDeniedHandler(new ExpiredFormHandler()))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(REFERRER_POLICY))
				.permissionsPolicyHeader((permissions) -> permissions.policy(PERMISSIONS_POLICY))
				.frameOptions((frame) -> frame.deny()));
		return http.build();
	}

	/**
	 * Picked up by Spring Security's firewall for the requests it refuses.
	 */
	@Bean
	RequestRejectedHandler requestRejectedHandler() {
		return new RejectedRequestHandler();
	}

	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.fromHierarchy("""
				ROLE_ADMIN > ROLE_MODERATOR
				ROLE_MODERATOR > ROLE_FACILITATOR
				""");
	}

	/**
	 * Argon2id for every new hash; bcrypt only to read hashes imported from elsewhere.
	 * The id prefix in each stored hash lets the parameters change later without a
	 * migration.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		Map<String, PasswordEncoder> encoders = Map.of(ARGON2, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
				"bcrypt", new BCryptPasswordEncoder());
		return new DelegatingPasswordEncoder(ARGON2, encoders);
	}

}
