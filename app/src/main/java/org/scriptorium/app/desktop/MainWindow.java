package org.scriptorium.app.desktop;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.scriptorium.app.cli.AppVersion;
import org.scriptorium.app.common.TaskRunner;
import org.scriptorium.app.common.UiState;
import org.scriptorium.app.drafts.DraftsView;
import org.scriptorium.app.drafts.DraftsViewModel;
import org.scriptorium.app.drafts.EditorView;
import org.scriptorium.app.drafts.EditorViewModel;
import org.scriptorium.app.drafts.HistoryView;
import org.scriptorium.app.drafts.HistoryViewModel;
import org.scriptorium.app.drafts.PreviewPages;
import org.scriptorium.core.Studio;
import org.scriptorium.app.research.ResearchView;
import org.scriptorium.app.research.ResearchViewModel;
import org.scriptorium.app.updates.UpdateNotice;
import org.scriptorium.app.updates.UpdateNoticeViewModel;
import org.scriptorium.app.writing.StreamingViewModel;
import org.scriptorium.core.research.topics.TopicSummary;
import org.scriptorium.core.drafts.DraftDocument;
import org.scriptorium.core.drafts.DraftSummary;
import org.scriptorium.core.updates.UpdateCheck;
import org.scriptorium.app.sync.SyncDialog;
import org.scriptorium.app.sync.SyncViewModel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/** The studio window's content: menus, sidebar, the draft list and the editor, wired to their view models. */
public final class MainWindow extends StackPane {
    private final Stage stage;
    private final Studio studio;
    private final TaskRunner tasks;
    private final UiState uiState;
    private final DraftsViewModel draftsModel;
    private final EditorViewModel editorModel;
    private final DraftsView draftsView;
    private final EditorView editorView;
    private final SplitPane split;
    private final Consumer<String> openExternally;
    private final ObjectProperty<Area> area = new SimpleObjectProperty<>(Area.DRAFTS);
    private final BorderPane layout = new BorderPane();
    private final StreamingViewModel streaming;
    private final AreaViews areaViews = new AreaViews();
    private final DraftFiles files;
    private final WindowContext context;
    private final org.scriptorium.app.posts.PostsViewModel postsModel;
    private org.scriptorium.app.posts.CalendarViewModel calendarModel; // once Posts was shown
    private final org.scriptorium.app.posts.PostAlertsViewModel alertsModel;
    private final UpdateNoticeViewModel updatesModel;
    private final SyncViewModel syncModel;
    private final Theme theme;
    private final AutoCloseable syncListener;
    /** What is read again when the store changed outside the window; areas add theirs when first built. */
    private final List<Runnable> rereads = new ArrayList<>();
    private javafx.scene.control.MenuBar menuBar;
    /** Puts the window back as it was before focus mode; null when not in focus mode. */
    private final FocusMode focusMode;
    private final WritingTools writingTools;
    private final org.scriptorium.app.common.Notices notices = org.scriptorium.app.common.Notices.onFxTimeline();

