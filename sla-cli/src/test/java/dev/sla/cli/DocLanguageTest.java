package dev.sla.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sla.cli.SlaCommandTest.Run;
import dev.sla.json.PolicyJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

class DocLanguageTest {

    @TempDir
    Path dir;

    private static Properties bundle(String language) throws IOException {
        String name = "/dev/sla/cli/doc" + (language.equals("en") ? "" : "_" + language) + ".properties";
        Properties p = new Properties();
        try (InputStream in = DocLanguageTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> out = new TreeSet<>();
        Matcher m = Pattern.compile("\\{(\\d+)}").matcher(pattern);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void navixyRuIsWrittenInRussianByDefault() {
        Run r = SlaCommandTest.run("doc", "navixy-ru", "--year", "2026");

        assertThat(r.code()).as(r.err()).isZero();
        String md = r.out();
        assertThat(md).startsWith("# Регламент оказания технической поддержки Navixy\n\nРегламент navixy-ru\n");
        assertThat(md).contains("## Стороны", "## Планы обслуживания", "## Состав услуг", "## Уровни приоритета",
                "## Кто может обращаться", "## Уровни сервиса", "## Нормативы времени", "## Рабочие часы");
        assertThat(md).contains("| Сторона | Роль | Идентификатор |")
                .contains("| Служба технической поддержки Navixy | Исполнитель, к поддержке которого "
                        + "относятся уровни сервиса | navixy |")
                .contains("| ru, en (в исключительных случаях) | email (только) |");
        // the mode words of the seed's table, capitalised as it writes them
        assertThat(md).contains("| Прочие вопросы по администрированию сервера | Не требуется [4] | Не предоставляется [5] "
                + "| Не предоставляется [5] |");
        assertThat(md).contains("\n1. Если impact равно all и cause не равно third-party-software: Уровень 1.\n")
                .contains("\n4. В остальных случаях: Вопрос.\n");
        assertThat(md).contains("- Время реакции: отсчитывается с события: получение обращения; отсчитывается заново с "
                + "события: сообщение клиента; норматив выполнен при событии: ответ агента; заново отсчёт начинают только "
                + "события стороны: Авторизованный партнёр Navixy.");
        assertThat(md).contains("| PaaS (размещение в дата-центре Navixy) | 2 ч | 4 ч | 6 ч | 8 ч [6] [7] |")
                .contains("| On-premise (локальный сервер) | 3 ч | 6 ч | 8 ч | без норматива [8] |")
                .contains("Норматив действует только для обращений, полученных в рабочие часы календаря working-days");
        // weekdays and dates in Russian, the week chart keeps its columns
        assertThat(md).contains("- Рабочая неделя: пн-пт 08:00-16:00.\n")
                .contains("\n    00    03    06")
                .contains("пн  " + "·".repeat(16) + "█".repeat(16) + "·".repeat(16) + "  08:00-16:00\n")
                .contains("вс  " + "·".repeat(48) + "  выходной\n")
                .contains("Дни 2026 года с особыми часами работы:")
                .contains("| Дата | День | Часы работы | Основание |")
                .contains("| 09.01.2026 | пт | выходной | Выходной день: ")
                .contains("| 07.01.2026 | ср | выходной | Праздник: ");
    }

    @Test
    void trackunitIsWrittenInFrenchOnRequest() {
        Run r = SlaCommandTest.run("doc", "trackunit", "--contract", "trackunit-example", "--lang", "fr", "--year",
                "2026");

        assertThat(r.code()).as(r.err()).isZero();
        String md = r.out();
        assertThat(md).startsWith("# Ordre de priorité des tickets au support Trackunit\n\nRèglement trackunit, pour "
                + "Example customer au titre du contrat trackunit-example\n");
        assertThat(md).contains("## Contrat", "## Parties", "## Offres", "## Périmètre des services",
                "## Niveaux de priorité", "## Qui peut faire une demande", "## Niveaux de service", "## Délais",
                "## Heures ouvrées");
        assertThat(md).contains("- Client : Example customer.\n").contains("- En vigueur à compter du 1er janvier 2024.\n")
                .contains("| Client Trackunit | Client | customer |")
                .contains("\n3. Sinon : Non critique.\n")
                .contains("- Temps de réponse : décompté dès la réception du ticket ; respecté par une réponse "
                        + "d’un agent.\n")
                .contains("(voir Heures ouvrées)")
                .contains("| Offre | Critique | Non critique |");
        assertThat(md).contains("- Chaque semaine : lun.-ven. 08:00-17:00.\n")
                .contains("lun.  " + "·".repeat(16) + "█".repeat(18) + "·".repeat(14) + "  08:00-17:00\n")
                .contains("dim.  " + "·".repeat(48) + "  fermé\n")
                .contains("En 2026, chaque jour a les heures de son jour de la semaine.");
    }

    @Test
    void navixyEnStaysInEnglish() {
        Run r = SlaCommandTest.run("doc", "navixy-en", "--year", "2026");

        assertThat(r.code()).as(r.err()).isZero();
        String md = r.out();
        assertThat(md).contains("\n\nPolicy navixy-en").contains("## Parties", "## Plans", "## Coverage",
                "## Severity levels", "## Who may ask", "## Service levels", "## Targets", "## Working hours");
        assertThat(md).contains("- Response time: counted from the ticket's receipt; counted afresh from a customer "
                + "message; met by an agent response; counted afresh only by events of Authorized Navixy Partner.")
                .contains("| Plan | Level 1 | Level 2 | Level 3 | Question |")
                .contains("Mon  " + "·".repeat(10) + "█".repeat(16) + "·".repeat(22) + "  05:00-13:00\n");
        assertThat(SlaCommandTest.run("doc", "navixy-en", "--lang", "en", "--year", "2026").out()).isEqualTo(md);
    }

    static Stream<Arguments> translatedDocuments() {
        return Stream.of(Arguments.of("navixy-ru", null, "ru"), Arguments.of("express", null, "ru"),
                Arguments.of("express", "express-example", "ru"), Arguments.of("insales", null, "ru"),
                Arguments.of("trackunit", null, "fr"), Arguments.of("trackunit", "trackunit-example", "fr"),
                Arguments.of("navixy-en", null, "ru"), Arguments.of("navixy-en", null, "fr"),
                Arguments.of("express", "express-example", "fr"));
    }

    @ParameterizedTest
    @MethodSource("translatedDocuments")
    void noEnglishHeadingTableHeaderOrSentenceIsLeft(String policy, String contract, String language) throws IOException {
        List<String> args = new ArrayList<>(List.of("doc", policy, "--lang", language, "--year", "2026"));
        if (contract != null) {
            args.addAll(List.of("--contract", contract));
        }
        Run r = SlaCommandTest.run(args.toArray(String[]::new));
        assertThat(r.code()).as(r.err()).isZero();
        Properties en = bundle("en");
        Properties own = bundle(language);
        // the English words; French writes "Parties", "Service", "Date", "h", "min" and "s" too, and no other
        Set<String> same = Set.of("parties.heading", "column.service", "column.date", "unit.hours", "unit.minutes",
                "unit.seconds", "item.named", "format.semicolon");
        Set<String> english = new TreeSet<>();
        for (String key : en.stringPropertyNames()) {
            if (same.contains(key) && language.equals("fr") || key.startsWith("format.") || key.equals("item.named")) {
                continue;
            }
            assertThat(own.getProperty(key)).as(language + " " + key).isNotEqualTo(en.getProperty(key));
            english.add(new MessageFormat(en.getProperty(key)).format(new Object[0]));
        }
        List<String> lines = r.out().lines().toList();
        int headings = 0;
        int headers = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("## ")) {
                // the sections' headings; those within a section name the policy's metrics and calendars
                headings++;
                assertThat(english).as("heading " + line).doesNotContain(line.substring(3));
            } else if (line.startsWith("|") && i + 1 < lines.size() && lines.get(i + 1).startsWith("|---")) {
                headers++;
                for (String cell : line.substring(1).split(" \\|")) {
                    assertThat(english).as("table header " + line).doesNotContain(cell.strip());
                }
            } else if (!line.isEmpty() && !line.startsWith("|")) {
                // a paragraph or list item the document writes whole, such as "Tickets are not graded by severity."
                String text = line.replaceFirst("^(- |\\d+\\. )", "");
                for (String e : english) {
                    if (!placeholders(e).isEmpty() || e.length() < 12) {
                        continue;
                    }
                    assertThat(text).as("line").isNotEqualTo(e);
                }
            }
        }
        assertThat(headings).isGreaterThanOrEqualTo(7);
        assertThat(headers).isGreaterThan(2);
        // none of the sentences' fixed English parts either, outside the policy's and the contract's own text
        String written = r.out().lines().filter(l -> !l.startsWith("|") && !l.startsWith("- [")).collect(
                java.util.stream.Collectors.joining("\n")).replace(MarkdownDoc.inline(PolicyJson.bundled(policy)
                .description()), "");
        if (contract != null) {
            written = written.replace(MarkdownDoc.inline(dev.sla.json.ContractJson.bundled(contract).description()), "");
        }
        assertThat(written).doesNotContain("counted from", "met by", "Time zone:", "Every week:", "When ", "Otherwise",
                "The target holds only", " (only)", "(by exception)", "set by the contract", "no target");
    }

