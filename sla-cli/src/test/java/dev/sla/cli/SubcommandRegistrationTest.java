package dev.sla.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line registers only the subcommand it runs: every subcommand must still be
 * registered, reachable by its name, and listed by the help and the completion script.
 */
class SubcommandRegistrationTest {

    /** The subcommands but {@code help}, whose own help is the help of the whole command. */
    static Stream<String> commandNames() {
        return Sla.commandNames().stream().filter(n -> !n.equals("help"));
    }

    /** The names in the {@code @Command} annotation of every class of the command's package but the root. */
    private static Set<String> annotatedCommands() throws IOException, URISyntaxException {
        Path classes = Path.of(Sla.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve("dev/sla/cli");
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.list(classes)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String file = f.getFileName().toString();
                if (!file.endsWith(".class")) {
                    continue;
                }
                Class<?> c;
                try {
                    c = Class.forName("dev.sla.cli." + file.substring(0, file.length() - ".class".length()));
                } catch (ClassNotFoundException ex) {
                    throw new AssertionError(ex);
                }
                Command command = c.getAnnotation(Command.class);
                if (command != null && c != Sla.class) {
                    names.add(command.name());
                }
            }
        }
        return names;
    }

    @Test
    void everyCommandClassIsRegistered() throws IOException, URISyntaxException {
        Set<String> annotated = annotatedCommands();

        assertThat(annotated).contains("deadline", "who", "validate", "completion");
        assertThat(Sla.commandNames()).containsAll(annotated);
    }

    @Test
    void everyRegisteredCommandIsNamedAsItsAnnotationSays() {
        for (String name : Sla.commandNames()) {
            Object command = Sla.newCommand(name);
            assertThat(new CommandLine(command).getCommandName()).as(name).isEqualTo(name);
        }
    }

    @ParameterizedTest
    @MethodSource("commandNames")
    void everyCommandIsReachableByItsName(String name) {
        SlaCommandTest.Run r = SlaCommandTest.run(name, "--help");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("Usage: sla " + name);
    }

    @ParameterizedTest
    @MethodSource("commandNames")
    void helpOfACommandIsReachableThroughHelp(String name) {
        SlaCommandTest.Run r = SlaCommandTest.run("help", name);

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("Usage: sla " + name);
    }

    @Test
    void helpListsEveryCommand() {
        for (List<String> args : List.of(List.of("--help"), List.of("help"))) {
            SlaCommandTest.Run r = SlaCommandTest.run(args.toArray(String[]::new));
            String commands = r.out().substring(r.out().indexOf("Commands:"));
            for (String name : Sla.commandNames()) {
                assertThat(commands).as(args + " lists " + name).containsPattern("(?m)^  " + name + "\\b");
            }
        }
    }

    @Test
    void completionOffersEveryCommand() {
        SlaCommandTest.Run r = SlaCommandTest.run("completion");

        assertThat(r.code()).isZero();
        String commands = r.out().lines().filter(l -> l.contains("local commands=")).findFirst().orElseThrow();
        for (String name : Sla.commandNames()) {
            assertThat(commands).as(name).containsPattern("\\b" + name + "\\b");
        }
    }
}