    public MainWindow(Stage stage, Studio studio, WindowContext context, TaskRunner tasks, Theme theme, UiState uiState,
                      PreviewPages previews, CompletionStage<?> webKitLoaded, Consumer<String> openExternally) {
        this.context = context;
        this.theme = theme;
        this.stage = stage;
        this.studio = studio;
        this.tasks = tasks;
        this.uiState = uiState;
        this.openExternally = openExternally;
        org.scriptorium.app.common.Formats.useClock(context.clock());
        draftsModel = new DraftsViewModel(studio.drafts(), studio.transfer(), studio.demo(), tasks, context.confirmations());
        editorModel = new EditorViewModel(studio.drafts(), tasks, previews);
        editorModel.setOnSaved(draftsModel::draftSaved);
        editorModel.darkPreviewProperty().bind(theme.darkProperty());
        editorModel.allowRemoteImagesProperty().set(uiState.allowRemoteImages);

        files = new DraftFiles(stage, draftsModel, editorModel);
        draftsView = new DraftsView(draftsModel, files::importFiles, files::exportAll);
        editorView = new EditorView(editorModel, webKitLoaded, this::showHistory, this::trashOpenDraft, openExternally, draftsModel::createDraft);
        editorView.previewVisibleProperty().set(uiState.previewVisible);
        editorView.wrapLinesProperty().set(uiState.wrapLines);
        streaming = new StreamingViewModel(tasks, this::showMessage);
        editorView.attach(streaming);
        draftsModel.setOnCreated(id -> whenOpen(id, editorView::focusTitle));
        editorView.split().setDividerPositions(uiState.previewDivider);

        split = new SplitPane(draftsView, editorView);
        split.setDividerPositions(uiState.listDivider);
        SplitPane.setResizableWithParent(draftsView, false);

        // What fails or is missed is said above every area (and on the desktop), with Retry and Edit.
        alertsModel = new org.scriptorium.app.posts.PostAlertsViewModel(studio.scheduling(), tasks, context.notifications(), context.confirmations());
        updatesModel = new UpdateNoticeViewModel(new UpdateCheck(studio.settings(), studio.clock(), AppVersion.current()), tasks, openExternally,
                this::showMessage);
        postsModel = new org.scriptorium.app.posts.PostsViewModel(studio.scheduling(), studio.publishing(), tasks, context.clock(), context.confirmations());
        writingTools = new WritingTools(stage, studio, tasks, editorModel, editorView, postsModel, () -> area.set(Area.POSTS), this::showMessage, notices);
        menuBar = new StudioMenus(this, theme).bar(); // after the tools its items call
        layout.setTop(new VBox(menuBar, new org.scriptorium.app.posts.PostAlertBar(alertsModel), new UpdateNotice(updatesModel)));
        draftsModel.setNotices(notices);
        postsModel.setNotices(notices);
        postsModel.load();
        postsModel.composer().setDraftImages(studio.images()::postImages);
        // Due posts go out while the window is open, as one of the studio's recurring jobs (started below).
        studio.publishingRounds().onDone(report -> tasks.onUi(() -> {
            postsModel.roundDone(report);
            alertsModel.roundDone();
        }));
        postsModel.setRoundNow(() -> studio.jobs().runNow(Studio.PUBLISH_JOB));
        alertsModel.setRoundNow(() -> studio.jobs().runNow(Studio.PUBLISH_JOB));
        alertsModel.setOnEdit(post -> {
            area.set(Area.POSTS);
            postsModel.showForEditing(post);
        });
        rereads.addAll(List.of(draftsModel::refresh, () -> editorModel.reloadIfChangedOutside(this::showMessage), postsModel::load));
        syncModel = new SyncViewModel(studio.sync(), tasks, () -> studio.jobs().runNow(Studio.SYNC_JOB), context.clock(),
                id -> studio.drafts().exists(id) ? studio.drafts().get(id).title() : "a draft");
        syncModel.setOnReceived(this::storeChangedOutside);
        studio.syncRounds().onDone(syncModel::outcome);
        editorModel.setOnSaved(saved -> {
            draftsModel.draftSaved(saved);
            syncModel.changedHere();
        });
        syncModel.load();
        // Another device's push, heard at once (LISTEN/NOTIFY): this window syncs within a second.
        syncListener = studio.sync().listen(() -> tasks.onUi(syncModel::syncNow));
        layout.setLeft(new Sidebar(draftsModel, theme, area, postsModel.needAttentionProperty(), syncModel, this::showSync));
        layout.setCenter(split);
        focusMode = new FocusMode(layout, split, draftsView, editorView, () -> area.set(Area.DRAFTS), () -> openDraftId() != null, this::showMessage);
        // What just happened is said in the sidebar's quiet stretch, between the areas and the sync status: it never
        // covers a control and never moves the layout. More than fits there, the oldest are cut off at the top.
        var noticeStack = new org.scriptorium.app.common.NoticeStack(notices);
        StackPane.setAlignment(noticeStack, javafx.geometry.Pos.BOTTOM_LEFT);
        if (layout.getLeft() instanceof Sidebar sidebar) {
            noticeStack.maxWidthProperty().bind(sidebar.widthProperty().subtract(16));
            sidebar.quietArea().addListener((o, was, quiet) -> {
                double below = sidebar.getHeight() - quiet.getMaxY();
                StackPane.setMargin(noticeStack, new javafx.geometry.Insets(0, 0, below + 4, 8));
                noticeStack.setMaxHeight(Math.max(0, quiet.getHeight() - 8));
            });
        }
        getChildren().addAll(layout, noticeStack);
        registerAreas();
        area.addListener((obs, old, now) -> showArea(now));
        area.set(Area.fromState(uiState.area));

        draftsModel.selectedProperty().addListener((obs, old, now) -> {
            if (now != null) {
                editorModel.open(now.id());
            }
        });
        draftsModel.items().addListener((javafx.collections.ListChangeListener<DraftSummary>) change -> closeEditorIfGone());
        draftsModel.loadedProperty().addListener((obs, was, loaded) -> {
            if (loaded && !uiState.welcomed && draftsModel.draftCountProperty().get() == 0) {
                showWelcome();
            }
            if (loaded) {
                context.updateCheckAfter().ifPresent(updatesModel::startLooking);
            }
        });
        if (uiState.openDraftId != null) {
            try {
                draftsModel.selectWhenLoaded(UUID.fromString(uiState.openDraftId));
            } catch (IllegalArgumentException ignored) {
                // a hand-edited state file: start with nothing open
            }
        }
        studio.jobs().start();
    }