    @Test
    void everyLanguageHasEveryKeyOfTheEnglishBundleAndNoOther() throws IOException {
        Properties en = bundle("en");
        assertThat(en.stringPropertyNames()).hasSizeGreaterThan(150);
        for (String language : List.of("ru", "fr")) {
            Properties own = bundle(language);
            assertThat(own.stringPropertyNames()).as(language).isEqualTo(en.stringPropertyNames());
            for (String key : en.stringPropertyNames()) {
                // the same values are put in, and each pattern is one MessageFormat reads
                assertThat(placeholders(own.getProperty(key))).as(language + " " + key)
                        .isEqualTo(placeholders(en.getProperty(key)));
                assertThat(new MessageFormat(own.getProperty(key)).format(new Object[] {"a", "b", "c"})).isNotBlank();
                // a single straight quote would vanish in MessageFormat: French writes the apostrophe
                assertThat(own.getProperty(key).replace("''", "")).as(language + " " + key).satisfiesAnyOf(
                        v -> assertThat(v).doesNotContain("'"), v -> assertThat(key).startsWith("format."));
            }
        }
        for (String key : en.stringPropertyNames()) {
            assertThat(en.getProperty(key).replace("''", "")).as(key).satisfiesAnyOf(
                    v -> assertThat(v).doesNotContain("'"), v -> assertThat(key).startsWith("format."));
        }
    }

