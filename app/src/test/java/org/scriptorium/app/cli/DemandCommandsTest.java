package org.scriptorium.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** scriptorium demand against a loopback autocomplete service in DuckDuckGo's answer shape. */
class DemandCommandsTest {
    @TempDir
    Path dataDir;
    private final MockWebServer server = new MockWebServer();
    private final AtomicInteger calls = new AtomicInteger();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aPhrasesSearchDemandIsGroupedAskedOnceAWeekAndSaysWhatItNeeds() throws Exception {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                calls.incrementAndGet();
                String q = request.getUrl().queryParameter("q");
                String extra = q.startsWith("why ") ? ",{\"phrase\":\"why does my sourdough starter smell\"}" : "";
                return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                        .body("[{\"phrase\":\"sourdough starter recipe\"}" + extra + "]").build();
            }
        });
        server.start();
        CliRunner cli = new CliRunner(dataDir);
        assertThat(cli.run("config", "set", "demand-services", "local=" + server.url("/ac/") + "?q={query}&kl={market}").exitCode()).isZero();
        assertThat(cli.run("config", "set", "demand-services", "local=ftp://nowhere").exitCode()).isEqualTo(2);

        CliRunner.Result first = cli.run("demand", "Sourdough starter", "--market", "de-de", "--json");
        assertThat(first.exitCode()).as(first.err()).isZero();
        JsonNode report = first.json();
        assertThat(report.get("market").asText()).isEqualTo("de-de");
        assertThat(report.get("calls").asInt()).isEqualTo(33);
        assertThat(report.get("groups").get("questions").get(0).get("phrase").asText()).isEqualTo("why does my sourdough starter smell");
        assertThat(report.get("groups").get("others").get(0).get("demand").asInt()).isEqualTo(100);
        assertThat(calls.get()).isEqualTo(33);

        CliRunner.Result again = cli.run("demand", "sourdough starter", "--market", "de-de");
        assertThat(again.out()).contains("0 asked now, 33 kept from earlier").contains("Questions").contains("why does my sourdough starter smell");
        assertThat(calls.get()).isEqualTo(33); // a week's cache: nothing asked twice

        assertThat(cli.run("demand", "bread", "--market", "germany").exitCode()).isEqualTo(2);
        server.close(); // the network is gone
        CliRunner.Result offline = cli.run("demand", "rye bread");
        assertThat(offline.exitCode()).isNotZero();
        assertThat(offline.err()).contains("needs the network");
    }
}
