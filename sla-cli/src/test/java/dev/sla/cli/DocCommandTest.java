package dev.sla.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sla.calendar.WeeklyHours;
import dev.sla.cli.SlaCommandTest.Run;
import dev.sla.json.PolicyJson;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nu.validator.htmlparser.common.XmlViolationPolicy;
import nu.validator.htmlparser.dom.HtmlDocumentBuilder;
import nu.validator.htmlparser.sax.HtmlParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

class DocCommandTest {

    @TempDir
    Path dir;

    /**
     * Parses HTML with the HTML5 parsing algorithm (the SAX parser of htmlparser, which reports each parse error to
     * its error handler); every parse error and warning fails the test. Returns the document as a DOM.
     */
    static Document parseStrictly(String html) throws IOException, SAXException {
        List<String> problems = new ArrayList<>();
        HtmlParser parser = new HtmlParser(XmlViolationPolicy.FATAL);
        parser.setContentHandler(new DefaultHandler());
        parser.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException ex) {
                problems.add("warning " + ex.getLineNumber() + ":" + ex.getColumnNumber() + ": " + ex.getMessage());
            }

            @Override
            public void error(SAXParseException ex) {
                problems.add("error " + ex.getLineNumber() + ":" + ex.getColumnNumber() + ": " + ex.getMessage());
            }