    static Stream<Arguments> htmlInEveryLanguage() {
        List<Arguments> out = new ArrayList<>();
        for (String language : DocText.LANGUAGES) {
            for (String policy : List.of("navixy-ru", "navixy-en", "insales", "express", "trackunit")) {
                out.add(Arguments.of(policy, language));
            }
        }
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("htmlInEveryLanguage")
    void htmlIsValidInEveryLanguage(String policy, String language) throws IOException, SAXException {
        Path file = dir.resolve(policy + "-" + language + ".html");
        List<String> args = new ArrayList<>(List.of("doc", policy, "--lang", language, "--out", file.toString(),
                "--year", "2026"));
        if (policy.equals("express") || policy.equals("trackunit")) {
            args.addAll(List.of("--contract", policy + "-example"));
        }

        Run r = SlaCommandTest.run(args.toArray(String[]::new));

        assertThat(r.code()).as(r.err()).isZero();
        String html = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"" + language + "\">");
        Document doc = DocCommandTest.parseStrictly(html);
        assertThat(doc.getElementsByTagNameNS("*", "title").item(0).getTextContent())
                .isEqualTo(PolicyJson.bundled(policy).name());
        NodeList h2 = doc.getElementsByTagNameNS("*", "h2");
        List<String> headings = new ArrayList<>();
        for (int i = 0; i < h2.getLength(); i++) {
            headings.add(h2.item(i).getTextContent());
        }
        assertThat(headings).contains(DocText.of(language).s("calendars.heading"),
                DocText.of(language).s("targets.heading"));
        // the week chart's day labels are the language's
        assertThat(html).contains(">" + DocText.of(language).paddedDays().get(0).strip() + "</text>");
    }

