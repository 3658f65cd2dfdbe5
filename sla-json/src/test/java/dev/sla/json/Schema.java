package dev.sla.json;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.List;
import java.util.stream.Collectors;

/** The shipped JSON Schema (draft 2020-12), compiled once with the networknt validator. */
final class Schema {

    private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(PolicyJson.schema());

    private Schema() {
    }

    /** The schema's complaints about a JSON text, sorted; empty if it is valid. */
    static List<String> errors(String json) {
        return SCHEMA.validate(json, InputFormat.JSON).stream()
                .map(ValidationMessage::toString)
                .sorted()
                .collect(Collectors.toList());
    }
}
