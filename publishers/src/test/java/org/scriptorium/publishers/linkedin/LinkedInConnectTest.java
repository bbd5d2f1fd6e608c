package org.scriptorium.publishers.linkedin;

import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.core.ScriptoriumException;
import org.scriptorium.core.Studio;
import org.scriptorium.core.TestStudios;
import org.scriptorium.core.accounts.Account;
import org.scriptorium.core.accounts.AccountSecrets;
import org.scriptorium.core.accounts.Network;
import org.scriptorium.core.publishing.AccountConnector;
import org.scriptorium.core.publishing.AuthorizationRequest;
import org.scriptorium.core.publishing.ConnectOptions;
import org.scriptorium.core.publishing.oauth.OAuthChecks;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Connecting LinkedIn end to end without a browser: the authorization address, the callback, the token exchange, the accounts. */
class LinkedInConnectTest {
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final URI REDIRECT = URI.create("http://127.0.0.1:53682/linkedin/callback");
    private static final ConnectOptions APP = new ConnectOptions(null, null, null, FakeLinkedIn.CLIENT_ID, FakeLinkedIn.CLIENT_SECRET);

    @TempDir
    Path dir;
    private FakeLinkedIn linkedIn;
    private Studio studio;

    @BeforeEach
    void open() throws IOException {
        linkedIn = new FakeLinkedIn();
        studio = Studio.open(dir, new TestStudios.ManualClock(NOW));
        studio.publishing().endpoints().set(Network.LINKEDIN, "api", linkedIn.base());
        studio.publishing().endpoints().set(Network.LINKEDIN, "auth", linkedIn.base());
    }

    @AfterEach
    void close() {
        if (studio != null) {
            studio.close();
        }
        linkedIn.close();
    }

    @Test
    void connectsTheMemberAndTheirPageWithTokensOnlyInTheSecretStore() throws IOException {
        AccountConnector connector = new LinkedInModule(true).connector(studio.publishing().context());
        AuthorizationRequest request = connector.authorization(APP, REDIRECT);

        URI url = request.authorizationUrl();
        assertThat(url.toString()).startsWith(linkedIn.base() + "/oauth/v2/authorization?");
        Map<String, String> params = OAuthChecks.query(url);
        assertThat(params).containsEntry("response_type", "code").containsEntry("client_id", FakeLinkedIn.CLIENT_ID)
                .containsEntry("redirect_uri", REDIRECT.toString()).containsEntry("state", request.state())
                .containsEntry("scope", "openid profile w_member_social w_organization_social r_organization_admin r_organization_social r_member_postAnalytics")
                .doesNotContainKeys("code_challenge", "client_secret");
        assertThat(request.state()).hasSizeGreaterThanOrEqualTo(43);
        assertThat(request.codeVerifier()).isNull();
        assertThat(request.allowedHosts()).contains("www.linkedin.com", linkedIn.host());
        assertThat(request.toString()).doesNotContain(request.state());

        // The browser comes back to the redirect address with the code and the state it was given.
        List<Account> accounts = connector.complete(request, URI.create(REDIRECT + "?code=" + FakeLinkedIn.CODE + "&state=" + request.state()));

        RecordedRequest exchange = linkedIn.requests("POST", "/oauth/v2/accessToken").getFirst();
        assertThat(FakeLinkedIn.form(exchange)).containsEntry("grant_type", "authorization_code").containsEntry("code", FakeLinkedIn.CODE)
                .containsEntry("redirect_uri", REDIRECT.toString()).containsEntry("client_id", FakeLinkedIn.CLIENT_ID)
                .containsEntry("client_secret", FakeLinkedIn.CLIENT_SECRET).doesNotContainKey("code_verifier");
        RecordedRequest acls = linkedIn.requests("GET", "/rest/organizationAcls").getFirst();
        assertThat(acls.getUrl().queryParameter("q")).isEqualTo("roleAssignee");
        assertThat(acls.getUrl().queryParameter("role")).isEqualTo("ADMINISTRATOR");
        assertThat(acls.getUrl().queryParameter("state")).isEqualTo("APPROVED");
        assertThat(acls.getHeaders().get("LinkedIn-Version")).isEqualTo("202511");
        assertThat(acls.getHeaders().get("X-Restli-Protocol-Version")).isEqualTo("2.0.0");

        Instant expiresAt = NOW.plusSeconds(FakeLinkedIn.EXPIRES_IN);
        assertThat(accounts).hasSize(2);
        Account member = accounts.get(0);
        Account page = accounts.get(1);
        assertThat(member.externalId()).isEqualTo("urn:li:person:" + FakeLinkedIn.MEMBER_SUB);
        assertThat(member.name()).isEqualTo("Ada Lovelace");
        assertThat(member.avatarUrl()).isEqualTo("https://media.licdn.com/ada.jpg");
        assertThat(member.expiresAt()).isEqualTo(expiresAt);
        assertThat(member.owner()).isNull();
        assertThat(page.externalId()).isEqualTo(FakeLinkedIn.ORGANIZATION);
        assertThat(page.name()).isEqualTo("Devtestco");
        assertThat(page.handle()).isEqualTo("devtestco");
        assertThat(page.owner()).isEqualTo("Ada Lovelace");
        assertThat(page.scopes()).contains("w_organization_social");
        assertThat(studio.publishing().accounts().list()).extracting(Account::externalId)
                .containsExactlyInAnyOrder(member.externalId(), page.externalId());

        AccountSecrets secrets = studio.publishing().accounts().secrets();
        for (Account account : accounts) {
            assertThat(secrets.get(account.id(), AccountSecrets.Kind.ACCESS_TOKEN)).contains(FakeLinkedIn.ACCESS_TOKEN);
            assertThat(secrets.get(account.id(), AccountSecrets.Kind.REFRESH_TOKEN)).contains(FakeLinkedIn.REFRESH_TOKEN);
        }
        assertThat(secrets.clientId(Network.LINKEDIN)).contains(FakeLinkedIn.CLIENT_ID);
        assertThat(secrets.clientSecret(Network.LINKEDIN)).contains(FakeLinkedIn.CLIENT_SECRET);

        // Closed, the studio's files hold no token or secret in the clear: the database has none, the secret file is encrypted.
        studio.close();
        studio = null;
        assertThat(filesContaining(FakeLinkedIn.ACCESS_TOKEN)).isEmpty();
        assertThat(filesContaining(FakeLinkedIn.REFRESH_TOKEN)).isEmpty();
        assertThat(filesContaining(FakeLinkedIn.CLIENT_SECRET)).isEmpty();
        assertThat(filesContaining("Ada Lovelace")).isNotEmpty(); // the scan does see what the database holds
    }

