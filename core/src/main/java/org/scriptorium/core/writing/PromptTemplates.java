package org.scriptorium.core.writing;

import org.scriptorium.core.ScriptoriumException;
import org.scriptorium.core.writing.ai.ChatMessage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The prompts the model-backed writer sends, as text files with {@code {{name}}} variables: the system part,
 * a line "---", the user part. The shipped ones live in {@code resources}; a file of the same name in the data
 * directory's {@code prompts/} folder replaces one, so a user can tune them without rebuilding.
 */
public final class PromptTemplates {
    private static final String SHIPPED = "/org/scriptorium/resources/prompts/";
    private static final Pattern VARIABLE = Pattern.compile("\\{\\{([a-zA-Z]+)}}");

    private final Path overrides;

    public PromptTemplates(Path overrides) {
        this.overrides = overrides;
    }

    /** The messages of the named template with its variables filled; an unknown variable is an error, not a blank. */
    public List<ChatMessage> render(String name, Map<String, String> values) {
        String text = load(name);
        String[] parts = text.split("(?m)^---\\s*$", 2);
        List<ChatMessage> messages = new ArrayList<>();
        if (parts.length == 2) {
            messages.add(ChatMessage.system(fill(name, parts[0].strip(), values)));
            messages.add(ChatMessage.user(fill(name, parts[1].strip(), values)));
        } else {
            messages.add(ChatMessage.user(fill(name, text.strip(), values)));
        }
        return messages;
    }

    String load(String name) {
        Path own = overrides.resolve(name + ".txt");
        try {
            if (Files.isRegularFile(own)) {
                return Files.readString(own, StandardCharsets.UTF_8);
            }
            try (InputStream shipped = PromptTemplates.class.getResourceAsStream(SHIPPED + name + ".txt")) {
                if (shipped == null) {
                    throw new ScriptoriumException("There is no prompt template named " + name + ".");
                }
                return new String(shipped.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new ScriptoriumException("The prompt template " + name + " could not be read: " + e.getMessage(), e);
        }
    }

    private static String fill(String name, String text, Map<String, String> values) {
        Matcher m = VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new ScriptoriumException("The prompt template " + name + " uses {{" + m.group(1) + "}}, which this action does not provide.");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
