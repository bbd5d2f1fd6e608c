package org.scriptorium.app.accounts;

import javafx.concurrent.Worker;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.scriptorium.core.publishing.AuthorizationRequest;
import org.scriptorium.core.publishing.oauth.OAuthChecks;

import java.net.CookieManager;
import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * A network's sign-in page in a window of the app. Navigation may stay on the network's own hosts and go to the
 * redirect target only; anything else is stopped and reported. The window uses the cookie jar it is given (empty for
 * a new account, the account's own to connect it again) and no other, and puts the previous handler back on close.
 */
final class SignInBrowser implements AccountsViewModel.SignInWindow {
    /** What networks say when they refuse to sign in inside an embedded browser. */
    private static final List<String> REFUSALS = List.of("not available in this browser", "browser is not supported",
            "browser isn't supported", "disallowed_useragent", "use a supported browser", "unsupported browser");

    private final Window owner;
    private Stage stage;
    private AutoCloseable cookieJar;
    private boolean closing;

    SignInBrowser(Window owner) {
        this.owner = owner;
    }

    @Override
    public void open(AuthorizationRequest request, AccountsViewModel.SignInEvents events, CookieManager cookies) {
        SwitchableCookies.install(); // normally done at start-up, before the first web view
        cookieJar = SwitchableCookies.use(cookies);
        WebView web = new WebView();
        web.setId("signInWeb");
        WebEngine engine = web.getEngine();
        engine.locationProperty().addListener((o, was, location) -> {
            URI uri = parse(location);
            if (uri == null || uri.getHost() == null || OAuthChecks.sameTarget(uri, request.redirectUri())) {
                return; // the way back: the loopback listener takes it from here
            }
            if (!request.allowedHosts().contains(uri.getHost().toLowerCase(Locale.ROOT))) {
                engine.getLoadWorker().cancel();
                engine.loadContent("<html><body style='font-family:sans-serif;margin:2em'><h3>Stopped</h3><p>The sign-in tried to go to "
                        + uri.getHost() + ".</p></body></html>");
                events.leftAllowedHosts(uri.getHost());
            }
        });
        engine.getLoadWorker().stateProperty().addListener((o, was, state) -> {
            if (state == Worker.State.SUCCEEDED && engine.getDocument() != null && engine.getDocument().getDocumentElement() != null) {
                String text = engine.getDocument().getDocumentElement().getTextContent().toLowerCase(Locale.ROOT);
                if (REFUSALS.stream().anyMatch(text::contains)) {
                    events.refusedEmbedded();
                }
            }
        });
        Label where = new Label("Signing in to " + request.network().label() + " · " + request.authorizationUrl().getHost());
        where.setStyle("-fx-padding: 6 10 6 10;");
        BorderPane root = new BorderPane(web, where, null, null, null);
        stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Connect " + request.network().label());
        stage.setScene(new Scene(root, 720, owner == null ? 760 : Math.min(760, owner.getHeight())));
        stage.getScene().addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                stage.hide(); // as closing the window: the sign-in is cancelled
            }
        });
        stage.setOnHidden(e -> {
            try {
                cookieJar.close();
            } catch (Exception ignored) {
                // switching back cannot fail
            }
            if (!closing) {
                events.closed();
            }
        });
        closing = false;
        stage.show();
        engine.load(request.authorizationUrl().toString());
    }

    @Override
    public void close() {
        if (stage != null && stage.isShowing()) {
            closing = true;
            stage.close();
        }
    }

    private static URI parse(String location) {
        try {
            return location == null || location.isBlank() ? null : URI.create(location);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
