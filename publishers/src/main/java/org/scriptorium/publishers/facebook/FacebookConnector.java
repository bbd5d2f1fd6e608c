package org.scriptorium.publishers.facebook;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.scribejava.apis.facebook.FacebookAccessTokenErrorResponse;
import com.github.scribejava.core.builder.ServiceBuilder;
import com.github.scribejava.core.exceptions.OAuthException;
import com.github.scribejava.core.httpclient.jdk.JDKHttpClientConfig;
import com.github.scribejava.core.oauth.OAuth20Service;
import org.scriptorium.core.InvalidInput;
import org.scriptorium.core.ScriptoriumException;
import org.scriptorium.core.accounts.Account;
import org.scriptorium.core.accounts.AccountSecrets;
import org.scriptorium.core.accounts.AccountStatus;
import org.scriptorium.core.accounts.Network;
import org.scriptorium.core.publishing.AccountConnector;
import org.scriptorium.core.publishing.AuthorizationRequest;
import org.scriptorium.core.publishing.ConnectOptions;
import org.scriptorium.core.publishing.PublishingContext;
import org.scriptorium.core.publishing.oauth.OAuthChecks;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;

/**
 * Connects the Facebook Pages a person manages, through their own Facebook app (an open-source app cannot ship a
 * secret): Facebook Login in a browser, the code exchanged for a user token, that token for a long-lived one, and
 * each Page the person can post to stored as an account holding its Page token, which then does not expire.
 */
public final class FacebookConnector implements AccountConnector {
    /** Listing and posting to Pages, and reading what their posts did (counts: pages_read_engagement; views: read_insights). */
    static final String SCOPES = "pages_show_list,pages_read_engagement,pages_manage_posts,read_insights";
    /** Without these the Pages cannot be listed or posted to, so connecting without them would only fail later. */
    private static final List<String> REQUIRED = List.of("pages_show_list", "pages_manage_posts");
    private static final Set<String> FACEBOOK_LOGIN_HOSTS = Set.of("www.facebook.com", "m.facebook.com");

    private final PublishingContext context;

    public FacebookConnector(PublishingContext context) {
        this.context = context;
    }

    @Override
    public Network network() {
        return Network.FACEBOOK;
    }

    @Override
    public boolean usesBrowser() {
        return true;
    }

    /** Facebook accepts only the redirect addresses listed in the user's app, port included (47615 unless changed). */
    @Override
    public int loopbackPort() {
        return context.endpoints().redirectPort(Network.FACEBOOK);
    }

    @Override
    public AuthorizationRequest authorization(ConnectOptions options, URI redirectUri) {
        String state = OAuthChecks.randomToken();
        String url = service(options, redirectUri).createAuthorizationUrlBuilder().state(state).build();
        Set<String> hosts = new LinkedHashSet<>(FACEBOOK_LOGIN_HOSTS);
        hosts.add(context.endpoints().auth(Network.FACEBOOK).getHost());
        return new AuthorizationRequest(Network.FACEBOOK, URI.create(url), redirectUri, state, null, Set.copyOf(hosts), options);
    }

    @Override
    public List<Account> complete(AuthorizationRequest request, URI callback) {
        String code = OAuthChecks.code(callback, request.redirectUri(), request.state(), Graph.LABEL);
        ConnectOptions options = request.options();
        String appSecret = appSecret(options);
        String shortLived = exchangeCode(service(options, request.redirectUri()), code, appSecret);
        String userToken = longLived(options.clientId().strip(), appSecret, shortLived);
        Graph asUser = new Graph(context, userToken, appSecret);
        JsonNode me = asUser.get("me", Map.of("fields", "id,name"));
        List<String> granted = grantedPermissions(asUser);
        List<JsonNode> pages = asUser.list("me/accounts", Map.of("fields", "id,name,access_token,picture,tasks", "limit", "100"))
                .stream().filter(FacebookConnector::canPost).toList();
        if (pages.isEmpty()) {
            throw new ScriptoriumException("Your Facebook sign-in manages no Page you can post to; nothing was connected.");
        }
        if (options.clientSecret() != null && !options.clientSecret().isBlank()) {
            context.accounts().secrets().putClientSecret(Network.FACEBOOK, options.clientSecret().strip());
        }
        if (options.clientId() != null && !options.clientId().isBlank()) { // so a reconnect needs nothing typed
            context.accounts().secrets().putClientId(Network.FACEBOOK, options.clientId().strip());
        }
        List<Account> connected = new ArrayList<>();
        for (JsonNode page : pages) {
            Account saved = context.accounts().save(new Account(null, Network.FACEBOOK, page.path("name").asText(), null,
                    page.path("id").asText(), context.endpoints().api(Network.FACEBOOK), avatar(page), granted,
                    null, AccountStatus.CONNECTED, null, me.path("name").asText(null)));
            // A Page token got with a long-lived user token does not expire; it is the only secret kept per Page.
            context.accounts().secrets().put(saved.id(), AccountSecrets.Kind.ACCESS_TOKEN, page.path("access_token").asText());
            connected.add(saved);
        }
        return List.copyOf(connected);
    }

