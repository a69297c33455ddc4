package fr.cnnumerique.cafeia;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTests {

	private static final ApplicationModules modules = ApplicationModules.of(CafeIaApplication.class);

	@Test
	void modulesOnlyUseTheirAllowedDependencies() {
		modules.verify();
	}

	@Test
	void everyModuleOfTheArchitectureExists() {
		assertThat(modules.stream().map((module) -> module.getIdentifier().toString())).contains("shared", "territory",
				"accounts", "notifications", "moderation", "taxonomy", "site");
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder("target/modulith-docs"))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
	}

}