    @Test
    void theDefaultIsThePlansFirstDeclaredLanguageWhenTheyAgreeElseEnglish() throws IOException {
        assertThat(DocText.defaultLanguage(PolicyJson.bundled("navixy-ru"))).isEqualTo("ru");
        assertThat(DocText.defaultLanguage(PolicyJson.bundled("express"))).isEqualTo("ru");
        assertThat(DocText.defaultLanguage(PolicyJson.bundled("insales"))).isEqualTo("ru");
        // en first, es second
        assertThat(DocText.defaultLanguage(PolicyJson.bundled("navixy-en"))).isEqualTo("en");
        // no plan declares a language
        assertThat(DocText.defaultLanguage(PolicyJson.bundled("trackunit"))).isEqualTo("en");

        String text = PolicyJson.bundledText("navixy-en");
        String declared = "\"languages\": [\"en\", \"es\"]";
        assertThat(text).contains(declared);
        // every plan declares French first: French
        Path french = dir.resolve("french.json");
        Files.writeString(french, text.replace(declared, "\"languages\": [\"fr-FR\", \"en\"]"), StandardCharsets.UTF_8);
        Run fr = SlaCommandTest.run("doc", french.toString(), "--year", "2026");
        assertThat(fr.code()).as(fr.err()).isZero();
        assertThat(fr.out()).contains("## Parties\n\n| Partie | Rôle | Identifiant |");
        // one plan declares Russian first, the others English: the plans disagree, English
        Path mixed = dir.resolve("mixed.json");
        Files.writeString(mixed, text.replaceFirst(Pattern.quote(declared), "\"languages\": [\"ru\"]"),
                StandardCharsets.UTF_8);
        Run en = SlaCommandTest.run("doc", mixed.toString(), "--year", "2026");
        assertThat(en.code()).as(en.err()).isZero();
        assertThat(en.out()).contains("## Parties\n\n| Party | Role | Id |");
        // every plan declares a language the document is not written in: English
        Path spanish = dir.resolve("spanish.json");
        Files.writeString(spanish, text.replace(declared, "\"languages\": [\"es\"]"), StandardCharsets.UTF_8);
        assertThat(SlaCommandTest.run("doc", spanish.toString(), "--year", "2026").out()).contains("## Working hours");
        // --lang overrides the default
        assertThat(SlaCommandTest.run("doc", "navixy-ru", "--lang", "fr", "--year", "2026").out())
                .contains("## Heures ouvrées").doesNotContain("## Рабочие часы");
    }

    @Test
    void weekdaysDurationsHoursAndModesAreWrittenInTheLanguage() {
        DocText ru = DocText.of("ru");
        DocText fr = DocText.of("fr");
        dev.sla.calendar.WeeklyHours week = dev.sla.calendar.WeeklyHours.parse("Mon-Fri 09:00-18:00; Sat 10:00-14:00");
        assertThat(DocText.of("en").week(week)).isEqualTo("Mon-Fri 09:00-18:00; Sat 10:00-14:00");
        assertThat(ru.week(week)).isEqualTo("пн-пт 09:00-18:00; сб 10:00-14:00");
        assertThat(fr.week(week)).isEqualTo("lun.-ven. 09:00-18:00; sam. 10:00-14:00");
        assertThat(ru.week(dev.sla.calendar.WeeklyHours.ALWAYS)).isEqualTo("24/7");
        java.time.Duration d = java.time.Duration.ofMinutes(90);
        assertThat(DocText.of("en").time(d)).isEqualTo("1 h 30 min");
        assertThat(ru.time(d)).isEqualTo("1 ч 30 мин");
        assertThat(fr.time(d)).isEqualTo("1 h 30 min");
        assertThat(ru.date(java.time.LocalDate.of(2026, 3, 9))).isEqualTo("9 марта 2026");
        assertThat(fr.date(java.time.LocalDate.of(2026, 5, 1))).isEqualTo("1er mai 2026");
        assertThat(fr.date(java.time.LocalDate.of(2026, 5, 8))).isEqualTo("8 mai 2026");
        assertThat(ru.day(java.time.DayOfWeek.MONDAY, java.time.format.TextStyle.FULL)).isEqualTo("понедельник");
        assertThat(fr.day(java.time.DayOfWeek.MONDAY, java.time.format.TextStyle.FULL)).isEqualTo("lundi");
        // the modes of the format in words, a policy's own mode as its id
        assertThat(ru.mode("not-provided")).isEqualTo("не предоставляется");
        assertThat(fr.mode("consultative")).isEqualTo("à titre consultatif uniquement");
        assertThat(ru.mode("on-site-visit")).isEqualTo("on-site-visit");
        assertThat(DocText.of("en").mode("on-site-visit")).isEqualTo("on site visit");
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "english", ""})
    void anUnknownLanguageIsAUsageErrorNamingTheSupportedOnes(String language) {
        Run r = SlaCommandTest.run("doc", "navixy-ru", "--lang", language);

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--lang '" + language + "' is not a document language; supported: en, ru, fr")
                .doesNotContain("Exception");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void theHelpStatesTheDefaultRule() {
        Run help = SlaCommandTest.run("doc", "--help");

        assertThat(help.code()).isZero();
        String words = help.out().replaceAll("\\s+", " ");
        assertThat(words).contains("--lang=en|ru|fr").contains("Default: the first language the policy's plans declare, "
                + "when every plan that declares languages names the same one first and it is en, ru or fr; otherwise en.")
                .contains("sla doc trackunit --lang fr");
    }
}
