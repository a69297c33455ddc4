package fr.cnnumerique.cafeia.site;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import fr.cnnumerique.cafeia.support.Http;
import fr.cnnumerique.cafeia.support.ServerTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@ServerTest
class ErrorPagesTests {

	@LocalServerPort
	int port;

	@Test
	void unknownPageAnswersAFrench404WithAWayBack() {
		HttpResponse<String> response = Http.get(this.port, "/cette-page-n-existe-pas");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("Page introuvable", "href=\"/\"", "Retourner à l&#39;accueil");
	}

	@Test
	void aNulCharacterInASearchGetsAFrench400NotA500() {
		for (String path : java.util.List.of("/cafes?q=a%00b", "/ressources?q=%00", "/annuaire/lieux?q=%00",
				"/annuaire/animateurs?q=x%00")) {
			HttpResponse<String> response = Http.get(this.port, path);
			assertThat(response.statusCode()).as(path).isEqualTo(400);
			assertThat(response.body()).as(path).contains("lang=\"fr\"").doesNotContain("??");
		}
	}

	@Test
	void errorPagesFollowTheLanguageOfTheSession() {
		HttpResponse<String> english = Http.get(this.port, "/nulle-part?lang=en");
		assertThat(english.statusCode()).isEqualTo(404);
		assertThat(english.body()).contains("Page not found");
	}

	@Test
	void aFormWithoutAValidTokenIsRefusedWithAWayBackToTheForm() {
		HttpResponse<String> response = Http.postForm(this.port, "/connexion", "email=a%40b.fr&password=x");
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("Votre formulaire n&#39;a pas pu être envoyé", "href=\"/connexion\"")
			.doesNotContain("??");
	}

	@Test
	void forbiddenPageIsInFrenchWithoutABogusAlert() {
		HttpResponse<String> response = Http.get(this.port, "/actuator/metrics");
		assertThat(response.statusCode()).isIn(302, 403);
		HttpResponse<String> notFound = Http.get(this.port, "/introuvable");
		assertThat(notFound.body()).doesNotContain("??", "role=\"alert\"");
	}

	@Test
	void otherClientErrorsGetTheFrenchGenericPage() {
		HttpResponse<String> response = Http.get(this.port, "/territoires/communes?q=lyon", "Accept", "text/html");
		assertThat(response.statusCode()).isEqualTo(406);
		assertThat(response.body()).contains("Votre demande n&#39;a pas pu aboutir").doesNotContain("Whitelabel");
	}

}
