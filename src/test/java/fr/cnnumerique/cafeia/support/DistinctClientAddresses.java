package fr.cnnumerique.cafeia.support;

import java.util.concurrent.ThreadLocalRandom;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every MockMvc request of the shared test context comes from its own documentation
 * address (198.18.0.0/15), as if each were a different visitor: per-IP limits (logins,
 * codes, reports) then never carry over from one test to another. A test about a per-IP
 * limit sets its address explicitly with {@code .with(request -> ...setRemoteAddr(...))},
 * which runs after this default.
 */
@TestConfiguration(proxyBeanMethods = false)
class DistinctClientAddresses {

	@Bean
	MockMvcBuilderCustomizer distinctClientAddresses() {
		return (builder) -> builder.defaultRequest(get("/").with((request) -> {
			ThreadLocalRandom random = ThreadLocalRandom.current();
			request.setRemoteAddr(
					"198." + (18 + random.nextInt(2)) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254)));
			return request;
		}));
	}

}
