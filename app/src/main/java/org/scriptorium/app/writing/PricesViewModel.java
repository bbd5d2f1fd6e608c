package org.scriptorium.app.writing;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.scriptorium.app.common.Messages;
import org.scriptorium.app.common.TaskRunner;
import org.scriptorium.core.InvalidInput;
import org.scriptorium.core.writing.usage.ModelPrice;
import org.scriptorium.core.writing.usage.UsageLedger;

import java.math.BigDecimal;

/**
 * The price table AI calls are costed from: pick a row to change it, or type a new model name (or the start of
 * one, such as "gpt-4o") with its prices in US dollars; a bad amount is refused and changes nothing.
 */
public final class PricesViewModel {
    private final TaskRunner tasks;
    private final UsageLedger ledger;
    private final ObservableList<ModelPrice> prices = FXCollections.observableArrayList();
    private final ObjectProperty<ModelPrice> selected = new SimpleObjectProperty<>();
    private final StringProperty prefix = new SimpleStringProperty("");
    private final StringProperty input = new SimpleStringProperty("");
    private final StringProperty output = new SimpleStringProperty("");
    private final StringProperty image = new SimpleStringProperty("0");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    public PricesViewModel(TaskRunner tasks, UsageLedger ledger) {
        this.tasks = tasks;
        this.ledger = ledger;
        selected.addListener((o, a, row) -> {
            if (row != null) {
                prefix.set(row.modelPrefix());
                input.set(plain(row.inputPerMillion()));
                output.set(plain(row.outputPerMillion()));
                image.set(plain(row.perImage()));
            }
        });
    }

    public void load() {
        tasks.run(ledger::prices, prices::setAll, this::fail);
    }

    public void save() {
        ModelPrice price;
        try {
            price = new ModelPrice(prefix.get() == null ? "" : prefix.get().strip(), amount(input.get(), "input"),
                    amount(output.get(), "output"), amount(image.get(), "image"));
        } catch (InvalidInput e) {
            status.set(e.getMessage());
            return;
        }
        tasks.run(() -> {
            ledger.setPrice(price);
            return ledger.prices();
        }, rows -> {
            prices.setAll(rows);
            status.set("Calls to models starting with \"" + price.modelPrefix() + "\" now cost $" + plain(price.inputPerMillion())
                    + " per million tokens in and $" + plain(price.outputPerMillion()) + " out.");
        }, this::fail);
    }

    public void remove() {
        ModelPrice row = selected.get();
        if (row == null) {
            return;
        }
        tasks.run(() -> {
            ledger.removePrice(row.modelPrefix());
            return ledger.prices();
        }, rows -> {
            prices.setAll(rows);
            status.set("Removed the price of " + row.modelPrefix() + ": its calls are recorded at no cost.");
        }, this::fail);
    }

    /** A price in dollars: "0.15", "2", "$0.60"; never negative. */
    private static BigDecimal amount(String text, String what) {
        String t = text == null ? "" : text.strip().replace("$", "").replace(",", ".");
        try {
            BigDecimal value = new BigDecimal(t.isEmpty() ? "0" : t);
            if (value.signum() < 0) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new InvalidInput("The " + what + " price is an amount in US dollars, e.g. 0.15; got \"" + text + "\".");
        }
    }

    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private void fail(Throwable failure) {
        status.set(Messages.of(failure));
    }

    public ObservableList<ModelPrice> prices() {
        return prices;
    }

    public ObjectProperty<ModelPrice> selectedProperty() {
        return selected;
    }

    public StringProperty prefixProperty() {
        return prefix;
    }

    public StringProperty inputProperty() {
        return input;
    }

    public StringProperty outputProperty() {
        return output;
    }

    public StringProperty imageProperty() {
        return image;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
