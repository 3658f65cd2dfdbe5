package dev.sla.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.HashSet;
import java.util.Set;
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

    /** Every class of the command's package with a {@code @Command} annotation, but the root. */
    private static Set<Class<?>> annotatedCommands() throws IOException, URISyntaxException {
        Path classes = Path.of(Sla.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve("dev/sla/cli");
        Set<Class<?>> found = new HashSet<>();
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
                if (c.isAnnotationPresent(Command.class) && c != Sla.class) {
                    found.add(c);
                }
            }
        }
        return found;
    }

    /** The classes of a command, its subcommands and their mixins, all the way down. */
    private static void tree(CommandLine command, Set<Class<?>> into) {
        into.add(command.getCommandSpec().userObject().getClass());
        command.getCommandSpec().mixins().values().forEach(m -> into.add(m.userObject().getClass()));
        command.getSubcommands().values().forEach(sub -> tree(sub, into));
    }

    @Test
    void everyCommandClassIsRegistered() throws IOException, URISyntaxException {
        Set<Class<?>> reachable = new HashSet<>();
        for (String name : Sla.commandNames()) {
            tree(new CommandLine(Sla.newCommand(name)), reachable);
        }
        Set<Class<?>> annotated = annotatedCommands();

        assertThat(annotated).contains(DeadlineCommand.class, WhoCommand.class, CompletionCommand.class);
        assertThat(reachable).as("the commands registered in Sla, with their subcommands").containsAll(annotated);
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
