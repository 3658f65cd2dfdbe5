/**
 * The JSON policy format: a strict loader that reports every problem with file, line,
 * column and JSON path, a writer, the JSON Schema, and the bundled example policies.
 *
 * <p>The entry point is {@link dev.sla.json.PolicyJson}.
 */
@SuppressWarnings("requires-automatic") // biweekly is an automatic module (Automatic-Module-Name)
module dev.sla.json {
    requires transitive dev.sla.core;
    requires transitive com.fasterxml.jackson.databind;
    requires net.sf.biweekly;

    exports dev.sla.json;

    provides com.fasterxml.jackson.databind.Module with dev.sla.json.SlaModule;
}
