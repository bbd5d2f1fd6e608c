package org.scriptorium.app.drafts;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.fxmisc.richtext.CodeArea;

/** The find and replace strip above the editor; it searches the editor's text directly. */
final class FindReplaceBar extends VBox {
    private final CodeArea area;
    private final TextField find = new TextField();
    private final TextField replace = new TextField();
    // Compact toggles, as editors have them: the bar fits an editor beside its preview in a small window.
    private final javafx.scene.control.ToggleButton matchCase = new javafx.scene.control.ToggleButton("Aa");
    private final javafx.scene.control.ToggleButton wholeWord = new javafx.scene.control.ToggleButton("Word");
    private final Label status = new Label();
    private final HBox replaceRow;

    private Runnable onQueryChanged = () -> { };

    FindReplaceBar(CodeArea area) {
        this.area = area;
        getStyleClass().add("find-bar");
        setPadding(new Insets(6, 10, 6, 10));
        setSpacing(6);
        find.setPromptText("Find");
        find.setId("findField");
        replace.setPromptText("Replace with");
        replace.setId("replaceField");
        HBox.setHgrow(find, Priority.ALWAYS);
        HBox.setHgrow(replace, Priority.ALWAYS);
        status.getStyleClass().add(Styles.TEXT_MUTED);
        status.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        find.setMinWidth(80);

        Button previous = small("↑", this::findPrevious);
        previous.setTooltip(new javafx.scene.control.Tooltip("Previous match (Shift+Enter)"));
        Button next = small("↓", this::findNext);
        next.setTooltip(new javafx.scene.control.Tooltip("Next match (Enter)"));
        Button close = small("×", this::hide);
        close.setTooltip(new javafx.scene.control.Tooltip("Close (Escape)"));
        for (var toggle : java.util.List.of(matchCase, wholeWord)) {
            toggle.getStyleClass().add(Styles.SMALL);
            toggle.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        matchCase.setTooltip(new javafx.scene.control.Tooltip("Match case"));
        wholeWord.setTooltip(new javafx.scene.control.Tooltip("Whole words only"));
        Region spacer = new Region();
        wholeWord.setId("findWholeWord");
        status.setId("findStatus");
        HBox findRow = new HBox(6, find, previous, next, matchCase, wholeWord, status, spacer, close);
        findRow.setAlignment(Pos.CENTER_LEFT);
        Button replaceOne = small("Replace", this::replaceOne);
        Button replaceAll = small("Replace all", this::replaceAll);
        replaceRow = new HBox(6, replace, replaceOne, replaceAll);
        replaceRow.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(findRow, replaceRow);

        find.textProperty().addListener((o, a, b) -> changed());
        matchCase.selectedProperty().addListener((o, a, b) -> changed());
        wholeWord.selectedProperty().addListener((o, a, b) -> changed());
        visibleProperty().addListener((o, a, b) -> onQueryChanged.run());
        find.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                if (e.isShiftDown()) {
                    findPrevious();
                } else {
                    findNext();
                }
            } else if (e.getCode() == KeyCode.ESCAPE) {
                hide();
            } else if (e.getCode() == KeyCode.TAB && !e.isShiftDown() && replaceRow.isVisible()) {
                replace.requestFocus(); // from what to find straight to what to put instead
                e.consume();
            }
        });
        replace.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                replaceOne();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                hide();
            }
        });
        hide();
    }

    void showFind(boolean withReplace) {
        setVisible(true);
        setManaged(true);
        replaceRow.setVisible(withReplace);
        replaceRow.setManaged(withReplace);
        if (!area.getSelectedText().isEmpty() && !area.getSelectedText().contains("\n")) {
            find.setText(area.getSelectedText());
        }
        find.requestFocus();
        find.selectAll();
        updateCount();
    }

    private void changed() {
        updateCount();
        onQueryChanged.run();
    }

    /** Told when what is searched for changes or the bar opens or closes: the editor marks every match again. */
    void setOnQueryChanged(Runnable onQueryChanged) {
        this.onQueryChanged = onQueryChanged;
    }

    /** Every match of what is searched for while the bar is open, as {start, end}; none when it is closed. */
    java.util.List<int[]> matches(String text) {
        return isVisible() ? TextFinder.ranges(text, find.getText(), matchCase.isSelected(), wholeWord.isSelected()) : java.util.List.of();
    }

    void hide() {
        setVisible(false);
        setManaged(false);
        area.requestFocus();
    }

    private void findNext() {
        select(TextFinder.next(area.getText(), find.getText(), area.getSelection().getEnd(), matchCase.isSelected(), wholeWord.isSelected()));
    }

    private void findPrevious() {
        select(TextFinder.previous(area.getText(), find.getText(), area.getSelection().getStart(), matchCase.isSelected(), wholeWord.isSelected()));
    }

    private void select(int at) {
        if (at < 0) {
            status.setText("No matches");
            return;
        }
        area.selectRange(at, at + find.getText().length());
        area.requestFollowCaret();
        updateCount();
    }

    private void replaceOne() {
        String selected = area.getSelectedText();
        boolean selectionMatches = matchCase.isSelected() ? selected.equals(find.getText()) : selected.equalsIgnoreCase(find.getText());
        if (!find.getText().isEmpty() && selectionMatches) {
            area.replaceSelection(replace.getText());
        }
        findNext();
    }

    private void replaceAll() {
        int count = TextFinder.count(area.getText(), find.getText(), matchCase.isSelected(), wholeWord.isSelected());
        if (count > 0) {
            // One replace keeps it a single undo step; the view stays where the user was reading.
            double scrolled = area.getEstimatedScrollY();
            int caret = Math.min(area.getCaretPosition(), area.getLength());
            area.replaceText(TextFinder.replaceAll(area.getText(), find.getText(), replace.getText(), matchCase.isSelected(), wholeWord.isSelected()));
            area.moveTo(Math.min(caret, area.getLength()));
            area.estimatedScrollYProperty().setValue(scrolled);
        }
        status.setText(count == 1 ? "Replaced 1" : "Replaced " + count);
    }

    /** "2 of 4" when a match is selected, else how many there are. */
    private void updateCount() {
        String needle = find.getText();
        int count = TextFinder.count(area.getText(), needle, matchCase.isSelected(), wholeWord.isSelected());
        int at = area.getSelectedText().length() == needle.length()
                ? TextFinder.ordinal(area.getText(), needle, area.getSelection().getStart(), matchCase.isSelected(), wholeWord.isSelected()) : 0;
        status.setText(needle.isEmpty() ? "" : count == 0 ? "No matches" : at > 0 ? at + " of " + count : count == 1 ? "1 match" : count + " matches");
    }

    private static Button small(String text, Runnable action) {
        Button button = new Button(text);
        button.getStyleClass().add(Styles.SMALL);
        button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        button.setOnAction(e -> action.run());
        return button;
    }
}
