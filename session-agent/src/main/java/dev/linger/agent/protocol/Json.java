package dev.linger.agent.protocol;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The one JSON mapper, and the shapes of requests, responses and events. */
public final class Json {
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private Json() {
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    public static ObjectNode request(long id, String method, JsonNode params) {
        ObjectNode n = object();
        n.put("jsonrpc", "2.0");
        n.put("id", id);
        n.put("method", method);
        n.set("params", params == null ? object() : params);
        return n;
    }

    public static ObjectNode result(JsonNode id, JsonNode result) {
        ObjectNode n = object();
        n.put("jsonrpc", "2.0");
        n.set("id", id);
        n.set("result", result == null ? object() : result);
        return n;
    }

    public static ObjectNode error(JsonNode id, ErrorCode code, String message) {
        ObjectNode n = object();
        n.put("jsonrpc", "2.0");
        n.set("id", id);
        ObjectNode e = n.putObject("error");
        e.put("code", code.code());
        e.put("message", message);
        return n;
    }

    public static ObjectNode event(String method, JsonNode params) {
        ObjectNode n = object();
        n.put("jsonrpc", "2.0");
        n.put("method", method);
        n.set("params", params);
        return n;
    }

    public static Frame frame(JsonNode node) {
        try {
            return Frame.control(MAPPER.writeValueAsString(node));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot encode JSON", e);
        }
    }
}
