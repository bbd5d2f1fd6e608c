package org.scriptorium.app.desktop;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The quick switcher finds what a few typed letters mean, closest first, and Enter opens it. */
class QuickSwitcherViewModelTest {
    private final List<String> opened = new ArrayList<>();
    private final QuickSwitcherViewModel model = new QuickSwitcherViewModel();

    private QuickSwitcherViewModel.Entry entry(QuickSwitcherViewModel.Kind kind, String name) {
        return new QuickSwitcherViewModel.Entry(kind, name, "", () -> opened.add(name));
    }

    private List<String> names() {
        return model.results().stream().map(QuickSwitcherViewModel.Entry::name).toList();
    }

    @Test
    void typedLettersFindTheClosestNamesFirstAndEnterOpensTheFirst() {
        model.setEntries(List.of(
                entry(QuickSwitcherViewModel.Kind.DRAFT, "Notes on local-first software"),
                entry(QuickSwitcherViewModel.Kind.COMMAND, "New draft"),
                entry(QuickSwitcherViewModel.Kind.TOPIC, "Java 25 virtual threads"),
                entry(QuickSwitcherViewModel.Kind.POST, "Virtual threads are the default for servers"),
                entry(QuickSwitcherViewModel.Kind.COMMAND, "Sync")));
        assertThat(names()).hasSize(5); // nothing typed: everything, commands first

        model.queryProperty().set("nd");
        assertThat(names()).startsWith("New draft"); // the starts of its words
        model.queryProperty().set("virtual");
        assertThat(names()).containsExactly("Virtual threads are the default for servers", "Java 25 virtual threads");
        model.queryProperty().set("VIRT thr");
        assertThat(names()).contains("Java 25 virtual threads");
        model.queryProperty().set("local first");
        assertThat(names()).containsExactly("Notes on local-first software");
        model.queryProperty().set("zzz");
        assertThat(names()).isEmpty();
        assertThat(model.openFirst()).isFalse();

        model.queryProperty().set("sync");
        assertThat(model.openFirst()).isTrue();
        assertThat(opened).containsExactly("Sync");
    }

    @Test
    void scoresPreferAWholeStartThenAWordThenWordStartsThenLettersInOrder() {
        assertThat(QuickSwitcherViewModel.score("new draft", "new")).isZero();
        assertThat(QuickSwitcherViewModel.score("plan a post", "post")).isEqualTo(1);
        assertThat(QuickSwitcherViewModel.score("export all drafts", "ead")).isEqualTo(2);
        assertThat(QuickSwitcherViewModel.score("revision history", "rvh")).isEqualTo(3);
        assertThat(QuickSwitcherViewModel.score("revision history", "yr")).isEqualTo(-1);
    }
}
