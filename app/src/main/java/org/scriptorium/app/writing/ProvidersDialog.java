package org.scriptorium.app.writing;

import atlantafx.base.theme.Styles;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.scriptorium.app.common.Dialogs;
import org.scriptorium.core.writing.providers.ConfiguredProvider;
import org.scriptorium.core.writing.providers.ProviderType;

import java.util.function.Function;

/** AI providers and costs: the providers with test/remove/default and a form to add one; the budget, spend and prices. */
public final class ProvidersDialog {
    private ProvidersDialog() {
    }

    public static void show(Window owner, ProvidersViewModel model, PricesViewModel prices) {
        Dialog<Void> dialog = new Dialog<>();
        Dialogs.prepare(dialog, owner, 800);
        dialog.setTitle("AI providers and costs");
        TableView<ConfiguredProvider> table = new TableView<>(model.providers());
        table.setPrefHeight(180);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Name", ConfiguredProvider::name));
        table.getColumns().add(column("Kind", p -> p.type().cliName()));
        table.getColumns().add(column("Model", ConfiguredProvider::model));
        table.getColumns().add(column("Key", p -> p.hasKey() ? "saved" : "-"));
        table.getColumns().add(column("Address", p -> p.baseUrl().toString()));
        table.setPlaceholder(new Label("No providers: writing uses the built-in offline engine."));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> model.selectedProperty().set(b));
        Button test = new Button("Test");
        test.setOnAction(e -> model.test());
        Button makeDefault = new Button("Use by default");
        makeDefault.setOnAction(e -> model.makeDefault());
        Button remove = new Button("Remove");
        remove.getStyleClass().add(Styles.DANGER);
        remove.setOnAction(e -> model.remove());
        for (Button b : new Button[] {test, makeDefault, remove}) {
            b.disableProperty().bind(model.selectedProperty().isNull());
        }
        Button offline = new Button("Use offline only");
        offline.setOnAction(e -> model.useOffline());
        Label defaults = new Label();
        defaults.textProperty().bind(model.defaultsProperty());
        HBox actions = new HBox(8, test, makeDefault, remove, offline);

        TextField name = new TextField();
        name.setPromptText("ollama, openrouter, claude…");
        name.textProperty().bindBidirectional(model.nameProperty());
        ComboBox<ProviderType> type = new ComboBox<>();
        type.getItems().setAll(ProviderType.values());
        type.valueProperty().bindBidirectional(model.typeProperty());
        type.setConverter(new StringConverter<>() {
            @Override
            public String toString(ProviderType t) {
                return t == null ? "" : switch (t) {
                    case OLLAMA -> "Ollama (local)";
                    case OPENAI_COMPATIBLE -> "OpenAI-compatible (OpenAI, OpenRouter, Groq, LM Studio…)";
                    case ANTHROPIC -> "Anthropic";
                    case OPENAI_IMAGES -> "OpenAI Images";
                    case STABILITY -> "Stability AI";
                    case AUTOMATIC1111 -> "Automatic1111 / Forge (local)";
                };
            }

            @Override
            public ProviderType fromString(String s) {
                return null;
            }
        });
        TextField url = new TextField();
        url.textProperty().bindBidirectional(model.urlProperty());
        TextField modelName = new TextField();
        modelName.setPromptText("llama3.1, gpt-4o-mini, claude-sonnet-4-5, gpt-image-1…");
        modelName.textProperty().bindBidirectional(model.modelProperty());
        PasswordField key = new PasswordField();
        key.setPromptText("API key (kept in the system keychain)");
        key.textProperty().bindBidirectional(model.keyProperty());
        Button add = new Button("Add provider");
        add.getStyleClass().add(Styles.ACCENT);
        add.setOnAction(e -> model.add());
        GridPane form = new GridPane(10, 6);
        form.addRow(0, new Label("Name"), name);
        form.addRow(1, new Label("Kind"), type);
        form.addRow(2, new Label("Address"), url);
        form.addRow(3, new Label("Model"), modelName);
        form.addRow(4, new Label("Key"), key);
        form.add(add, 1, 5);

        Label status = new Label();
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        Label addHeading = new Label("Add a provider");
        addHeading.getStyleClass().add(Styles.TITLE_4);
        VBox providers = new VBox(10, table, actions, defaults, addHeading, form, status);
        Tab providersTab = new Tab("Providers", providers);
        Tab costsTab = new Tab("Costs", CostsPane.create(model, prices));
        costsTab.setId("costsTab");
        for (Tab tab : new Tab[] {providersTab, costsTab}) {
            tab.setClosable(false);
            tab.getContent().setStyle("-fx-padding: 12 2 0 2;");
        }
        dialog.getDialogPane().setContent(new TabPane(providersTab, costsTab));
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        model.load();
        dialog.showAndWait();
    }

    private static TableColumn<ConfiguredProvider, String> column(String title, Function<ConfiguredProvider, String> value) {
        TableColumn<ConfiguredProvider, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }
}
