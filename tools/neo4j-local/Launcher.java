import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * Starts an embedded Neo4j 5 Community DBMS with Bolt on 127.0.0.1, for tests and local runs
 * on machines without Docker. Configuration comes from the environment:
 *
 *   NEO4J_LOCAL_PORT        Bolt port (default 7687; 0 is not allowed: the caller picks a free port)
 *   NEO4J_LOCAL_PASSWORD    password of user neo4j, at least 8 characters (default "atlas-local")
 *   NEO4J_LOCAL_DATA        data folder kept between runs; unset: a temporary folder deleted on exit
 *   NEO4J_LOCAL_PAGECACHE   page cache in MiB (default 256)
 *   NEO4J_LOCAL_PLUGINS     folder of procedure jars (APOC core for @neo4j/graphql), optional
 *   NEO4J_LOCAL_CLASSPATH   extra classpath entries (run.sh): embedded Neo4j finds procedures in the
 *                           plugin folder but extension factories (APOC's ApocConfig) only here
 *   NEO4J_LOCAL_WATCH_STDIN "1": shut down when standard input closes, so a crashed parent leaves no JVM behind
 *
 * Prints "neo4j-local ready bolt://127.0.0.1:<port>" once Bolt accepts connections; stops cleanly on SIGTERM.
 */
public final class Launcher {
  public static void main(String[] args) throws Exception {
    Map<String, String> env = System.getenv();
    int port = Integer.parseInt(env.getOrDefault("NEO4J_LOCAL_PORT", "7687"));
    String password = env.getOrDefault("NEO4J_LOCAL_PASSWORD", "atlas-local");
    if (password.length() < 8) {
      fail("NEO4J_LOCAL_PASSWORD must have at least 8 characters (Neo4j's minimum)");
    }
    long pageCacheMiB = Long.parseLong(env.getOrDefault("NEO4J_LOCAL_PAGECACHE", "256"));
    String keep = env.get("NEO4J_LOCAL_DATA");
    Path home = keep == null || keep.isBlank()
        ? Files.createTempDirectory("neo4j-local-")
        : Files.createDirectories(Path.of(keep));

    DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .setConfig(HttpConnector.enabled, false)
        .setConfig(GraphDatabaseSettings.auth_enabled, true)
        .setConfig(GraphDatabaseSettings.pagecache_memory, pageCacheMiB * 1024 * 1024)
        // Transaction timeouts are enforced by a monitor that looks every 2 s by default: a short
        // timeout (a test's, or a low IMPORT_TIMEOUT_MS) would let a transaction finish unchecked.
        .setConfig(GraphDatabaseSettings.transaction_monitor_check_interval, Duration.ofMillis(100));
    String plugins = env.get("NEO4J_LOCAL_PLUGINS");
    if (plugins != null && !plugins.isBlank()) {
      builder.setConfig(GraphDatabaseSettings.plugin_dir, Path.of(plugins).toAbsolutePath())
          .setConfig(GraphDatabaseSettings.procedure_unrestricted, java.util.List.of("apoc.*"));
    }
    DatabaseManagementService dbms = builder.build();

    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      dbms.shutdown();
      if (keep == null || keep.isBlank()) {
        deleteQuietly(home);
      }
      System.out.println("neo4j-local stopped");
    }, "neo4j-local-shutdown"));

    try {
      setInitialPassword(dbms, password);
    } catch (RuntimeException e) {
      // The database threads would keep the JVM alive without a ready line: fail loudly instead.
      System.err.println("neo4j-local: could not set the password: " + e.getMessage());
      System.exit(1);
    }

    System.out.println("neo4j-local ready bolt://127.0.0.1:" + port);
    System.out.flush();

    if ("1".equals(env.get("NEO4J_LOCAL_WATCH_STDIN"))) {
      InputStream in = System.in;
      while (in.read() != -1) {
        // Drain until the parent closes the pipe.
      }
      System.exit(0);
    }
    Thread.currentThread().join();
  }

  /**
   * The first user must get a password before Bolt clients may log in (auth is on, as in
   * production). Only a new database needs it: a kept NEO4J_LOCAL_DATA folder already has one, and
   * Neo4j refuses to "change" a password to itself.
   */
  private static void setInitialPassword(DatabaseManagementService dbms, String password) {
    GraphDatabaseService system = dbms.database("system");
    boolean changeRequired = system.executeTransactionally(
        "SHOW USERS YIELD user, passwordChangeRequired WHERE user = 'neo4j' RETURN passwordChangeRequired",
        Map.of(),
        result -> result.hasNext() && Boolean.TRUE.equals(result.next().get("passwordChangeRequired")));
    if (changeRequired) {
      system.executeTransactionally(
          "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
    }
  }

  private static void fail(String message) {
    System.err.println("neo4j-local: " + message);
    System.exit(2);
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // A leftover temporary folder is harmless; the OS cleans /tmp.
    }
  }
}
