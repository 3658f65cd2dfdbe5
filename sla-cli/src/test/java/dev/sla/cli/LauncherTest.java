package dev.sla.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code sla} launcher script at the root of the project. */
class LauncherTest {

    @TempDir
    Path dir;

    /** The launcher, found from the module's directory, where the build runs the tests. */
    private static Path launcher() {
        Path script = Path.of("..", "sla").toAbsolutePath().normalize();
        assumeTrue(Files.isRegularFile(script), "the launcher is at the root of the project");
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "a POSIX shell");
        return script;
    }

    @Test
    void aFailedFirstBuildIsShownWithoutTerminalColourCodes() throws IOException, InterruptedException {
        Path project = Files.createDirectories(dir.resolve("project"));
        Files.copy(launcher(), project.resolve("sla"));
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path mvn = bin.resolve("mvn");
        // a build that fails as Maven 3.8 prints it in batch mode: colour codes and all
        Files.writeString(mvn, "#!/bin/sh\nprintf '\\033[0m\\033[0m\\033[1;31m[ERROR]\\033[m COMPILATION ERROR :\\n'\n"
                + "printf '\\033[1mFailed to execute goal\\033[m\\n'\nexit 1\n");
        assertThat(mvn.toFile().setExecutable(true)).isTrue();
        ProcessBuilder pb = new ProcessBuilder("/bin/sh", project.resolve("sla").toString(), "deadline")
                .redirectErrorStream(true);
        pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        pb.environment().put("TMPDIR", dir.toString());
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(p.exitValue()).isEqualTo(1);
        assertThat(output).contains("sla: building ").contains("[ERROR] COMPILATION ERROR :")
                .contains("Failed to execute goal").contains("sla: the build failed; see above")
                .doesNotContain("\u001b");
        try (var left = Files.list(dir)) {
            assertThat(left.map(f -> f.getFileName().toString())).as("the build log is removed")
                    .containsExactlyInAnyOrder("project", "bin");
        }
    }
}
