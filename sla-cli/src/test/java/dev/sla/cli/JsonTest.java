package dev.sla.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** The commands' JSON is written as a mapper with indented output writes it, without the mapper. */
class JsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Test
    void aTreeIsWrittenAsTheMapperWritesIt() throws Exception {
        ObjectNode n = Json.object();
        n.put("text", "a \"quoted\" name, ünïcödé and a tab\t");
        n.putNull("none");
        n.put("yes", true);
        n.put("int", 42);
        n.put("long", 12_345_678_901L);
        n.put("double", 0.25);
        n.put("float", 1.5f);
        n.put("decimal", new BigDecimal("99.50"));
        n.put("big", new BigInteger("123456789012345678901234567890"));
        n.putObject("empty");
        n.putArray("nothing");
        ArrayNode a = n.putArray("list");
        a.add(1).add("two").addNull().addObject().put("nested", "yes");
        a.addArray().add(false);

        assertThat(Json.write(n)).isEqualTo(MAPPER.writeValueAsString(n));
    }

    @Test
    void otherValuesAreWrittenByTheMapper() throws Exception {
        java.util.Map<String, Object> map = new java.util.LinkedHashMap<>();
        map.put("a", 1);
        map.put("b", java.util.List.of("x", "y"));

        assertThat(Json.write(map)).isEqualTo(MAPPER.writeValueAsString(map));
    }
}
