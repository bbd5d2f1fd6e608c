package org.scriptorium.app.cli;

import org.scriptorium.core.research.gaps.ContentScore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.List;

/** {@code draft score ID}: a draft's content score against its topic's keywords and competitors, with what would raise it. */
@Command(name = "score", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
        description = "A draft's content score (0-100): coverage of its topic's keywords and questions, sections, links, length against "
                + "the competitors' articles on its topic, and reading ease, each with what would raise it. Offline.")
final class DraftScoreCommand extends StudioCommand {
    @Parameters(paramLabel = "ID", description = "The draft's id, or a unique prefix of it.")
    String id;

    @Mixin
    JsonOption json;

    @Override
    void run() {
        ContentScore score = research().gaps().contentScore(drafts().resolveId(id));
        if (json.enabled) {
            var node = JsonOutput.object().put("score", score.score());
            node.set("parts", JsonOutput.array(score.parts(), p -> JsonOutput.object().put("name", p.name()).put("points", p.points())
                    .put("most", p.most()).put("advice", p.advice())));
            JsonOutput.print(out(), node);
            return;
        }
        out().println("Content score " + score.score() + " / 100");
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("PART", "POINTS", "TO RAISE IT"));
        score.parts().forEach(p -> rows.add(List.of(p.name(), p.points() + " / " + p.most(), p.advice() == null ? "–" : p.advice())));
        TextOutput.table(out(), rows, 1);
    }
}
