package org.scriptorium.core.writing;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A loopback stand-in for an OpenAI-compatible server: /chat/completions streams server-sent events the way
 * the real API does (content deltas, then a usage chunk, then [DONE]), split into many small events. An
 * outline request gets an outline; a draft request gets a long post, optionally slowly, for cancel tests.
 */
public final class FakeOpenAiServer implements AutoCloseable {
    private final MockWebServer server = new MockWebServer();
    private final List<String> prompts = java.util.Collections.synchronizedList(new ArrayList<>());
    private volatile long millisPerEvent;
    private volatile int draftParagraphs = 6;

    public FakeOpenAiServer() throws IOException {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String body = request.getBody() == null ? "" : request.getBody().utf8();
                prompts.add(body);
                if (!"Bearer test-key".equals(request.getHeaders().get("Authorization"))) {
                    return new MockResponse.Builder().code(401).body("{\"error\":{\"message\":\"Incorrect API key provided\"}}").build();
                }
                String answer = body.contains("Plan a blog post") ? outline() : body.contains("Write the full blog post") ? draft()
                        : "Yes, I am here.";
                MockResponse.Builder response = new MockResponse.Builder().addHeader("Content-Type", "text/event-stream").body(sse(answer));
                if (millisPerEvent > 0) {
                    response.throttleBody(64, millisPerEvent, TimeUnit.MILLISECONDS);
                }
                return response.build();
            }
        });
        server.start();
    }

    public String baseUrl() {
        return server.url("/v1").toString();
    }

    /** Makes the stream slow (a pause every 64 bytes), so a test can stop it halfway. */
    public void slowDown(long millis) {
        this.millisPerEvent = millis;
    }

    public void longDraft(int paragraphs) {
        this.draftParagraphs = paragraphs;
    }

    public List<String> prompts() {
        return List.copyOf(prompts);
    }

    private static String outline() {
        return "# Virtual threads, one release later\n\n## Why now\n- Java 25 removed pinning [1]\n\n## What changes for teams\n"
                + "- Blocking code is cheap again [2]\n- Profiling needs new habits [2]\n\n## What we don't know\n- How old libraries cope [3]\n";
    }

    private String draft() {
        StringBuilder text = new StringBuilder("# Virtual threads, one release later\n\n");
        for (int i = 1; i <= draftParagraphs; i++) {
            text.append("## Part ").append(i).append("\n\nJava 25 removed the pinning that held teams back [1]. Server code can block ")
                    .append("again without a thread pool sized by hand [2]. Profiling needs new habits, such as flight recordings [2]. ")
                    .append("An invented claim cites a source that does not exist [9].\n\n");
        }
        return text.toString();
    }

    // Events of a few characters each, cut without regard for words, as real servers do.
    private static String sse(String answer) {
        StringBuilder events = new StringBuilder();
        for (int i = 0; i < answer.length(); i += 7) {
            String piece = answer.substring(i, Math.min(answer.length(), i + 7));
            events.append("data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"model\":\"gpt-4o-mini-2024-07-18\",")
                    .append("\"choices\":[{\"index\":0,\"delta\":{\"content\":").append(json(piece)).append("},\"finish_reason\":null}]}\n\n");
        }
        events.append("data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"model\":\"gpt-4o-mini-2024-07-18\",")
                .append("\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n");
        events.append("data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"model\":\"gpt-4o-mini-2024-07-18\",\"choices\":[],")
                .append("\"usage\":{\"prompt_tokens\":1200,\"completion_tokens\":800,\"total_tokens\":2000}}\n\n");
        events.append("data: [DONE]\n\n");
        return events.toString();
    }

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
