package dev.sla.cli;

import dev.sla.core.Policy;



import java.nio.file.Path;
import java.time.Year;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sla doc POLICY}: the policy as a document a customer reads, in Markdown or HTML. */
@Command(name = "doc", mixinStandardHelpOptions = true,
        description = "The policy as a document a customer reads: parties, plans, the coverage matrix (notes as "
                + "footnotes), severity levels and how tickets are graded, who may ask, the service levels, the "
                + "targets per plan and severity, and each calendar with its week drawn as a chart and the holidays "
                + "of the year. HTML is one self-contained file, for a browser and for print.",
        footer = {"", "Examples:", "  sla doc navixy-ru", "  sla doc navixy-ru --lang en",
            "  sla doc trackunit --lang fr", "  sla doc navixy-en --format html --out navixy-en.html",
            "  sla doc express --year 2026 --out express.md",
            "  sla doc express --contract express-example --format html --out express-example.html"})
final class DocCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "POLICY", completionCandidates = BundledPolicies.class,
            description = "A policy file, or a bundled policy: ${COMPLETION-CANDIDATES}.")
    String policyArg;

    @Option(names = "--contract", paramLabel = "CONTRACT", completionCandidates = BundledContracts.class,
            description = "A customer's contract file, or a bundled contract: ${COMPLETION-CANDIDATES}; the document "
                    + "then shows the contract's customer, dates and values, and the targets and hours it sets. "
                    + "Without one, what a contract sets reads \"set by the contract\".")
    String contractArg;

    @Option(names = "--format", paramLabel = "md|html",
            description = "md (Markdown) or html; default html for an --out file ending in .html or .htm, md otherwise.")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to this file instead of standard output.")
    Path outFile;

    @Option(names = "--lang", paramLabel = "en|ru|fr",
            description = "The language of the words the document writes itself (headings, tables, sentences, "
                    + "weekdays, dates); the policy's own names and notes stay as written. Default: the first "
                    + "language the policy's plans declare, when every plan that declares languages names the same "
                    + "one first and it is en, ru or fr; otherwise en.")
    String lang;

    @Option(names = "--year", paramLabel = "YEAR",
            description = "The year whose holidays to list; default the current year in the policy's zone.")
    Integer year;

    @Override
    public Integer call() {
        String kind = format != null ? format.toLowerCase(Locale.ROOT) : outFile != null
                && outFile.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.html?") ? "html" : "md";
        if (!kind.equals("md") && !kind.equals("html")) {
            throw CliException.usage("--format '" + format + "' is neither md nor html");
        }
        if (year != null && (year < 1900 || year > 2999)) {
            throw CliException.usage("--year " + year + " is outside 1900-2999");
        }
        String language = lang == null ? null : lang.toLowerCase(Locale.ROOT);
        if (language != null && !DocText.LANGUAGES.contains(language)) {
            throw CliException.usage("--lang '" + lang + "' is not a document language; supported: "
                    + String.join(", ", DocText.LANGUAGES));
        }
        Policy policy = Inputs.policy(policyArg, spec.commandLine().getErr());
        if (contractArg != null) {
            policy = Inputs.contract(policy, contractArg, spec.commandLine().getErr());
        }
        Year y = year != null ? Year.of(year) : Year.now(policy.zone());
        DocText words = DocText.of(language != null ? language : DocText.defaultLanguage(policy));
        String text = PolicyDocWriter.write(policy, kind.equals("html") ? new HtmlDoc() : new MarkdownDoc(), y, words);
        return Outputs.print(spec.commandLine().getOut(), outFile, text);
    }
}