    /** Research, posts and accounts are built the first time they are shown, so they cost nothing at start-up. */
    private void registerAreas() {
        areaViews.add(Area.DRAFTS, () -> split, (view, first) -> { });
        areaViews.add(Area.RESEARCH, () -> {
            var research = new ResearchViewModel(studio.research(), tasks, this::openStartedDraft, this::writeDraftFrom);
            research.sources().setPollNow(() -> studio.jobs().runNow(Studio.POLL_JOB));
            research.page().useNotion(studio.notion());
            research.board().setPastResults(() -> org.scriptorium.core.analytics.ResultsByWork.engagementByTopic(studio.analytics(),
                    studio.research().topics().draftTopics()));
            rereads.add(research::reload);
            return new ResearchView(research, openExternally, rememberedTopic(), notices);
        }, (view, first) -> {
            if (first && "sources".equals(uiState.researchTab)) {
                view.showSources();
            } else if (first) {
                view.showSourcesIfEmpty();
            }
        });
        areaViews.add(Area.POSTS, () -> {
            calendarModel = new org.scriptorium.app.posts.CalendarViewModel(postsModel, studio.drafts(), tasks, context.clock(), this::openDraft);
            calendarModel.restore(uiState.calendarZone, uiState.calendarMode);
            rereads.add(calendarModel::loadDrafts);
            return new org.scriptorium.app.posts.PostsView(postsModel, calendarModel, openExternally, this::showAccounts);
        }, (view, first) -> {
            if (!first) {
                postsModel.load();
            }
        });
        areaViews.add(Area.ANALYTICS, () -> {
            var analytics = new org.scriptorium.app.analytics.AnalyticsViewModel(studio.analytics(), studio.publishing(), studio.scheduling(),
                    tasks, context.clock());
            analytics.setWork(studio.drafts(), studio.research().topics());
            analytics.setNotices(notices);
            rereads.add(analytics::load);
            return new org.scriptorium.app.analytics.AnalyticsView(analytics);
        }, (view, first) -> { });
        areaViews.add(Area.ACCOUNTS, () -> {
            var accounts = new org.scriptorium.app.accounts.AccountsViewModel(studio.publishing(), tasks, context.clock(), context.confirmations(), openExternally);
            accounts.setNotices(notices);
            accounts.setTagging(studio.scheduling().tagging());
            var tryPost = new org.scriptorium.app.accounts.AccountPostViewModel(studio.publishing(), studio.scheduling(), tasks, context.clock(),
                    context.confirmations(), accounts.selectedProperty(), postsModel::load);
            rereads.add(accounts::load);
            return new org.scriptorium.app.accounts.AccountsView(accounts, tryPost, context.images());
        }, (view, first) -> { });
    }

    private void showArea(Area shown) {
        if (shown != Area.DRAFTS) {
            editorModel.saveOnLeaving(); // in the background: the window never waits for the disk
        }
        layout.setCenter(areaViews.show(shown));
    }

    private UUID rememberedTopic() {
        try {
            return uiState.openTopicId == null ? null : UUID.fromString(uiState.openTopicId);
        } catch (IllegalArgumentException handEdited) {
            return null;
        }
    }

    private void openStartedDraft(DraftDocument draft) {
        openDraft(draft.id());
    }

    private void openDraft(UUID id) {
        area.set(Area.DRAFTS);
        draftsModel.showDraft(id);
    }