    @Test
    void membersOnlyByDefaultAskNoPagePermissions() {
        AccountConnector connector = new LinkedInModule().connector(studio.publishing().context());
        AuthorizationRequest request = connector.authorization(APP, REDIRECT);
        assertThat(OAuthChecks.query(request.authorizationUrl())).containsEntry("scope", "openid profile w_member_social");

        List<Account> accounts = connector.complete(request, URI.create(REDIRECT + "?code=" + FakeLinkedIn.CODE + "&state=" + request.state()));

        assertThat(accounts).extracting(Account::externalId).containsExactly("urn:li:person:" + FakeLinkedIn.MEMBER_SUB);
        assertThat(linkedIn.requests("GET", "/rest/organizationAcls")).isEmpty();
    }

    @Test
    void aForeignStateOrADeclinedSignInConnectsNothing() {
        AccountConnector connector = new LinkedInModule(true).connector(studio.publishing().context());
        AuthorizationRequest request = connector.authorization(APP, REDIRECT);

        assertThatThrownBy(() -> connector.complete(request, URI.create(REDIRECT + "?code=" + FakeLinkedIn.CODE + "&state=someone-elses")))
                .isInstanceOf(ScriptoriumException.class).hasMessageContaining("did not match this request").hasMessageContaining("nothing was connected");
        assertThatThrownBy(() -> connector.complete(request, URI.create(REDIRECT + "?error=access_denied&error_description=The+member+declined&state="
                + request.state()))).isInstanceOf(ScriptoriumException.class).hasMessage("You declined the LinkedIn sign-in; nothing was connected.");

        assertThat(linkedIn.requests()).isEmpty();
        assertThat(studio.publishing().accounts().list()).isEmpty();
        assertThat(studio.publishing().accounts().secrets().clientSecret(Network.LINKEDIN)).isEmpty();
    }

    @Test
    void aCodeLinkedInRefusesIsSaidPlainlyWithoutSecrets() {
        AccountConnector connector = new LinkedInModule().connector(studio.publishing().context());
        AuthorizationRequest request = connector.authorization(APP, REDIRECT);

        assertThatThrownBy(() -> connector.complete(request, URI.create(REDIRECT + "?code=stale-code&state=" + request.state())))
                .isInstanceOf(ScriptoriumException.class)
                .hasMessageContaining("LinkedIn did not accept the sign-in (invalid_request: Unable to retrieve access token")
                .hasMessageNotContaining(FakeLinkedIn.CLIENT_SECRET).hasMessageNotContaining("stale-code");
        assertThat(studio.publishing().accounts().list()).isEmpty();
    }

    @Test
    void disconnectingAPageKeepsTheMembersTokenAndTheLastOneRevokesIt() {
        AccountConnector connector = new LinkedInModule(true).connector(studio.publishing().context());
        AuthorizationRequest request = connector.authorization(APP, REDIRECT);
        List<Account> accounts = connector.complete(request, URI.create(REDIRECT + "?code=" + FakeLinkedIn.CODE + "&state=" + request.state()));

        connector.revoke(accounts.get(1));
        studio.publishing().accounts().remove(accounts.get(1).id());
        assertThat(linkedIn.requests("POST", "/oauth/v2/revoke")).as("the member still posts with that token").isEmpty();

        connector.revoke(accounts.get(0));
        RecordedRequest revoke = linkedIn.requests("POST", "/oauth/v2/revoke").getFirst();
        assertThat(FakeLinkedIn.form(revoke)).containsEntry("token", FakeLinkedIn.ACCESS_TOKEN)
                .containsEntry("client_id", FakeLinkedIn.CLIENT_ID).containsEntry("client_secret", FakeLinkedIn.CLIENT_SECRET);
    }

    private List<Path> filesContaining(String text) throws IOException {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).filter(f -> contains(f, needle)).toList();
        }
    }

    private static boolean contains(Path file, byte[] needle) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            outer:
            for (int i = 0; i + needle.length <= bytes.length; i++) {
                for (int j = 0; j < needle.length; j++) {
                    if (bytes[i + j] != needle[j]) {
                        continue outer;
                    }
                }
                return true;
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }
}
