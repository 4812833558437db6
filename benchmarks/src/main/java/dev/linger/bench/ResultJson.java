package dev.linger.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.PrintStream;
import java.util.Map;

/** The run as JSON: the same figures as the table, with min/max/sample counts besides. */
final class ResultJson {
    private ResultJson() {
    }

    static void print(Results results, PrintStream out) throws Exception {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        ObjectNode facts = root.putObject("facts");
        results.facts().forEach(facts::put);
        root.put("latencyUnit", "ms");
        ArrayNode figures = root.putArray("figures");
        for (Figure f : results.figures()) {
            ObjectNode n = figures.addObject();
            n.put("bench", f.bench());
            n.put("figure", f.name());
            n.set("linger", f.linger().json());
            n.set("tmux", f.tmux().json());
            n.set("directPty", f.direct().json());
            if (f.verdict() != null) {
                n.set("verdict", f.verdict().json());
            } else {
                n.putNull("verdict");
            }
            n.put("note", f.note());
            if (f.screen() != null) {
                n.put("screenVsTmux", f.screen());
            }
        }
        ObjectNode errors = root.putObject("errors");
        for (Map.Entry<String, String> e : results.errors().entrySet()) {
            errors.put(e.getKey(), e.getValue());
        }
        out.println(mapper.writeValueAsString(root));
    }
}
