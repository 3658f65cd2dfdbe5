/**
 * The {@code sla} command line: check policies and ask them questions without writing Java.
 * It exports nothing; run it with {@code java -jar sla.jar} or the {@code sla} launcher.
 */
module dev.sla.cli {
    requires dev.sla.json;
    requires info.picocli;

    opens dev.sla.cli to info.picocli;
}
