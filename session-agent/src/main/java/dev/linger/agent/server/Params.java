package dev.linger.agent.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.linger.agent.protocol.ErrorCode;
import dev.linger.agent.protocol.ProtocolException;

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
        if (!has(field)) {
            throw new ProtocolException(ErrorCode.INVALID_PARAMS, "missing parameter '" + field + "'");
        }
        return optString(field, null);
    }

    String optString(String field, String fallback) throws ProtocolException {
        if (!has(field)) {
            return fallback;
        }
        JsonNode v = node.get(field);
        if (!v.isTextual()) {
            throw new ProtocolException(ErrorCode.INVALID_PARAMS, "parameter '" + field + "' must be a string");
        }
        return v.asText();
    }

    int integer(String field) throws ProtocolException {
        if (!has(field)) {
            throw new ProtocolException(ErrorCode.INVALID_PARAMS, "missing parameter '" + field + "'");
        }
        return optInt(field, 0);
    }

    int optInt(String field, int fallback) throws ProtocolException {
        if (!has(field)) {
            return fallback;
        }
        JsonNode v = node.get(field);
        if (!v.isInt()) {
            throw new ProtocolException(ErrorCode.INVALID_PARAMS, "parameter '" + field + "' must be a whole number");
        }
        return v.asInt();
    }

    boolean optBool(String field, boolean fallback) throws ProtocolException {
        if (!has(field)) {
            return fallback;
        }
        JsonNode v = node.get(field);
        if (!v.isBoolean()) {
            throw new ProtocolException(ErrorCode.INVALID_PARAMS, "parameter '" + field + "' must be true or false");
        }
        return v.asBoolean();
    }
}
