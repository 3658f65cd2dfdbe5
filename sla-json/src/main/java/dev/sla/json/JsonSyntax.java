package dev.sla.json;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The JSON parser's messages for malformed text, said in a policy author's words with what to write. */
final class JsonSyntax {

    private static final Pattern CHARACTER = Pattern.compile("Unexpected character \\('(.*)' \\(code \\d+\\)\\):? ?(.*)");
    private static final Pattern END = Pattern.compile(
            "Unexpected end-of-input.*expected close marker for (Object|Array) \\(start marker at line (\\d+), column (\\d+)\\).*");
    private static final Pattern TOKEN = Pattern.compile("Unrecognized token '(.*)': was expecting.*");
    private static final Pattern CODE = Pattern.compile(" \\(code \\d+\\)");

    private JsonSyntax() {
    }

    /**
     * The message for a parser's message, its location notes already rewritten.
     *
     * @param message  the parser's first line
     */
    static String plain(String message) {
        Matcher m = CHARACTER.matcher(message);
        if (m.matches()) {
            String c = m.group(1);
            String expected = m.group(2);
            if (expected.startsWith("was expecting double-quote to start field name")) {
                if (c.equals("}") || c.equals("]")) {
                    return "'" + c + "' after a ','; remove the comma after the last member";
                }
                if (c.equals("'")) {
                    return "a name in single quotes; names and strings take double quotes";
                }
                return "'" + c + "' where a member name in double quotes should start";
            }
            if (expected.startsWith("was expecting a colon")) {
                return "'" + c + "' where a ':' should separate a member's name from its value";
            }
            if (expected.startsWith("was expecting comma to separate Object")) {
                return "'" + c + "' where a ',' should separate two members (or a '}' end the object)";
            }
            if (expected.startsWith("was expecting comma to separate Array")) {
                return "'" + c + "' where a ',' should separate two elements (or a ']' end the array)";
            }
            if (expected.startsWith("expected a valid value")) {
                return c.equals("'") ? "a string in single quotes; strings take double quotes"
                        : "'" + c + "' where a value should start: a string in double quotes, a number, true, false,"
                                + " null, an array or an object";
            }
            return "unexpected character '" + c + "'";
        }
        m = END.matcher(message);
        if (m.matches()) {
            boolean object = m.group(1).equals("Object");
            return "the text ends before the " + (object ? "object" : "array") + " that starts at line " + m.group(2)
                    + ", column " + m.group(3) + " is closed; add the missing '" + (object ? "}" : "]") + "'";
        }
        m = TOKEN.matcher(message);
        if (m.matches()) {
            return "'" + m.group(1) + "' is not a JSON value; write strings in double quotes, and true, false and null"
                    + " in lower case";
        }
        String plain = CODE.matcher(message).replaceAll("");
        return plain.isEmpty() ? plain : plain.substring(0, 1).toLowerCase(Locale.ROOT) + plain.substring(1);
    }
}
