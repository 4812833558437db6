package dev.linger.agent.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.linger.agent.protocol.ErrorCode;
import dev.linger.agent.protocol.ProtocolException;

import java.util.function.Function;
import java.util.function.Predicate;

/** Typed reads of request parameters, each failure naming the field and what it must be. */
final class Params {
    private final JsonNode node;

    Params(JsonNode node) throws ProtocolException {
        if (node != null && !node.isNull() && !node.isObject()) {
            throw new ProtocolException(ErrorCode.INVALID_PARAMS, "params must be a JSON object");
        }
        this.node = node;
    }

    boolean has(String field) {
        return node != null && node.hasNonNull(field);
    }

    JsonNode raw(String field) {
        return node == null ? null : node.get(field);
    }

    String string(String field) throws ProtocolException {
        require(field);
        return optString(field, null);
    }

    String optString(String field, String fallback) throws ProtocolException {
        return opt(field, fallback, JsonNode::isTextual, JsonNode::asText, "a string");
    }

    int integer(String field) throws ProtocolException {
        require(field);
        return optInt(field, 0);
    }

    int optInt(String field, int fallback) throws ProtocolException {
        return opt(field, fallback, JsonNode::isInt, JsonNode::asInt, "a whole number");
    }

    boolean optBool(String field, boolean fallback) throws ProtocolException {
        return opt(field, fallback, JsonNode::isBoolean, JsonNode::asBoolean, "true or false");
    }

    private void require(String field) throws ProtocolException {
        if (!has(field)) {
            throw new ProtocolException(ErrorCode.INVALID_PARAMS, "missing parameter '" + field + "'");
        }
    }

    /** The field converted by {@code as}, {@code fallback} when absent, an error naming {@code kind} when of another type. */
    private <T> T opt(String field, T fallback, Predicate<JsonNode> is,
                      Function<JsonNode, T> as, String kind) throws ProtocolException {
        if (!has(field)) {
            return fallback;
        }
        JsonNode v = node.get(field);
        if (!is.test(v)) {
            throw new ProtocolException(ErrorCode.INVALID_PARAMS, "parameter '" + field + "' must be " + kind);
        }
        return as.apply(v);
    }
}
