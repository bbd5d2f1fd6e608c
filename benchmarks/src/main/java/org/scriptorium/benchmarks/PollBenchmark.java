package org.scriptorium.benchmarks;

import com.sun.net.httpserver.HttpServer;
import org.scriptorium.core.Progress;
import org.scriptorium.core.Studio;
import org.scriptorium.core.research.sources.NewSource;
import org.scriptorium.core.research.sources.PollResult;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

/**
 * Polls 200 feeds served on loopback, each answering after 50 ms, and prints how long the whole poll took
 * (target: under 3 s). Each feed has its own loopback address (127.0.1.x), as subscriptions to 200 different
 * sites would, so the per-host limit applies as it does in use. Runs the poll three times on fresh studios; each
 * run must have polled every feed and stored every item, or no figure is printed.
 *
 * <pre>PollBenchmark [runs (3)]</pre>
 */
public final class PollBenchmark {
    private static final int FEEDS = 200;
    private static final int ITEMS = 20;
    private static final int LATENCY_MILLIS = 50;

    private PollBenchmark() {
    }

    public static void main(String[] args) {
        BenchmarkFailed.runMain("Poll", () -> run(args.length > 0 ? Integer.parseInt(args[0]) : 3));
    }

    private static void run(int runs) throws Exception {
        List<HttpServer> servers = new ArrayList<>();
        List<String> urls = new ArrayList<>();
        try {
            for (int f = 0; f < FEEDS; f++) {
                InetAddress address = InetAddress.getByName("127.0.1." + (f + 1));
                HttpServer server = HttpServer.create(new InetSocketAddress(address, 0), 50);
                byte[] feed = feed(f).getBytes(StandardCharsets.UTF_8);
                server.createContext("/feed.xml", exchange -> {
                    try {
                        Thread.sleep(LATENCY_MILLIS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    exchange.getResponseHeaders().add("Content-Type", "application/rss+xml; charset=utf-8");
                    exchange.sendResponseHeaders(200, feed.length);
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(feed);
                    }
                });
                server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
                server.start();
                servers.add(server);
                urls.add("http://" + address.getHostAddress() + ":" + server.getAddress().getPort() + "/feed.xml");
            }
            List<Long> times = new ArrayList<>();
            for (int run = 1; run <= runs; run++) {
                Path dataDir = Files.createTempDirectory("scriptorium-poll-bench");
                try (Studio studio = Studio.open(dataDir)) {
                    urls.forEach(url -> studio.research().sources().add(NewSource.of(url)));
                    long started = System.nanoTime();
                    List<PollResult> results = studio.research().poller().poll(List.of(), Progress.NONE);
                    long millis = (System.nanoTime() - started) / 1_000_000;
                    times.add(millis);
                    long ok = results.stream().filter(r -> r.status() == PollResult.Status.OK).count();
                    int stored = results.stream().mapToInt(r -> r.added() + r.nearDuplicates()).sum();
                    System.out.printf(Locale.ROOT, "run %d: %d feeds polled in %,d ms (%d ok, %,d documents stored)%n",
                            run, results.size(), millis, ok, stored);
                    BenchmarkFailed.check(results.size() == FEEDS && ok == FEEDS, "%d of %d feeds polled OK: %s", ok, FEEDS,
                            results.stream().filter(r -> r.status() != PollResult.Status.OK).limit(3).toList());
                    long kept = studio.research().documents().count();
                    BenchmarkFailed.check(stored == FEEDS * ITEMS && kept == FEEDS * ITEMS,
                            "%,d items served, %,d reported stored, %,d in the store", FEEDS * ITEMS, stored, kept);
                } finally {
                    deleteRecursively(dataDir);
                }
            }
            times.sort(Comparator.naturalOrder());
            System.out.printf(Locale.ROOT, "Poll %d feeds x %d items, %d ms latency each: median %,d ms of %d runs (target < 3,000 ms)%n",
                    FEEDS, ITEMS, LATENCY_MILLIS, times.get(times.size() / 2), runs);
        } finally {
            servers.forEach(s -> s.stop(0));
        }
    }

    // Items read like distinct articles: words drawn from a seeded vocabulary, so dedup does the work it does on real feeds.
    private static String feed(int f) {
        java.util.Random random = new java.util.Random(f);
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Site ")
                .append(f).append("</title><link>https://site").append(f).append(".example/</link><description>d</description>");
        Instant now = Instant.now();
        for (int i = 0; i < ITEMS; i++) {
            xml.append("<item><title>").append(words(random, 8)).append("</title><link>https://site").append(f)
                    .append(".example/posts/").append(i).append("</link><pubDate>")
                    .append(DateTimeFormatter.RFC_1123_DATE_TIME.format(now.minusSeconds(600L * i).atOffset(ZoneOffset.UTC)))
                    .append("</pubDate><description>").append(words(random, 60)).append("</description></item>");
        }
        return xml.append("</channel></rss>").toString();
    }

    private static final String[] VOCABULARY = vocabulary();

    private static String[] vocabulary() {
        java.util.Random random = new java.util.Random(42);
        String[] words = new String[5000];
        for (int w = 0; w < words.length; w++) {
            StringBuilder word = new StringBuilder();
            int length = 3 + random.nextInt(7);
            for (int c = 0; c < length; c++) {
                word.append((char) ('a' + random.nextInt(26)));
            }
            words[w] = word.toString();
        }
        return words;
    }

    private static String words(java.util.Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < count; w++) {
            text.append(w == 0 ? "" : " ").append(VOCABULARY[random.nextInt(VOCABULARY.length)]);
        }
        return text.toString();
    }

    private static void deleteRecursively(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
