package org.scriptorium.publishers.facebook;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.core.ScriptoriumException;
import org.scriptorium.core.accounts.Account;
import org.scriptorium.core.accounts.AccountSecrets;
import org.scriptorium.core.accounts.AccountStatus;
import org.scriptorium.core.accounts.Network;
import org.scriptorium.core.publishing.AuthorizationRequest;
import org.scriptorium.core.publishing.ConnectOptions;
import org.scriptorium.core.publishing.oauth.OAuthChecks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class FacebookConnectorTest {
    private static final URI REDIRECT = URI.create("http://127.0.0.1:53682/facebook/callback");
    private static final ConnectOptions OWN_APP = new ConnectOptions(null, null, null, FakeGraph.APP_ID, FakeGraph.APP_SECRET);

    @TempDir
    Path dataDir;
    private FacebookTestBed bed;
    private FacebookConnector connector;

    @BeforeEach
    void openStudio() throws IOException {
        bed = new FacebookTestBed(dataDir);
        bed.graph.expectRedirect(REDIRECT.toString());
        connector = new FacebookConnector(bed.context());
    }

    @AfterEach
    void closeStudio() {
        if (bed != null) {
            bed.close();
        }
    }

    @Test
    void connectsEveryPageThePersonCanPostToWithItsPageTokenInTheSecretStore() throws IOException {
        AuthorizationRequest request = connector.authorization(OWN_APP, REDIRECT);

        URI dialog = request.authorizationUrl();
        assertThat(dialog.getPath()).isEqualTo("/v25.0/dialog/oauth");
        assertThat(OAuthChecks.query(dialog)).containsEntry("client_id", FakeGraph.APP_ID).containsEntry("redirect_uri", REDIRECT.toString())
                .containsEntry("state", request.state()).containsEntry("response_type", "code")
                .containsEntry("scope", "pages_show_list,pages_read_engagement,pages_manage_posts,read_insights")
                .doesNotContainKey("client_secret");
        assertThat(request.state()).hasSizeGreaterThanOrEqualTo(43);
        assertThat(request.allowedHosts()).contains("www.facebook.com", "m.facebook.com", dialog.getHost());
        assertThat(bed.graph.calls()).as("nothing is sent before the person signs in").isEmpty();

        List<Account> accounts = connector.complete(request, URI.create(REDIRECT + "?code=" + FakeGraph.CODE + "&state=" + request.state() + "#_=_"));

        assertThat(accounts).extracting(Account::externalId, Account::name, Account::owner)
                .containsExactly(tuple(FakeGraph.BAKERY, "Ada's Bakery", "Ada Baker"),
                        tuple(FakeGraph.CHOIR, "Village Choir", "Ada Baker"));
        Account bakery = accounts.getFirst();
        assertThat(bakery.network()).isEqualTo(Network.FACEBOOK);
        assertThat(bakery.avatarUrl()).isEqualTo("https://scontent.example/101.jpg");
        assertThat(bakery.expiresAt()).as("a Page token from a long-lived user token does not expire").isNull();
        assertThat(bakery.statusAt(Instant.now())).isEqualTo(AccountStatus.CONNECTED);
        assertThat(bakery.scopes()).contains("pages_manage_posts", "pages_show_list");
        assertThat(bed.studio.publishing().accounts().list()).hasSize(2);

        AccountSecrets secrets = bed.studio.publishing().accounts().secrets();
        assertThat(secrets.get(bakery.id(), AccountSecrets.Kind.ACCESS_TOKEN)).contains(FakeGraph.BAKERY_TOKEN);
        assertThat(secrets.get(accounts.get(1).id(), AccountSecrets.Kind.ACCESS_TOKEN)).contains(FakeGraph.CHOIR_TOKEN);
        assertThat(secrets.clientSecret(Network.FACEBOOK)).contains(FakeGraph.APP_SECRET);

        // The short-lived user token went only to the exchange; every later call acted with the long-lived one.
        assertThat(bed.graph.calls()).extracting(FakeGraph.Call::method, FakeGraph.Call::path).containsExactly(
                tuple("GET", "/oauth/access_token"), tuple("GET", "/oauth/access_token"),
                tuple("GET", "/me"), tuple("GET", "/me/permissions"),
                tuple("GET", "/me/accounts"), tuple("GET", "/me/accounts"));
        assertThat(bed.graph.calls().get(1).params()).containsEntry("grant_type", "fb_exchange_token")
                .containsEntry("fb_exchange_token", FakeGraph.SHORT_TOKEN);
        assertThat(bed.graph.calls().subList(2, 6)).allSatisfy(call -> assertThat(call.params())
                .containsEntry("access_token", FakeGraph.USER_TOKEN).containsEntry("appsecret_proof", FakeGraph.proof(FakeGraph.USER_TOKEN)));

        bed.close();
        bed = null;
        assertThat(filesContaining("Village Choir")).as("the scan reads the database").isNotEmpty();
        assertThat(filesContaining(FakeGraph.BAKERY_TOKEN)).as("no Page token in plain text anywhere in the data folder").isEmpty();
        assertThat(filesContaining(FakeGraph.APP_SECRET)).isEmpty();
    }

    @Test
    void anAnswerWithAnotherStateIsRefusedAndNothingIsStored() {
        AuthorizationRequest request = connector.authorization(OWN_APP, REDIRECT);

        assertThatThrownBy(() -> connector.complete(request, URI.create(REDIRECT + "?code=" + FakeGraph.CODE + "&state=forged-by-another-page")))
                .isInstanceOf(ScriptoriumException.class).hasMessageContaining("state").hasMessageContaining("nothing was connected");

        assertNothingStored();
    }

    @Test
    void aDeclinedSignInIsRefusedAndNothingIsStored() {
        AuthorizationRequest request = connector.authorization(OWN_APP, REDIRECT);

        assertThatThrownBy(() -> connector.complete(request, URI.create(REDIRECT + "?error=access_denied&error_code=200"
                + "&error_description=Permissions+error&error_reason=user_denied&state=" + request.state())))
                .isInstanceOf(ScriptoriumException.class).hasMessage("You declined the Facebook sign-in; nothing was connected.");

        assertNothingStored();
    }

    @Test
    void aSignInWithoutThePermissionToPostIsRefusedAndNothingIsStored() {
        bed.graph.decline("pages_manage_posts");
        AuthorizationRequest request = connector.authorization(OWN_APP, REDIRECT);

        assertThatThrownBy(() -> connector.complete(request, URI.create(REDIRECT + "?code=" + FakeGraph.CODE + "&state=" + request.state())))
                .isInstanceOf(ScriptoriumException.class).hasMessageContaining("pages_manage_posts").hasMessageContaining("nothing was connected")
                .hasMessageNotContaining(FakeGraph.USER_TOKEN);

        assertThat(bed.studio.publishing().accounts().list()).isEmpty();
        assertThat(bed.studio.publishing().accounts().secrets().clientSecret(Network.FACEBOOK)).isEmpty();
    }

    private void assertNothingStored() {
        assertThat(bed.graph.calls()).as("no code was exchanged").isEmpty();
        assertThat(bed.studio.publishing().accounts().list()).isEmpty();
        assertThat(bed.studio.publishing().accounts().secrets().clientSecret(Network.FACEBOOK)).isEmpty();
    }

    private List<Path> filesContaining(String text) throws IOException {
        byte[] wanted = text.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.walk(dataDir)) {
            return files.filter(Files::isRegularFile).filter(file -> contains(file, wanted)).toList();
        }
    }

    private static boolean contains(Path file, byte[] wanted) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            outer:
            for (int i = 0; i + wanted.length <= bytes.length; i++) {
                for (int j = 0; j < wanted.length; j++) {
                    if (bytes[i + j] != wanted[j]) {
                        continue outer;
                    }
                }
                return true;
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
