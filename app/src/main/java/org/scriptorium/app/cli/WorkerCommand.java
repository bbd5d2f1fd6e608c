package org.scriptorium.app.cli;

import org.scriptorium.core.worker.Worker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code scriptorium worker}: the recurring jobs with no window and no data directory, against the sync account's
 * PostgreSQL (decision 19). Configured by options, environment ({@code SCRIPTORIUM_WORKER_*}) or a properties file,
 * secrets never in an argument; logs JSON lines to stdout; stops cleanly on SIGTERM; answers a health check.
 */
@Command(name = "worker", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
        description = {"Run the publishing rounds, feed polls and discovery headless, against your sync account's PostgreSQL, "
                + "so scheduled posts go out while every laptop is closed. Several workers share the work.",
                "Every option can come from the environment instead (SCRIPTORIUM_WORKER_URL, _USER, _PASSWORD, _PASSWORD_FILE, "
                        + "_PASSPHRASE, _PASSPHRASE_FILE, _NAME, _HEALTH_PORT, _HEALTH_ADDRESS, _WORK_DIR) or from --config FILE "
                        + "(url=, user=, password-file=, passphrase-file=, name=, health-port=, health-address=, work-dir=)."})
final class WorkerCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(WorkerCommand.class);
    static final String ENV = "SCRIPTORIUM_WORKER_";

    @Spec
    CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE", description = "A properties file with the settings (see above).")
    Path config;

    @Option(names = "--url", paramLabel = "URL", description = "postgresql://HOST:PORT/DATABASE, as set up on the desktops.")
    String url;

    @Option(names = "--user", paramLabel = "USER", description = "The PostgreSQL user.")
    String user;

    @Option(names = "--password-env", paramLabel = "VAR", description = "Read the PostgreSQL password from this environment variable.")
    String passwordEnv;

    @Option(names = "--password-file", paramLabel = "FILE", description = "Read the PostgreSQL password from this file's first line.")
    Path passwordFile;

    @Option(names = "--password-stdin", description = "Read the PostgreSQL password from the first line of standard input.")
    boolean passwordStdin;

    @Option(names = "--passphrase-env", paramLabel = "VAR", description = "Read the sync passphrase from this environment variable.")
    String passphraseEnv;

    @Option(names = "--passphrase-file", paramLabel = "FILE", description = "Read the sync passphrase from this file's first line.")
    Path passphraseFile;

    @Option(names = "--passphrase-stdin",
            description = "Read the sync passphrase from standard input (its second line when the password is read from there too).")
    boolean passphraseStdin;

    @Option(names = "--name", paramLabel = "NAME", description = "This worker's name among the account's devices (default: worker).")
    String name;

    @Option(names = "--once", description = "Run every job that is due one time, then exit (for cron, and for tests).")
    boolean once;

    @Option(names = "--health-port", paramLabel = "PORT", description = "Answer GET /health on this port (off by default).")
    Integer healthPort;

    @Option(names = "--health-address", paramLabel = "ADDRESS", description = "The address the health check listens on (default 127.0.0.1).")
    String healthAddress;

    @Option(names = "--work-dir", paramLabel = "DIR", description = "Where caches that can be rebuilt go (default: a folder in the system's temp).")
    Path workDir;

    @Option(names = "--insecure-skip-tls-verify", description = "Encrypt without checking the server's certificate (warned).")
    boolean insecureTls;

    @Override
    public Integer call() throws Exception {
        ScriptoriumCommand root = (ScriptoriumCommand) spec.root().userObject();
        if (root.host().inWindow()) {
            throw new ParameterException(spec.commandLine(), "The worker runs on its own, not inside the window.");
        }
        Settings settings = new Settings(root.environment(), load(config));
        String name = settings.text(this.name, "name", "worker");
        BufferedReader stdin = passwordStdin || passphraseStdin
                ? new BufferedReader(new InputStreamReader(root.host().stdin(), StandardCharsets.UTF_8)) : null;
        String password = secret(settings, passwordEnv, passwordFile, passwordStdin ? stdin : null, "password", "PostgreSQL password");
        String passphrase = secret(settings, passphraseEnv, passphraseFile, passphraseStdin ? stdin : null, "passphrase", "sync passphrase");
        String address = settings.text(url, "url", null);
        String account = settings.text(user, "user", null);
        if (address == null || account == null) {
            throw new ParameterException(spec.commandLine(), "The worker needs the account's --url and --user (or "
                    + ENV + "URL and " + ENV + "USER, or url= and user= in --config).");
        }
        Path folder = workDir != null ? workDir : settings.text(null, "work-dir", null) != null ? Path.of(settings.text(null, "work-dir", null))
                : Path.of(System.getProperty("java.io.tmpdir"), "scriptorium-worker-" + name.replaceAll("[^A-Za-z0-9_-]", "_"));
        Files.createDirectories(folder);
        JsonLog.toStdout();
        if (insecureTls) {
            LOG.warn("The server's certificate will not be checked, as chosen");
        }
        try (Worker worker = Worker.open(new Worker.Settings(address, insecureTls, account, password, passphrase.toCharArray(), name, folder),
                Clock.systemDefaultZone())) {
            String lease = System.getProperty("scriptorium.claimLease");
            if (lease != null) {
                worker.claimLease(Duration.parse(lease)); // tests: a dead holder's lease lapses in a second, not minutes
            }
            Integer port = healthPort != null ? healthPort : settings.number("health-port");
            try (HealthCheck ignored = port == null ? null
                    : HealthCheck.start(settings.text(healthAddress, "health-address", "127.0.0.1"), port, worker::health)) {
                if (once) {
                    LOG.atInfo().addKeyValue("ran", String.join(",", worker.runOnce())).addKeyValue("claimsHeld", worker.claimsHeld())
                            .log("Worker {} ran what was due once", name);
                } else {
                    runUntilTerminated(worker);
                }
            }
        }
        return 0;
    }

    /** Runs until SIGTERM or SIGINT; the JVM's shutdown waits until the round under way has finished and results are sent. */
    private static void runUntilTerminated(Worker worker) throws InterruptedException {
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            LOG.info("Stopping: the round under way finishes its post, then results are sent");
            stop.set(true);
            try {
                stopped.await(5, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "worker-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            worker.run(stop::get);
        } finally {
            LOG.atInfo().addKeyValue("claimsHeld", worker.claimsHeld()).log("Worker stopped");
            stopped.countDown();
        }
    }

    private String secret(Settings settings, String variable, Path file, BufferedReader stdin, String key, String what) throws IOException {
        if (variable != null) {
            String value = settings.environment.get(variable);
            if (value == null || value.isBlank()) {
                throw new ParameterException(spec.commandLine(), "The environment variable " + variable + " is not set.");
            }
            return value.strip();
        }
        if (stdin != null) {
            String line = stdin.readLine();
            if (line == null || line.isBlank()) {
                throw new ParameterException(spec.commandLine(), "No " + what + " on standard input.");
            }
            return line.strip();
        }
        Path from = file != null ? file : settings.text(null, key + "-file", null) != null ? Path.of(settings.text(null, key + "-file", null)) : null;
        if (from != null) {
            try {
                String first = Files.readAllLines(from, StandardCharsets.UTF_8).stream().findFirst().orElse("").strip();
                if (first.isEmpty()) {
                    throw new ParameterException(spec.commandLine(), "The " + what + " file " + from + " is empty.");
                }
                return first;
            } catch (IOException e) {
                throw new ParameterException(spec.commandLine(), "The " + what + " file " + from + " could not be read: " + e.getMessage());
            }
        }
        String inEnvironment = settings.environment.get(ENV + key.toUpperCase(java.util.Locale.ROOT));
        if (inEnvironment != null && !inEnvironment.isBlank()) {
            return inEnvironment.strip();
        }
        throw new ParameterException(spec.commandLine(), "The worker needs the " + what + ": --" + key + "-env VAR, --" + key + "-file FILE, --"
                + key + "-stdin, or " + ENV + key.toUpperCase(java.util.Locale.ROOT) + "(_FILE).");
    }

    private Properties load(Path file) {
        Properties properties = new Properties();
        if (file != null) {
            try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new ParameterException(spec.commandLine(), "The worker's configuration " + file + " could not be read: " + e.getMessage());
            }
        }
        return properties;
    }

    /** An option given on the command line, else in the environment, else in the file, else the default. */
    private record Settings(Map<String, String> environment, Properties file) {
        String text(String option, String key, String fallback) {
            if (option != null) {
                return option;
            }
            String variable = environment.get(ENV + key.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
            if (variable != null && !variable.isBlank()) {
                return variable.strip();
            }
            String value = file.getProperty(key);
            return value != null && !value.isBlank() ? value.strip() : fallback;
        }

        Integer number(String key) {
            String value = text(null, key, null);
            return value == null ? null : Integer.valueOf(value);
        }
    }
}
