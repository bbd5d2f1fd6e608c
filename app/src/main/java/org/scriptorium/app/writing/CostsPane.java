package org.scriptorium.app.writing;

import atlantafx.base.theme.Styles;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.scriptorium.core.writing.usage.ModelPrice;

import java.util.function.Function;

/** The Costs tab: the monthly budget, this month's spend, and the price table every AI call is costed from. */
final class CostsPane {
    private CostsPane() {
    }

    static VBox create(ProvidersViewModel model, PricesViewModel prices) {
        TextField budget = new TextField();
        budget.setPromptText("none");
        budget.setPrefColumnCount(6);
        budget.textProperty().bindBidirectional(model.budgetProperty());
        Button saveBudget = new Button("Save");
        saveBudget.setOnAction(e -> model.saveBudget());
        Label spent = new Label();
        spent.textProperty().bind(model.spentProperty());
        HBox costs = new HBox(8, new Label("Monthly budget $"), budget, saveBudget, spent);
        costs.setAlignment(Pos.CENTER_LEFT);

        TableView<ModelPrice> table = new TableView<>(prices.prices());
        table.setId("priceTable");
        table.setPrefHeight(300);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Model", ModelPrice::modelPrefix));
        table.getColumns().add(column("$ per 1M tokens in", p -> PricesViewModel.plain(p.inputPerMillion())));
        table.getColumns().add(column("$ per 1M tokens out", p -> PricesViewModel.plain(p.outputPerMillion())));
        table.getColumns().add(column("$ per image", p -> PricesViewModel.plain(p.perImage())));
        table.setPlaceholder(new Label("No prices: every call is recorded at no cost."));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> prices.selectedProperty().set(b));

        TextField prefix = field(prices.prefixProperty(), "gpt-4o-mini", 16);
        prefix.setId("pricePrefix");
        TextField input = field(prices.inputProperty(), "0.15", 6);
        input.setId("priceInput");
        TextField output = field(prices.outputProperty(), "0.60", 6);
        output.setId("priceOutput");
        TextField image = field(prices.imageProperty(), "0", 6);
        Button save = new Button("Save price");
        save.setId("savePrice");
        save.getStyleClass().add(Styles.ACCENT);
        save.setOnAction(e -> prices.save());
        Button remove = new Button("Remove");
        remove.getStyleClass().add(Styles.DANGER);
        remove.disableProperty().bind(prices.selectedProperty().isNull());
        remove.setOnAction(e -> prices.remove());
        HBox.setHgrow(prefix, Priority.ALWAYS);
        HBox form = new HBox(8, label("Model"), prefix, label("In $/1M"), input, label("Out $/1M"), output, label("$/image"), image);
        form.setAlignment(Pos.CENTER_LEFT);
        HBox buttons = new HBox(8, save, remove);
        Label status = new Label();
        status.setWrapText(true);
        status.textProperty().bind(prices.statusProperty());
        Label heading = new Label("Prices");
        heading.getStyleClass().add(Styles.TITLE_4);
        Label hint = new Label("Local models (Ollama, Automatic1111) always cost nothing. A model takes the price of the longest "
                + "name start it matches; edit a row to follow your provider's price list.");
        hint.setWrapText(true);
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        prices.load();
        return new VBox(10, costs, heading, hint, table, form, buttons, status);
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static TextField field(javafx.beans.property.StringProperty property, String prompt, int columns) {
        TextField field = new TextField();
        field.setPromptText(prompt);
        field.setPrefColumnCount(columns);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private static TableColumn<ModelPrice, String> column(String title, Function<ModelPrice, String> value) {
        TableColumn<ModelPrice, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }
}
