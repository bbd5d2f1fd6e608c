package org.scriptorium.core.notion;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** A fenced code block's info string as one of the language names Notion accepts; anything unknown is plain text. */
final class CodeLanguages {
    static final String PLAIN_TEXT = "plain text";

    /** Notion's names, as its API lists them for code blocks. */
    private static final Set<String> NOTION = Set.of("abap", "agda", "arduino", "ascii art", "assembly", "bash", "basic", "bnf", "c", "c#",
            "c++", "clojure", "coffeescript", "coq", "css", "dart", "dhall", "diff", "docker", "ebnf", "elixir", "elm", "erlang", "f#", "flow",
            "fortran", "gherkin", "glsl", "go", "graphql", "groovy", "haskell", "hcl", "html", "idris", "java", "javascript", "json", "julia",
            "kotlin", "latex", "less", "lisp", "livescript", "llvm ir", "lua", "makefile", "markdown", "markup", "matlab", "mathematica",
            "mermaid", "nix", "notion formula", "objective-c", "ocaml", "pascal", "perl", "php", "plain text", "powershell", "prolog",
            "protobuf", "purescript", "python", "r", "racket", "reason", "ruby", "rust", "sass", "scala", "scheme", "scss", "shell",
            "smalltalk", "solidity", "sql", "swift", "toml", "typescript", "vb.net", "verilog", "vhdl", "visual basic", "webassembly", "xml",
            "yaml");

    /** The short names writers put after the fence. */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("js", "javascript"), Map.entry("jsx", "javascript"), Map.entry("mjs", "javascript"), Map.entry("node", "javascript"),
            Map.entry("ts", "typescript"), Map.entry("tsx", "typescript"), Map.entry("py", "python"), Map.entry("python3", "python"),
            Map.entry("sh", "shell"), Map.entry("zsh", "shell"), Map.entry("console", "shell"), Map.entry("shell-session", "shell"),
            Map.entry("yml", "yaml"), Map.entry("md", "markdown"), Map.entry("cpp", "c++"), Map.entry("cc", "c++"), Map.entry("hpp", "c++"),
            Map.entry("h", "c"), Map.entry("cs", "c#"), Map.entry("csharp", "c#"), Map.entry("fs", "f#"), Map.entry("fsharp", "f#"),
            Map.entry("objc", "objective-c"), Map.entry("objectivec", "objective-c"), Map.entry("kt", "kotlin"), Map.entry("kts", "kotlin"),
            Map.entry("rb", "ruby"), Map.entry("rs", "rust"), Map.entry("golang", "go"), Map.entry("dockerfile", "docker"),
            Map.entry("text", PLAIN_TEXT), Map.entry("txt", PLAIN_TEXT), Map.entry("plaintext", PLAIN_TEXT), Map.entry("plain", PLAIN_TEXT),
            Map.entry("ps1", "powershell"), Map.entry("pwsh", "powershell"), Map.entry("tex", "latex"), Map.entry("proto", "protobuf"),
            Map.entry("make", "makefile"), Map.entry("vb", "visual basic"), Map.entry("vbnet", "vb.net"), Map.entry("wasm", "webassembly"),
            Map.entry("hs", "haskell"), Map.entry("ex", "elixir"), Map.entry("exs", "elixir"), Map.entry("erl", "erlang"),
            Map.entry("ml", "ocaml"), Map.entry("pl", "perl"), Map.entry("clj", "clojure"), Map.entry("coffee", "coffeescript"),
            Map.entry("gql", "graphql"), Map.entry("tf", "hcl"), Map.entry("terraform", "hcl"), Map.entry("sol", "solidity"),
            Map.entry("jl", "julia"), Map.entry("patch", "diff"), Map.entry("jsonc", "json"), Map.entry("json5", "json"),
            Map.entry("htm", "html"), Map.entry("xhtml", "html"), Map.entry("svg", "xml"), Map.entry("asm", "assembly"),
            Map.entry("gradle", "groovy"), Map.entry("scm", "scheme"), Map.entry("rkt", "racket"), Map.entry("ino", "arduino"));

    private CodeLanguages() {
    }

    /** The Notion language for the first word of {@code info} ("```js title=x" → javascript). */
    static String of(String info) {
        if (info == null || info.isBlank()) {
            return PLAIN_TEXT;
        }
        String word = info.strip().split("[\\s{,]", 2)[0].toLowerCase(Locale.ROOT);
        if (word.startsWith("language-")) {
            word = word.substring("language-".length());
        }
        if (NOTION.contains(word)) {
            return word;
        }
        return ALIASES.getOrDefault(word, PLAIN_TEXT);
    }
}
