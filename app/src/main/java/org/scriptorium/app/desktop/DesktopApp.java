package org.scriptorium.app.desktop;

import atlantafx.base.theme.Styles;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.scriptorium.app.common.FxTaskRunner;
import org.scriptorium.app.common.Messages;
import org.scriptorium.app.common.UiState;
import org.scriptorium.app.common.UiStateStore;
import org.scriptorium.app.common.WebKitLoader;
import org.scriptorium.app.control.ControlServer;
import org.scriptorium.app.drafts.DraftsViewModel;
import org.scriptorium.app.drafts.PreviewPages;
import org.scriptorium.core.Studio;
import org.scriptorium.core.markdown.PreviewOptions;
import org.scriptorium.core.markdown.PreviewTheme;
import org.scriptorium.core.markdown.RemoteImages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;

/**
 * The JavaFX application. The store opens on a background thread while the toolkit starts, so the
 * window appears at once and fills in when the drafts are ready.
 */
public final class DesktopApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(DesktopApp.class);
    /** Set by {@link #launch}: JavaFX creates the Application itself, so these are the hand-over. */
    private static volatile Path launchDataDir;
    private static volatile ControlServer launchChannel;
    private static volatile List<Path> launchFiles = List.of();

    private final Path dataDir;
    private final WindowContext context;
    private final UiStateStore uiStateStore;
    private final UiState uiState;
    private final FxTaskRunner tasks = new FxTaskRunner();
    private final WebKitLoader webKit = new WebKitLoader();
    private CompletableFuture<Opened> opening;
    private MainWindow mainWindow;
    private Stage stage;
    private FxStallWatchdog watchdog;
    private final ControlServer channel;
    /** Files to open once the window is built (FX thread only). */
    private final List<Path> filesToOpen = new ArrayList<>();
    private volatile boolean closing;

    public DesktopApp() {
        this(launchDataDir, WindowContext.forThisComputer(), launchChannel, launchFiles);
    }

    public DesktopApp(Path dataDir) {
        this(dataDir, WindowContext.forThisComputer());
    }

    /** {@code context}: the clock, pickers, notifications and confirmations the window is built with (tests pin them). */
    public DesktopApp(Path dataDir, WindowContext context) {
        this(dataDir, context, null, List.of());
    }

    /**
     * {@code channel}: where other starts on this data find the window (null: nowhere); {@code markdownFiles}: files to
     * import and open once the drafts show (maybe none).
     */
    public DesktopApp(Path dataDir, WindowContext context, ControlServer channel, List<Path> markdownFiles) {
        // Before any web view: the web engine holds on to the cookie handler it first finds.
        org.scriptorium.app.accounts.SwitchableCookies.install();
        this.context = context;
        this.dataDir = dataDir;
        this.channel = channel;
        filesToOpen.addAll(markdownFiles);
        this.uiStateStore = new UiStateStore(dataDir);
        this.uiState = uiStateStore.load();
    }

    /** Opens the window, answering other starts on {@code channel}, and imports {@code markdownFiles} once the drafts show. */
    public static void launch(Path dataDir, Optional<ControlServer> channel, List<Path> markdownFiles) {
        launchDataDir = dataDir;
        launchChannel = channel.orElse(null);
        launchFiles = List.copyOf(markdownFiles);
        Application.launch(DesktopApp.class);
    }

    @Override
    public void init() {
        // The store opens and the first page of drafts loads while the toolkit starts and shows the window.
        opening = CompletableFuture.supplyAsync(() -> {
            Studio opened = Studio.open(dataDir, context.clock());
            DraftsViewModel.Page firstPage = null;
            try {
                firstPage = DraftsViewModel.Page.firstPage(opened.drafts());
            } catch (RuntimeException e) {
                LOG.warn("The first page of drafts could not be loaded; the list will try again", e);
            }
            return new Opened(opened, firstPage);
        }, Executors.newVirtualThreadPerTaskExecutor());
        if (channel != null) {
            // Answering starts now: a second start or a command waits for the store, not for the window.
            channel.serve(new WindowRequests(opening.thenApply(Opened::studio), this::activate, this::storeChangedOutside, () -> closing,
                    () -> mainWindow == null ? null : mainWindow.openDraftId()));
        }
    }

    private record Opened(Studio studio, DraftsViewModel.Page firstPage) {
    }

    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        watchdog = FxStallWatchdog.start();
        Theme theme = new Theme(Theme.Choice.parse(uiState.theme));
        theme.choiceProperty().addListener((obs, old, now) -> uiState.theme = now.key());

        StackPane root = new StackPane(loading());
        Scene scene = new Scene(root, uiState.width, uiState.height);
        scene.getStylesheets().add(DesktopApp.class.getResource("/org/scriptorium/resources/css/app.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle("Scriptorium");
        stage.setMinWidth(760);
        stage.setMinHeight(480);
        placeWindow();
        stage.setOnCloseRequest(e -> rememberGeometry());
        SystemOpenFiles.forward(this::activate);
        stage.show();
        LOG.info("Window shown {} ms after JVM start", uptime());
        webKit.loaded().exceptionally(e -> {
            LOG.warn("WebKit could not be loaded; the preview says so", e);
            return null;
        });

        opening.whenComplete((done, failure) -> Platform.runLater(() -> {
            if (failure != null) {
                root.getChildren().setAll(failure(failure));
                return;
            }
            Studio opened = done.studio();
            mainWindow = new MainWindow(stage, opened, context, tasks, theme, uiState, previews(opened), webKit.loaded(), this::openExternally);
            root.getChildren().setAll(mainWindow);
            mainWindow.draftsModel().loadedProperty().addListener((obs, was, loaded) -> {
                if (loaded) {
                    // WebKit's first start is the slowest part of the editor; on two cores it would
                    // delay the drafts, so it loads once they are shown (the preview waits for it).
                    webKit.start();
                    StartupProbe.ready(stage, uptime());
                }
            });
            mainWindow.draftsModel().start(done.firstPage());
            if (!filesToOpen.isEmpty()) {
                // Files the system asked Scriptorium to open: imported like File → Import, a single one opened.
                mainWindow.openMarkdownFiles(List.copyOf(filesToOpen));
                filesToOpen.clear();
            }
            // Open the search index now, off the UI thread, so the first search is instant.
            tasks.run(() -> {
                opened.drafts().prepareSearch();
                return null;
            }, ignored -> { }, error -> LOG.warn("Search index could not be prepared", error));
        }));
    }

    /** Another start on this data (or the system) asks for the window: it comes to the front and opens the files, if any. */
    private void activate(List<Path> files) {
        if (stage != null) {
            if (stage.isIconified()) {
                stage.setIconified(false);
            }
            stage.toFront();
            stage.requestFocus();
        }
        if (files.isEmpty()) {
            return;
        }
        if (mainWindow != null) {
            mainWindow.openMarkdownFiles(files);
        } else {
            filesToOpen.addAll(files); // the store is still opening
        }
    }

    /** A command run in this window may have changed what it shows. */
    private void storeChangedOutside() {
        if (mainWindow != null) {
            mainWindow.storeChangedOutside();
        }
    }

    private static PreviewPages previews(Studio studio) {
        return (markdown, dark, allowRemote) -> studio.previewPage().page(markdown,
                new PreviewOptions(dark ? PreviewTheme.DARK : PreviewTheme.LIGHT, allowRemote ? RemoteImages.LOAD : RemoteImages.BLOCK));
    }

    private void openExternally(String url) {
        if (url.startsWith("http://") || url.startsWith("https://") || url.startsWith("mailto:")) {
            getHostServices().showDocument(url);
        }
    }

    private StackPane loading() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(48, 48);
        Label text = new Label("Opening your drafts…");
        text.getStyleClass().add(Styles.TEXT_MUTED);
        VBox box = new VBox(12, spinner, text);
        box.setAlignment(Pos.CENTER);
        return new StackPane(box);
    }

    private VBox failure(Throwable failure) {
        Label title = new Label("Scriptorium could not open your drafts");
        title.getStyleClass().add(Styles.TITLE_3);
        Label detail = new Label(Messages.of(failure));
        detail.setWrapText(true);
        detail.setMaxWidth(520);
        Button quit = new Button("Quit");
        quit.setOnAction(e -> Platform.exit());
        VBox box = new VBox(12, title, detail, quit);
        box.setAlignment(Pos.CENTER);
        return box;
    }

    private void placeWindow() {
        boolean onScreen = !Double.isNaN(uiState.x) && !Screen.getScreensForRectangle(uiState.x, uiState.y, 100, 100).isEmpty();
        if (onScreen) {
            stage.setX(uiState.x);
            stage.setY(uiState.y);
        }
        stage.setMaximized(uiState.maximized);
    }

    private void rememberGeometry() {
        uiState.maximized = stage.isMaximized();
        if (!stage.isMaximized()) {
            uiState.x = stage.getX();
            uiState.y = stage.getY();
            uiState.width = stage.getScene().getWidth();
            uiState.height = stage.getScene().getHeight();
        }
    }

    @Override
    public void stop() {
        closing = true;
        rememberGeometry();
        try {
            if (mainWindow != null) {
                mainWindow.shutdown();
            }
        } catch (RuntimeException e) {
            LOG.error("Unsaved typing could not be written at exit", e);
        }
        uiStateStore.save(uiState);
        tasks.close();
        if (watchdog != null) {
            watchdog.close();
        }
        context.notifications().close();
        opening.thenAccept(done -> done.studio().close()).exceptionally(e -> null).join();
        // Last: until the store is closed, a new start must hand over rather than open it a second time.
        if (channel != null) {
            channel.close();
        }
    }

    private static long uptime() {
        return ManagementFactory.getRuntimeMXBean().getUptime();
    }
}
