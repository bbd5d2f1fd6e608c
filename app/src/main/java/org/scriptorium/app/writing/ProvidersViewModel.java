package org.scriptorium.app.writing;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.scriptorium.app.common.Formats;
import org.scriptorium.app.common.Messages;
import org.scriptorium.app.common.TaskRunner;
import org.scriptorium.core.writing.providers.ConfiguredProvider;
import org.scriptorium.core.writing.providers.ProviderRegistry;
import org.scriptorium.core.writing.providers.ProviderType;
import org.scriptorium.core.writing.usage.UsageLedger;

import java.math.BigDecimal;

/** AI settings: providers (add, test, remove, default), the monthly budget, and what this month cost. */
public final class ProvidersViewModel {
    private final TaskRunner tasks;
    private final ProviderRegistry registry;
    private final UsageLedger ledger;
    private final ObservableList<ConfiguredProvider> providers = FXCollections.observableArrayList();
    private final ObjectProperty<ConfiguredProvider> selected = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<ProviderType> type = new SimpleObjectProperty<>(ProviderType.OLLAMA);
    private final StringProperty url = new SimpleStringProperty("");
    private final StringProperty model = new SimpleStringProperty("");
    private final StringProperty key = new SimpleStringProperty("");
    private final StringProperty budget = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper spent = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper defaults = new ReadOnlyStringWrapper("");

    public ProvidersViewModel(TaskRunner tasks, ProviderRegistry registry, UsageLedger ledger) {
        this.tasks = tasks;
        this.registry = registry;
        this.ledger = ledger;
        type.addListener((o, a, b) -> url.set(b == null ? "" : b.defaultBase().toString()));
        url.set(ProviderType.OLLAMA.defaultBase().toString());
    }

    private record State(java.util.List<ConfiguredProvider> providers, String defaults, String budget, String spent) {
    }

    public void load() {
        tasks.run(() -> {
            var month = ledger.month(ledger.thisMonth());
            String writing = registry.defaultFor(ProviderRegistry.Task.WRITING).map(ConfiguredProvider::name).orElse("the offline engine");
            String images = registry.defaultFor(ProviderRegistry.Task.IMAGES).map(ConfiguredProvider::name).orElse("offline title cards");
            return new State(registry.list(), "Writing uses " + writing + "; images use " + images + ".",
                    ledger.budget().map(BigDecimal::toPlainString).orElse(""),
                    "This month: " + Formats.current().count(month.size(), "AI call") + ", " + Formats.current().money(UsageLedger.total(month)));
        }, state -> {
            providers.setAll(state.providers());
            defaults.set(state.defaults());
            budget.set(state.budget());
            spent.set(state.spent());
        }, this::fail);
    }

    public void add() {
        String n = name.get();
        ProviderType t = type.get();
        String u = url.get();
        String m = model.get();
        String k = key.get();
        tasks.run(() -> registry.add(n, t, u, m, k), added -> {
            key.set("");
            name.set("");
            status.set("Added " + added.name() + (added.hasKey() ? "; its key is in " + registry.secretsLocation() + "." : "."));
            load();
        }, this::fail);
    }

    public void test() {
        ConfiguredProvider provider = selected.get();
        if (provider == null) {
            return;
        }
        status.set("Asking " + provider.name() + "…");
        tasks.run(() -> registry.test(provider, ledger), answer -> {
            status.set(provider.name() + " answered in " + answer.latency().toMillis() + " ms: " + answer.text().strip());
            load();
        }, this::fail);
    }

    public void remove() {
        ConfiguredProvider provider = selected.get();
        if (provider != null) {
            tasks.run(() -> {
                registry.remove(provider.name());
                return provider;
            }, p -> {
                status.set("Removed " + p.name() + " and its key.");
                load();
            }, this::fail);
        }
    }

    public void makeDefault() {
        ConfiguredProvider provider = selected.get();
        if (provider != null) {
            tasks.run(() -> {
                registry.setDefault(provider.type().makesImages() ? ProviderRegistry.Task.IMAGES : ProviderRegistry.Task.WRITING, provider.name());
                return provider;
            }, p -> load(), this::fail);
        }
    }

    /** Back to the offline engine for writing and title cards for images. */
    public void useOffline() {
        tasks.run(() -> {
            registry.chooseOffline(ProviderRegistry.Task.WRITING);
            registry.chooseOffline(ProviderRegistry.Task.IMAGES);
            return null;
        }, ignored -> load(), this::fail);
    }

    public void saveBudget() {
        String value = budget.get();
        tasks.run(() -> {
            ledger.setBudget(value);
            return value;
        }, v -> status.set(v == null || v.isBlank() ? "No monthly budget." : "Monthly budget: $" + v.strip() + "."), this::fail);
    }

    private void fail(Throwable failure) {
        status.set(Messages.of(failure));
    }

    public ObservableList<ConfiguredProvider> providers() {
        return providers;
    }

    public ObjectProperty<ConfiguredProvider> selectedProperty() {
        return selected;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<ProviderType> typeProperty() {
        return type;
    }

    public StringProperty urlProperty() {
        return url;
    }

    public StringProperty modelProperty() {
        return model;
    }

    public StringProperty keyProperty() {
        return key;
    }

    public StringProperty budgetProperty() {
        return budget;
    }

    public ReadOnlyStringProperty spentProperty() {
        return spent.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty defaultsProperty() {
        return defaults.getReadOnlyProperty();
    }
}