    /** Writes the whole draft from a topic: an empty draft is opened in the editor, then the text streams into it. */
    void writeDraftFrom(TopicSummary topic) {
        var writing = studio.writing().writing();
        tasks.run(() -> writing.startDraft(topic.id()), draft -> {
            openStartedDraft(draft);
            whenOpen(draft.id(), () -> streaming.start(writing::defaultWriterName,
                    (sink, progress) -> writing.writeInto(topic.id(), draft.id(), null, sink, progress),
                    done -> draftsModel.showDraft(draft.id())));
        }, failure -> showMessage(org.scriptorium.app.common.Messages.of(failure)));
    }

    // Streaming starts once the editor shows the new draft, or what it loads would replace the first words.
    private void whenOpen(UUID id, Runnable action) {
        if (id.equals(editorModel.draftIdProperty().get())) {
            action.run();
            return;
        }
        javafx.beans.value.ChangeListener<Number> once = new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Number> obs, Number old, Number now) {
                if (id.equals(editorModel.draftIdProperty().get())) {
                    editorModel.documentsLoadedProperty().removeListener(this);
                    action.run();
                }
            }
        };
        editorModel.documentsLoadedProperty().addListener(once);
    }

    private void showMessage(String text) {
        notices.info(text);
    }

    void showResearch() {
        area.set(Area.RESEARCH);
    }

    void showPosts() {
        area.set(Area.POSTS);
    }

    org.scriptorium.app.posts.PostAlertsViewModel alerts() {
        return alertsModel;
    }

    /** The notice of a newer release, and the Help menu's check. */
    UpdateNoticeViewModel updates() {
        return updatesModel;
    }

    void showAnalytics() {
        area.set(Area.ANALYTICS);
    }

    void showAccounts() {
        area.set(Area.ACCOUNTS);
    }

    void showDrafts() {
        draftsModel.trashModeProperty().set(false);
        area.set(Area.DRAFTS);
    }

    private void closeEditorIfGone() {
        UUID open = editorModel.draftIdProperty().get();
        if (open != null && draftsModel.items().stream().noneMatch(d -> d.id().equals(open))) {
            editorModel.close();
        }
    }


    /** First run with an empty studio: offer the demo workspace once. */
    private void showWelcome() {
        uiState.welcomed = true;
        getChildren().add(new WelcomeCard(draftsModel::openDemoWorkspace));
    }

    // ---- actions (menus, buttons) ----

    void newDraft() {
        draftsModel.createDraft();
    }

    /** Markdown files opened with Scriptorium: imported as drafts (or found as the ones they were exported from); a single one is opened. */
    public void openMarkdownFiles(List<Path> files) {
        uiState.welcomed = true;
        getChildren().removeIf(WelcomeCard.class::isInstance);
        draftsModel.trashModeProperty().set(false);
        draftsModel.clearFilters();
        area.set(Area.DRAFTS);
        draftsModel.importFiles(files);
    }

    /** Ctrl+P: the quick switcher over drafts, topics, posts and every menu command. */
    void showQuickSwitcher() {
        if (lookup("#quickSwitcher") != null) {
            return;
        }
        var model = new QuickSwitcherViewModel();
        List<QuickSwitcherViewModel.Entry> commands = QuickSwitcherEntries.commands(menuBar);
        model.setEntries(commands);
        QuickSwitcher[] card = new QuickSwitcher[1];
        card[0] = new QuickSwitcher(model, () -> getChildren().remove(card[0]));
        getChildren().add(card[0]);
        card[0].focusField();
        tasks.run(() -> QuickSwitcherEntries.places(studio, new QuickSwitcherEntries.Destinations() {
            @Override
            public void draft(UUID id) {
                openDraft(id);
            }

            @Override
            public void topic(UUID id) {
                area.set(Area.RESEARCH);
                ((ResearchView) areaViews.ifBuilt(Area.RESEARCH)).showTopic(id);
            }

            @Override
            public void post(UUID id) {
                area.set(Area.POSTS);
                postsModel.show(id);
            }
        }), places -> {
            List<QuickSwitcherViewModel.Entry> all = new ArrayList<>(commands);
            all.addAll(places);
            model.setEntries(all);
        }, failure -> showMessage(org.scriptorium.app.common.Messages.of(failure)));
    }

    /** View › Focus mode, on and off. */
    void toggleFocusMode() {
        focusMode.toggle();
    }

    /** File › Settings…: every setting in one window. */
    void showSettings() {
        var said = new org.scriptorium.app.common.AreaMessage();
        said.showIn(notices);
        SettingsDialog.show(stage, new SettingsDialog.Parts(theme, alertsModel, updatesModel,
                new org.scriptorium.app.research.SourcesViewModel(studio.research(), tasks, said), postsModel.queue(),
                uiState.allowRemoteImages, this::setAllowRemoteImages, writingTools::showProviders, this::showSync,
                new org.scriptorium.app.notion.NotionSettingsViewModel(studio.notion(), tasks, studio.clock().getZone())));
    }

    /** Help › About: the version, where the data lives, the libraries' licences. */
    void showAbout() {
        HelpDialogs.about(stage, AppVersion.current(), studio.dataDir());
    }

    /** File › Sync…, or a click on the sync status. */
    void showSync() {
        SyncDialog.show(stage, syncModel);
    }

    /** The store changed outside the window (a command it ran for the command line): what it shows is read again. */
    public void storeChangedOutside() {
        rereads.forEach(Runnable::run);
    }

    UUID openDraftId() {
        return editorModel.draftIdProperty().get();
    }

    /** Import and export of Markdown files (the File menu). */
    DraftFiles files() {
        return files;
    }

    void openDemo() {
        draftsModel.openDemoWorkspace();
    }

    void showHistory() {
        UUID open = editorModel.draftIdProperty().get();
        if (open == null) {
            return;
        }
        // Keep what was typed as a revision first, so the history compares against the real current text.
        editorModel.saveRevision();
        HistoryView.show(stage, new HistoryViewModel(studio.drafts(), tasks, open), restored -> editorModel.reload());
    }

    void trashOpenDraft() {
        UUID open = editorModel.draftIdProperty().get();
        if (open != null) {
            editorModel.close();
            draftsModel.trash(open);
        }
    }

    void saveRevision() {
        editorModel.saveRevision();
    }

    void focusSearch() {
        draftsView.focusSearch();
    }

    void setAllowRemoteImages(boolean allow) {
        uiState.allowRemoteImages = allow;
        editorModel.allowRemoteImagesProperty().set(allow);
    }

    boolean allowRemoteImages() {
        return uiState.allowRemoteImages;
    }

    /** What the window says (the screen tour clears it between screens). */
    org.scriptorium.app.common.Notices notices() {
        return notices;
    }

    /** The Write menu's tools on the open draft. */
    WritingTools writing() {
        return writingTools;
    }

    EditorView editor() {
        return editorView;
    }

    DraftsViewModel draftsModel() {
        return draftsModel;
    }

    /** Called on close: remember the layout, write any unsaved typing. */
    void shutdown() {
        uiState.listDivider = split.getDividers().isEmpty() ? uiState.listDivider : split.getDividers().getFirst().getPosition();
        var previewSplit = editorView.split();
        if (previewSplit.getItems().size() > 1 && !previewSplit.getDividers().isEmpty()) {
            uiState.previewDivider = previewSplit.getDividers().getFirst().getPosition();
        }
        uiState.previewVisible = editorView.previewVisibleProperty().get();
        uiState.wrapLines = editorView.wrapLinesProperty().get();
        UUID open = editorModel.draftIdProperty().get();
        uiState.openDraftId = open == null ? null : open.toString();
        uiState.area = area.get().stateName();
        if (calendarModel != null) {
            uiState.calendarMode = calendarModel.modeProperty().get().name().toLowerCase(java.util.Locale.ROOT);
            uiState.calendarZone = calendarModel.zoneProperty().get().getId();
        }
        ResearchView researchView = areaViews.ifBuilt(Area.RESEARCH);
        if (researchView != null) {
            uiState.researchTab = researchView.showingSources() ? "sources" : "topics";
            UUID topic = researchView.openTopicId();
            uiState.openTopicId = topic == null ? null : topic.toString();
        }
        editorModel.flushBlocking();
        updatesModel.stopLooking();
        studio.jobs().close();
        try {
            syncListener.close();
        } catch (Exception e) {
            org.slf4j.LoggerFactory.getLogger(MainWindow.class).debug("Sync listener did not close cleanly", e);
        }
    }
}