            @Override
            public void fatalError(SAXParseException ex) throws SAXException {
                problems.add("fatal " + ex.getLineNumber() + ":" + ex.getColumnNumber() + ": " + ex.getMessage());
                throw ex;
            }
        });
        try {
            parser.parse(new InputSource(new StringReader(html)));
        } catch (SAXParseException ex) {
            // recorded above
        }
        assertThat(problems).as("parse errors").isEmpty();
        return new HtmlDocumentBuilder(XmlViolationPolicy.FATAL).parse(new InputSource(new StringReader(html)));
    }

    private static List<Element> elements(Document doc, String tag) {
        NodeList list = doc.getElementsByTagNameNS("*", tag);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    @Test
    void navixyRuReadsAsItsRegulation() {
        Run r = SlaCommandTest.run("doc", "navixy-ru", "--lang", "en", "--year", "2026");

        assertThat(r.code()).as(r.err()).isZero();
        String md = r.out();
        assertThat(md).startsWith("# Регламент оказания технической поддержки Navixy\n\nPolicy navixy-ru\n");
        assertThat(md).contains("## Parties", "## Plans", "## Coverage", "## Severity levels", "## Who may ask",
                "## Service levels", "## Targets", "## Working hours");
        // The coverage matrix: custom logos are the Navixy support's on PaaS and the partner's on On-premise and
        // on Cloud, which inherits On-premise.
        assertThat(md).contains("| Индивидуальные логотипы в учетных записях пользователей | Служба технической "
                + "поддержки Navixy | Авторизованный партнёр Navixy | Авторизованный партнёр Navixy |");
        // Notes of cells are footnotes, one number for one note.
        assertThat(md).contains("| Прочие вопросы по администрированию сервера | Not needed [4] | Not provided [5] "
                + "| Not provided [5] |");
        assertThat(md).contains("- [5] Не предоставляется\n");
        assertThat(md).containsPattern("\n1\\. When impact is all[^\n]*: Уровень 1\\.\n")
                .containsPattern("\n\\d\\. Otherwise: Вопрос\\.\n");
        assertThat(md).contains("When requester is end-user: Запросы от конечных пользователей Партнера")
                .contains("(it goes to Авторизованный партнёр Navixy)");
        assertThat(md).contains("- Время реакции: counted from the ticket's receipt; counted afresh from a customer "
                + "message; met by an agent response; counted afresh only by events of Авторизованный партнёр Navixy.");
        // The targets table: 2/4/6/8 hours on PaaS, 3/6/8 hours and none on On-premise, as the seed states.
        assertThat(md).containsPattern("\\| PaaS \\(размещение в дата-центре Navixy\\) \\| 2 h \\| 4 h \\| 6 h \\| 8 h "
                + "\\[\\d+\\] \\[\\d+\\] \\|").containsPattern("\\| On-premise \\(локальный сервер\\) \\| 3 h \\| 6 h \\| 8 h \\| "
                + "no target \\[\\d+\\] \\|");
        // The week: Mon-Fri 08:00-16:00 Moscow time, 16 half hours open from the 17th.
        assertThat(md).contains("Mon  " + "·".repeat(16) + "█".repeat(16) + "·".repeat(16) + "  08:00-16:00\n")
                .contains("Sun  " + "·".repeat(48) + "  closed\n");
        // 2026: 9 January a day off transferred from Saturday 3 January, 31 December from Sunday 4 January.
        assertThat(md).contains("| 2026-01-09 | Fri | closed | Day off: day off transferred from Saturday 2026-01-03 |")
                .contains("| 2026-12-31 | Thu | closed | Day off: day off transferred from Sunday 2026-01-04 |")
                .contains("| 2026-01-07 | Wed | closed | Holiday: Christmas |");
    }

    @Test
    void aCalendarOpenOnHolidaysShowsItsHolidayHours() {
        Run r = SlaCommandTest.run("doc", "express", "--lang", "en", "--year", "2026");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("### client-support").contains("on holidays open 10:00-18:00")
                .contains("Sat  " + "·".repeat(20) + "█".repeat(16) + "·".repeat(12) + "  10:00-18:00\n");
        // A holiday keeps the calendar's holiday hours.
        assertThat(r.out()).contains("| 2026-01-01 | Thu | 10:00-18:00 | Holiday: New Year holidays |");
    }

    @Test
    void withTwoCalendarsATargetNamesItsCalendarAndAnOvernightWeekIsDrawn() throws IOException {
        String text = PolicyJson.bundledText("navixy-en");
        String calendar = "\"support-hours\": { \"zone\": \"UTC\", \"hours\": \"Mon-Fri 05:00-13:00\" }";
        String target = "\"plan\": \"on-premise\", \"severity\": \"level-1\", \"time\": \"PT3H\", \"calendar\": "
                + "\"support-hours\"";
        assertThat(text).contains(calendar).contains(target);
        Path file = dir.resolve("two-calendars.json");
        Files.writeString(file, text.replace(calendar, calendar + ",\n    \"night\": { \"zone\": \"UTC\", \"hours\": "
                + "\"Fri 22:00-06:00+1\" }").replace(target, target.replace("support-hours", "night")),
                StandardCharsets.UTF_8);

        Run r = SlaCommandTest.run("doc", file.toString(), "--year", "2026");

        assertThat(r.code()).as(r.err()).isZero();
        // the conditional targets carry the footnote of their condition
        assertThat(r.out()).containsPattern("\\| On-premise \\| 3 h \\(night\\) \\[\\d+\\] \\| 6 h \\(support-hours\\) "
                + "\\[\\d+\\] \\|").containsPattern("\\| PaaS \\(hosted in the Navixy Data Center\\) \\| 2 h "
                + "\\(support-hours\\) \\[\\d+\\] \\|");
        assertThat(r.out()).contains("### night").contains("- Every week: Fri 22:00-06:00+1.\n")
                .contains("Fri  " + "·".repeat(44) + "████  22:00-06:00+1\n")
                .contains("Sat  " + "████████████" + "·".repeat(36) + "  closed\n");
    }

    @Test
    void aPolicyWithoutSeveritiesSaysSo() {
        Run r = SlaCommandTest.run("doc", "insales", "--lang", "en", "--year", "2026");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Tickets are not graded by severity.").contains("| Plan | Target |")
                .contains("24/7").contains("In 2026 every day has the hours of its weekday.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"navixy-ru", "navixy-en", "insales", "express", "trackunit"})
    void htmlIsOneValidSelfContainedFile(String policy) throws IOException, SAXException {
        Path file = dir.resolve(policy + ".html");

        Run r = SlaCommandTest.run("doc", policy, "--out", file.toString(), "--year", "2026");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEmpty();
        String html = Files.readString(file, StandardCharsets.UTF_8);
        // the language of the policy's plans, else English
        assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"" + (policy.equals("navixy-en")
                || policy.equals("trackunit") ? "en" : "ru") + "\">");
        Document doc = parseStrictly(html);
        assertThat(elements(doc, "title")).hasSize(1);
        assertThat(elements(doc, "h1")).hasSize(1);
        assertThat(elements(doc, "style")).hasSize(1);
        assertThat(elements(doc, "style").get(0).getTextContent()).contains("@media print");
        assertThat(elements(doc, "script")).isEmpty();
        assertThat(elements(doc, "link")).isEmpty();
        assertThat(elements(doc, "img")).isEmpty();
        assertThat(html).doesNotContain("http://").doesNotContain("https://").doesNotContain("url(");
        // A week chart per calendar, each with seven day rows.
        assertThat(elements(doc, "svg")).hasSize(PolicyJson.bundled(policy).calendars().size());
        // Every footnote mark leads to its note, and ids are unique.
        Set<String> ids = new HashSet<>();
        for (Element e : elements(doc, "li")) {
            if (!e.getAttribute("id").isEmpty()) {
                assertThat(ids.add(e.getAttribute("id"))).as("unique id " + e.getAttribute("id")).isTrue();
            }
        }
        for (Element a : elements(doc, "a")) {
            assertThat(a.getAttribute("href")).startsWith("#");
            assertThat(ids).contains(a.getAttribute("href").substring(1));
        }
        // Every row of a table has as many cells as its header.
        for (Element table : elements(doc, "table")) {
            int columns = ((Element) table.getElementsByTagNameNS("*", "tr").item(0)).getElementsByTagNameNS("*", "th")
                    .getLength();
            NodeList rows = table.getElementsByTagNameNS("*", "tr");
            for (int i = 0; i < rows.getLength(); i++) {
                Element row = (Element) rows.item(i);
                assertThat(row.getElementsByTagNameNS("*", "th").getLength() + row.getElementsByTagNameNS("*", "td")
                        .getLength()).isEqualTo(columns);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"express", "trackunit"})
    void htmlWithTheExampleContractIsValidAndDrawsTheContractsCalendars(String policy) throws IOException, SAXException {
        Path file = dir.resolve(policy + "-example.html");

        Run r = SlaCommandTest.run("doc", policy, "--contract", policy + "-example", "--out", file.toString(),
                "--lang", "en", "--year", "2026");

        assertThat(r.code()).as(r.err()).isZero();
        String html = Files.readString(file, StandardCharsets.UTF_8);
        Document doc = parseStrictly(html);
        dev.sla.core.Policy bound = PolicyJson.bundled(policy)
                .withContract(dev.sla.json.ContractJson.bundled(policy + "-example"));
        // the calendars the contract sets are drawn too
        assertThat(elements(doc, "svg")).hasSize(bound.calendars().size())
                .hasSizeGreaterThan(PolicyJson.bundled(policy).calendars().size());
        assertThat(html).contains("<h2>Contract</h2>").doesNotContain("| " + dev.sla.core.Target.SET_BY_CONTRACT);
        for (Element table : elements(doc, "table")) {
            int columns = ((Element) table.getElementsByTagNameNS("*", "tr").item(0)).getElementsByTagNameNS("*", "th")
                    .getLength();
            NodeList rows = table.getElementsByTagNameNS("*", "tr");
            for (int i = 0; i < rows.getLength(); i++) {
                Element row = (Element) rows.item(i);
                assertThat(row.getElementsByTagNameNS("*", "th").getLength() + row.getElementsByTagNameNS("*", "td")
                        .getLength()).isEqualTo(columns);
            }
        }
    }

    @Test
    void withoutAContractWhatItSetsReadsSetByTheContract() {
        Run r = SlaCommandTest.run("doc", "express", "--lang", "en", "--year", "2026");

        assertThat(r.code()).as(r.err()).isZero();
        String md = r.out();
        assertThat(md).startsWith("# Поддержка eXpress\n\nPolicy express\n");
        assertThat(md).contains("## Set by the contract").contains("| Время первого ответа, High | duration | ")
                .doesNotContain("parameter first-response");
        assertThat(md).contains("| Техническая поддержка (по договору на обслуживание, по гарантии или на особых "
                + "условиях) | set by the contract | set by the contract | set by the contract | set by the contract "
                + "| set by the contract |");
        // the calendar a contract sets is listed, without a chart of hours nobody stated
        assertThat(md).contains("### technical-support\n\n- Time zone: set by the contract (Часовой пояс технической "
                + "поддержки).\n- Every week: set by the contract (Время работы технической поддержки).\n");
        // several performers in order, a redirect to a plan, status classes
        assertThat(md).contains("| Организация-заказчик (системные администраторы и партнёры заказчика) or Служба "
                + "поддержки eXpress [3] |");
        assertThat(md).contains("(it goes to the plan Клиентская поддержка).");
        assertThat(md).contains("## Time in status").contains("| requester-wait | waiting-for-customer, paused | "
                + "wall-clock time |");
        assertThat(md).contains("what is missing is noted, the request is still accepted");
    }

    @Test
    void withAContractTheDocumentShowsItsCustomerDatesValuesAndTargets() {
        Run r = SlaCommandTest.run("doc", "express", "--contract", "express-example", "--lang", "en", "--year", "2026");

        assertThat(r.code()).as(r.err()).isZero();
        String md = r.out();
        assertThat(md).startsWith("# Поддержка eXpress\n\nPolicy express, for Example customer under contract "
                + "express-example\n");
        assertThat(md).contains("## Contract\n\n- Customer: Example customer.\n- Contract: express-example.\n")
                .contains("- In force from 2024-01-01.\n")
                .contains("| Время первого ответа, High | 2 h | first-response-high |")
                .contains("| Время решения, Lowest | no target | resolution-lowest |")
                .doesNotContain("## Set by the contract").doesNotContain("| " + dev.sla.core.Target.SET_BY_CONTRACT);
        assertThat(md).contains("условиях) | 1 h | 2 h | 8 h | 16 h | 40 h |")
                .contains("условиях) | 8 h | 16 h | 40 h | 80 h | no target (the contract sets none) |");
        assertThat(md).contains("### technical-support\n\n- Time zone: Europe/Moscow.\n- Every week: Mon-Fri "
                + "09:00-18:00.\n").contains("Mon  " + "·".repeat(18) + "█".repeat(18) + "·".repeat(12)
                + "  09:00-18:00\n");

        Run wrong = SlaCommandTest.run("doc", "navixy-en", "--contract", "express-example");
        assertThat(wrong.code()).isEqualTo(1);
        assertThat(wrong.err()).contains("express");
        Run unknown = SlaCommandTest.run("doc", "express", "--contract", "express-exampel");
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err()).contains("no contract file 'express-exampel' and no bundled contract 'express-exampel'; did you mean 'express-example'?");
    }

    @Test
    void theDocumentShowsConditionalTargetsPlanRulesScopesAndAuthors() {
        Run r = SlaCommandTest.run("doc", "navixy-en", "--year", "2026");

        assertThat(r.code()).as(r.err()).isZero();
        String md = r.out();
        // a conditional target: its footnote says when it holds and what happens otherwise, in the words
        assertThat(md).containsPattern("\\| PaaS \\(hosted in the Navixy Data Center\\) \\| 2 h \\[(\\d+)\\] \\|");
        assertThat(md).contains("The target holds only for tickets received while support-hours is open; otherwise "
                + "best effort: no deadline, the time is still measured. In all other cases response time may vary "
                + "depending on weekends and public holidays");
        // a per-plan default mode, a scoped mode rule
        assertThat(md).contains("- On-premise: every task is handled consultative only unless its cell says otherwise.")
                .contains("When cause is third-party-software: consultative only, for the cells of Navixy technical "
                        + "support handled in full or log-based analysis.");
        // enforced channels and what a request must carry, refusing or noted
        assertThat(md).contains("| email (only) |")
                .contains("a request is accepted only by email; in another channel it is not accepted")
                .contains("(subscription is active); without it the request is not accepted");
        // whose messages restart the clock
        assertThat(md).contains("counted afresh only by events of Authorized Navixy Partner");
    }

    @Test
    void theStrictParserCatchesBrokenHtml() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> parseStrictly("<!DOCTYPE html><html lang=\"en\"><head>"
                + "<title>x</title></head><body><p>a</td></body></html>")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("parse errors").hasMessageContaining("1:75: Stray end tag");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> parseStrictly("<html><head><title>x</title></head>"
                + "<body></body></html>")).isInstanceOf(AssertionError.class).hasMessageContaining("doctype");
    }

    @Test
    void htmlEscapesTextAndDrawsTheWeekInProportion() throws IOException, SAXException {
        Run r = SlaCommandTest.run("doc", "navixy-en", "--format", "html", "--year", "2026");

        assertThat(r.code()).as(r.err()).isZero();
        Document doc = parseStrictly(r.out());
        assertThat(doc.getElementsByTagNameNS("*", "h1").item(0).getTextContent())
                .isEqualTo("Navixy Technical Support Regulations");
        // Mon-Fri 05:00-13:00 UTC: five open bars of 8 hours, at 20 units an hour after a 44-unit label column.
        List<Element> open = new ArrayList<>();
        Element first = elements(doc, "svg").get(0);
        NodeList rects = first.getElementsByTagNameNS("*", "rect");
        for (int i = 0; i < rects.getLength(); i++) {
            Element rect = (Element) rects.item(i);
            if (rect.getAttribute("class").equals("open")) {
                open.add(rect);
            }
        }
        assertThat(open).hasSize(5).allSatisfy(rect -> {
            assertThat(rect.getAttribute("x")).isEqualTo("144");
            assertThat(rect.getAttribute("width")).isEqualTo("160");
        });
        assertThat(HtmlDoc.text("a < b & \"c\" > d")).isEqualTo("a &lt; b &amp; \"c\" &gt; d");
        assertThat(HtmlDoc.attr("\"x\"")).isEqualTo("&quot;x&quot;");
    }

    @Test
    void anOvernightRangeIsDrawnOnItsDayAndTheNext() {
        WeekChart chart = WeekChart.of(WeeklyHours.parse("Fri 22:00-06:00+1; Sun 20:00-02:00+1"), DocText.of("en"));

        assertThat(chart.spans(4)).containsExactly(new int[] {79_200, 86_400});
        assertThat(chart.spans(5)).containsExactly(new int[] {0, 21_600});
        assertThat(chart.spans(6)).containsExactly(new int[] {72_000, 86_400});
        assertThat(chart.spans(0)).containsExactly(new int[] {0, 7_200});
        assertThat(chart.textLines().get(5)).startsWith("Fri  " + "·".repeat(44) + "████");
    }

    @Test
    void markdownEscapesWhatWouldBeMarkup() {
        assertThat(MarkdownDoc.inline("a | b *c* [d]\nnext")).isEqualTo("a \\| b \\*c\\* \\[d\\] next");
    }

    @Test
    void badUsageAndBadInputHaveTheirExitCodes() {
        Run format = SlaCommandTest.run("doc", "navixy-ru", "--format", "pdf");
        assertThat(format.code()).isEqualTo(2);
        assertThat(format.err()).contains("--format 'pdf' is neither md nor html");

        Run unknown = SlaCommandTest.run("doc", "navixy-xx");
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err()).contains("no policy file 'navixy-xx' and no bundled policy 'navixy-xx'");

        Run help = SlaCommandTest.run("doc", "--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("Examples:").contains("sla doc navixy-ru");
    }
}