    /** A Page token is not the user's: there is nothing to revoke for one Page without cutting off the others. */
    @Override
    public void revoke(Account account) {
    }

    private OAuth20Service service(ConnectOptions options, URI redirectUri) {
        if (options == null || options.clientId() == null || options.clientId().isBlank()) {
            throw new InvalidInput("Enter the App ID of your Facebook app to connect a Page.");
        }
        // ScribeJava sends the code exchange with its own client; these bounds match the publishing client's.
        JDKHttpClientConfig http = JDKHttpClientConfig.defaultConfig().withConnectTimeout(15_000).withReadTimeout(60_000).withFollowRedirects(false);
        return new ServiceBuilder(options.clientId().strip()).apiSecret(appSecret(options)).callback(redirectUri.toString())
                .defaultScope(SCOPES).responseType("code").httpClientConfig(http).build(new FacebookLoginApi(context.endpoints()));
    }

    private String appSecret(ConnectOptions options) {
        if (options.clientSecret() != null && !options.clientSecret().isBlank()) {
            return options.clientSecret().strip();
        }
        return context.accounts().secrets().clientSecret(Network.FACEBOOK)
                .orElseThrow(() -> new InvalidInput("Enter the App Secret of your Facebook app to connect a Page."));
    }

    private static String exchangeCode(OAuth20Service service, String code, String appSecret) {
        try {
            return service.getAccessToken(code).getAccessToken();
        } catch (FacebookAccessTokenErrorResponse e) {
            throw new ScriptoriumException("Facebook refused the sign-in (" + GraphErrors.redact(e.getErrorMessage(), code, appSecret)
                    + "); nothing was connected.");
        } catch (OAuthException e) {
            throw new ScriptoriumException("Facebook's answer to the sign-in could not be read; nothing was connected.", e);
        } catch (IOException | ExecutionException e) {
            throw new ScriptoriumException("Facebook could not be reached to finish the sign-in; nothing was connected. Try again.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ScriptoriumException("The sign-in was cancelled; nothing was connected.");
        }
    }

    /** Trades the short-lived user token (about two hours) for a long-lived one, whose Page tokens never expire. */
    private String longLived(String appId, String appSecret, String shortLived) {
        JsonNode answer = new Graph(context, null, appSecret).get("oauth/access_token", Map.of("grant_type", "fb_exchange_token",
                "client_id", appId, "client_secret", appSecret, "fb_exchange_token", shortLived));
        String token = answer.path("access_token").asText("");
        if (token.isEmpty()) {
            throw new ScriptoriumException("Facebook did not give a lasting sign-in; nothing was connected. Try again.");
        }
        return token;
    }

    private static List<String> grantedPermissions(Graph asUser) {
        List<String> granted = asUser.list("me/permissions", Map.of()).stream()
                .filter(p -> "granted".equals(p.path("status").asText())).map(p -> p.path("permission").asText()).toList();
        List<String> missing = REQUIRED.stream().filter(p -> !granted.contains(p)).toList();
        if (!missing.isEmpty()) {
            throw new ScriptoriumException("Facebook did not grant " + String.join(" and ", missing)
                    + ", which Scriptorium needs to post to your Pages; nothing was connected. Connect again and keep those permissions.");
        }
        return granted;
    }

    /** Pages where the person may create content; a Page listed without tasks is kept and Facebook decides. */
    private static boolean canPost(JsonNode page) {
        JsonNode tasks = page.path("tasks");
        if (!tasks.isArray()) {
            return true;
        }
        for (JsonNode task : tasks) {
            if ("CREATE_CONTENT".equals(task.asText()) || "MANAGE".equals(task.asText())) {
                return true;
            }
        }
        return false;
    }

    private static String avatar(JsonNode page) {
        String url = page.path("picture").path("data").path("url").asText("");
        return url.isEmpty() ? null : url;
    }
}
